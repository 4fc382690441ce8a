// Builds dist/collector.js (only that entry of rollup.config.mjs) when it is older than its sources,
// so process-level tests spawn the real build without rebuilding the widget's outputs.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const COLLECTOR_JS = join(ROOT, 'dist/collector.js');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

let building: Promise<string> | undefined;

/** Resolves with the path of an up-to-date dist/collector.js. */
export function buildCollector(): Promise<string> {
  return (building ??= (async () => {
    // The collector's validator is generated from every src/core/*.schema.json (scripts/validators.mjs).
    const schemas = readdirSync(join(ROOT, 'src/core')).filter((f) => f.endsWith('.schema.json'));
    const sources = Math.max(newest(join(ROOT, 'src/collector')), newest(join(ROOT, 'src/shared')), ...schemas.map((f) => statSync(join(ROOT, 'src/core', f)).mtimeMs));
    if (existsSync(COLLECTOR_JS) && statSync(COLLECTOR_JS).mtimeMs >= sources) return COLLECTOR_JS;
    const { rollup } = await import('rollup');
    const configs = (await import(join(ROOT, 'rollup.config.mjs'))).default as Array<Record<string, any>>;
    const config = configs.find((c) => c.input === 'src/collector/cli.ts');
    if (!config) throw new Error('rollup.config.mjs has no src/collector/cli.ts entry');
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const bundle = await rollup({ ...config, onwarn: () => {} } as any);
      await bundle.write(config.output);
      await bundle.close();
    } finally {
      process.chdir(cwd);
    }
    return COLLECTOR_JS;
  })());
}
