// The package as a consumer gets it: `npm pack`, installed from the tarball (offline: it has no dependencies)
// into throw-away projects, type-checked by the repo's own tsc under every module resolution a consumer may
// use, with skipLibCheck off; loaded by Node from ESM and CommonJS; the collector run from the install (no
// ajv there); and checked the way the ecosystem checks packages (arethetypeswrong, publint). Uses dist/ as
// built (`npm test` builds first).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../collector/build-collector';
import { body, event } from '../collector/events';
import { post } from '../collector/http';

const BIN = join(ROOT, 'node_modules/.bin');
const dir = mkdtempSync(join(tmpdir(), 'moments-package-'));
let tarball = '';
let installOutput = '';

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });

/** Runs `command`; resolves with its exit code and all its output, never throws. */
function attempt(command: string, args: string[], cwd: string): { code: number; output: string } {
  try {
    return { code: 0, output: run(command, args, cwd) };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

beforeAll(() => {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], ROOT)) as Array<{ filename: string }>;
  tarball = join(dir, packed[0].filename);
  const project = join(dir, 'app');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', private: true }));
  installOutput = run('npm', ['install', '--offline', '--no-package-lock', tarball], project) + '';
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the packed package', () => {
  it('installs with nothing but itself, and no install-time script', () => {
    const pkg = JSON.parse(readFileSync(join(dir, 'app/node_modules/moments/package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(Object.keys(pkg.scripts ?? {}).filter((s) => /^(pre|post)?(install|prepare)$/.test(s))).toEqual([]);
    expect(readdirSync(join(dir, 'app/node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['moments']);
    expect(installOutput).not.toMatch(/install-scripts/);
    expect(readFileSync(join(dir, 'app/node_modules/moments/LICENSE'), 'utf8')).toContain('Copyright (c) 2026 Moments contributors');
  });

  it('is clean for arethetypeswrong and publint', () => {
    // The browser scripts (served as files, not imported as modules) are not entry points for types. node10 is
    // not checked: TypeScript 7 has removed that resolution (TS5108).
    const attw = attempt(join(BIN, 'attw'), [tarball, '--profile', 'node16', '--exclude-entrypoints', 'moments.js', 'moments-ui.js', '--format', 'json'], ROOT);
    expect(attw.code, attw.output).toBe(0);
    const problems = Object.values(JSON.parse(attw.output).problems as Record<string, Array<{ resolutionKind?: string }>>).flat();
    expect(problems.filter((p) => p.resolutionKind !== 'node10')).toEqual([]);
    expect(JSON.parse(attw.output).analysis.entrypoints['.'].resolutions['node16-cjs'].resolution.isTypeScript).toBe(true);
    const publint = attempt(join(BIN, 'publint'), [tarball, '--strict'], ROOT);
    expect(publint.output).toContain('All good!');
    expect(publint.code, publint.output).toBe(0);
  });
});

/** A throw-away TypeScript project: its module settings and whether its package.json says ESM. */
const MODES = [
  { name: 'bundler', module: 'esnext', moduleResolution: 'bundler', esm: true },
  { name: 'node16-esm', module: 'node16', moduleResolution: 'node16', esm: true },
  { name: 'node16-cjs', module: 'node16', moduleResolution: 'node16', esm: false },
  { name: 'nodenext-esm', module: 'nodenext', moduleResolution: 'nodenext', esm: true },
  { name: 'nodenext-cjs', module: 'nodenext', moduleResolution: 'nodenext', esm: false },
];

const GOOD = `import { init, httpSink, on, type Config, type MomentEvent } from 'moments';
const config: Config = {
  sinks: [httpSink({ url: '/moments' })],
  touchpoints: [{ id: 'checkout', question: 'How was checkout?', scale: 'csat', when: { path: '/checkout*' } }],
};
init(config);
const off: () => void = on('moment.answered', (event: MomentEvent) => console.log(event.rating?.value));
off();
`;
const BAD = `import { init } from 'moments';
init(42);
init({ touchpoints: [{ id: 'checkout', question: 'How was checkout?', scale: 'bogus', when: { path: '/checkout*' } }] });
`;

/** Type-checks `source` as `index.ts` of a fresh project in `mode` with the repo's own tsc. */
function typecheck(mode: (typeof MODES)[number], label: string, source: string) {
  const project = join(dir, 'app', `${mode.name}-${label}`);
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: `${mode.name}-${label}`, private: true, type: mode.esm ? 'module' : 'commonjs' }));
  const compilerOptions = { module: mode.module, moduleResolution: mode.moduleResolution, target: 'es2022', lib: ['es2022', 'dom'], types: [], strict: true, skipLibCheck: false, noEmit: true };
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['index.ts'] }));
  writeFileSync(join(project, 'index.ts'), source);
  return attempt(join(BIN, 'tsc'), ['-p', 'tsconfig.json'], project);
}

describe.each(MODES)('types under $name', (mode) => {
  it('a correct file compiles, with skipLibCheck off', () => {
    const result = typecheck(mode, 'good', GOOD);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });

  it('init(42) and an unknown scale fail to compile, in the file that has them (not in the package)', () => {
    const result = typecheck(mode, 'bad', BAD);
    expect(result.code).not.toBe(0);
    const errors = result.output.split('\n').filter((line) => /error TS\d+/.test(line));
    expect(errors.every((line) => line.startsWith('index.ts(')), result.output).toBe(true);
    expect(errors.some((line) => line.startsWith('index.ts(2,6): error TS2345')), result.output).toBe(true);
    expect(errors.some((line) => /^index\.ts\(3,\d+\): error TS2322: Type '"bogus"'/.test(line)), result.output).toBe(true);
  });
});

describe('at run time from the install', () => {
  const expected = ['callbackSink', 'cloudeventsSink', 'consent', 'consoleSink', 'dataLayerSink', 'destroy', 'explain', 'gtagSink', 'httpSink', 'init', 'on', 'posthogSink', 'preview', 'segmentSink', 'show'];

  it('import and require both give the public API, which does nothing outside a browser', () => {
    const app = join(dir, 'app');
    const esm = run(process.execPath, ['--input-type=module', '-e', "import * as m from 'moments'; m.init({ touchpoints: [] }); console.log(JSON.stringify(Object.keys(m).sort()))"], app);
    expect(JSON.parse(esm)).toEqual(expected);
    const cjs = run(process.execPath, ['-e', "const m = require('moments'); m.init({ touchpoints: [] }); console.log(JSON.stringify(Object.keys(m).sort()))"], app);
    expect(JSON.parse(cjs)).toEqual(expected);
  });

  it('the collector validates batches without ajv installed', async () => {
    const app = join(dir, 'app');
    // The SQLite binding is an optional peer the collector's user installs; link the repo's copy.
    symlinkSync(join(ROOT, 'node_modules/better-sqlite3'), join(app, 'node_modules/better-sqlite3'));
    expect(() => run(process.execPath, ['-e', "require.resolve('ajv')"], app)).toThrow();
    const child = spawn(process.execPath, ['node_modules/moments/bin/moments-collector.js'], {
      cwd: app,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', MOMENTS_RATE_LIMIT: '0', MOMENTS_DB: join(dir, 'collector.db') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', () => {
          const m = /Moments collector on (http:\/\/\S+)/.exec(output);
          if (m) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`collector exited with ${code}:\n${output}`)));
      });
      expect((await post(url, body([event('moment.shown')]))).status).toBe(200);
      const bad = await post(url, body([event('moment.answered', { rating: { scale: 'csat', value: 11 } }), event('moment.shown', { time: '2026-02-30T10:00:00Z' })]));
      expect(bad.status).toBe(400);
      expect(bad.text).toContain('events[0].rating');
      const badTime = await post(url, body([event('moment.shown', { time: '2026-02-30T25:00:00Z' })]));
      expect([badTime.status, badTime.json().error]).toEqual([400, 'events[0].time must match format "date-time"']);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
    }
  });
});
