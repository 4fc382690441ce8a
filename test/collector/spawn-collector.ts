// Starts the built collector (dist/collector.js or bin/) as a child process, as users run it.
import { spawn, type ChildProcess } from 'node:child_process';
import { buildCollector, ROOT } from './build-collector';

export interface Child {
  proc: ChildProcess;
  url: string;
  output: () => string;
  /** Sends `signal` and waits for the exit. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/** Spawns the collector on a free port and waits for its start-up line. */
export async function spawnCollector(env: Record<string, string>, args: string[] = [], entry = 'dist/collector.js'): Promise<Child> {
  await buildCollector();
  const proc = spawn(process.execPath, [entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', MOMENTS_RATE_LIMIT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`collector did not start:\n${out}`)), 15_000);
    const check = () => {
      const m = /Moments collector on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    proc.stdout!.on('data', check);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`collector exited with ${code}:\n${out}`));
    });
  });
  return {
    proc,
    url,
    output: () => out,
    stop: async (signal = 'SIGTERM') => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      await exited;
    },
  };
}
