// Builds the peer bundles from node_modules at bench time (never committed): bench/.build/peers/*.js.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} benchDir @returns {Promise<string>} the output folder */
export async function buildPeers(benchDir) {
  const out = join(benchDir, '.build', 'peers');
  mkdirSync(out, { recursive: true });
  for (const name of ['posthog', 'sentry']) {
    await build({
      entryPoints: [join(benchDir, 'pages', 'entries', `${name}.js`)],
      outfile: join(out, `${name}.js`),
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      platform: 'browser',
      define: { 'process.env.NODE_ENV': '"production"' },
      legalComments: 'none',
      logLevel: 'warning',
    });
  }
  return out;
}
