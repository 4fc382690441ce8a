// A throwaway PostgreSQL 15 cluster for the tests: a temp folder owned by `nobody` (PostgreSQL
// refuses to run as root), a free port on 127.0.0.1, trust auth. No mock: if it cannot start,
// startPgCluster() throws with the command's output.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface PgCluster {
  /** `postgres://moments@127.0.0.1:PORT/` + database. */
  url(database?: string): string;
  /** Creates a new, empty database and returns its URL. */
  createDatabase(): Promise<string>;
  /** Stops the server (fast shutdown: connections are cut), keeping the data. */
  stop(): void;
  /** Starts it again on the same port. */
  start(): void;
  /** Stops it and removes the folder. */
  destroy(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function nobody(dir: string, cmd: string, args: string[]): void {
  try {
    const asRoot = process.getuid?.() === 0;
    execFileSync(asRoot ? 'runuser' : join(BIN, cmd), asRoot ? ['-u', 'nobody', '--', join(BIN, cmd), ...args] : args, { stdio: 'pipe', cwd: dir });
  } catch (error) {
    const e = error as { stderr?: Buffer; stdout?: Buffer; message: string };
    const log = existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8').slice(-2000) : '';
    throw new Error(`PostgreSQL test cluster: ${cmd} failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}\n${log}`);
  }
}

/** Creates and starts a cluster; call destroy() when done. */
export async function startPgCluster(): Promise<PgCluster> {
  if (!existsSync(join(BIN, 'initdb'))) throw new Error(`PostgreSQL test cluster: ${BIN}/initdb not found (apt-get install -y postgresql)`);
  const dir = mkdtempSync(join(tmpdir(), 'moments-pg-'));
  if (process.getuid?.() === 0) chownSync(dir, 65534, 65534);
  const port = await freePort();
  const data = join(dir, 'data');
  nobody(dir, 'initdb', ['-D', data, '-A', 'trust', '-U', 'moments', '--no-sync', '-E', 'UTF8']);
  const start = () => nobody(dir, 'pg_ctl', ['-D', data, '-o', `-k ${dir} -h 127.0.0.1 -p ${port} -c max_connections=200`, '-l', join(dir, 'log'), '-w', 'start']);
  const stop = () => nobody(dir, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  const url = (database = 'postgres') => `postgres://moments@127.0.0.1:${port}/${database}`;
  let n = 0;
  return {
    url,
    async createDatabase() {
      const name = `moments_test_${process.pid}_${n++}`;
      const c = new pg.Client({ connectionString: url() });
      await c.connect();
      try {
        await c.query(`CREATE DATABASE ${name}`);
      } finally {
        await c.end();
      }
      return url(name);
    },
    stop,
    start,
    destroy() {
      try {
        stop();
      } catch {
        /* already stopped */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
