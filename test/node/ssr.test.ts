// Server rendering (Next.js, Nuxt, Astro) imports the ESM entry in Node, where there is no window or document.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';

describe('the ESM entry during server rendering', () => {
  it('imports in plain Node without a window and does nothing until called in a browser', () => {
    const script = `
      import * as m from './dist/esm/index.js';
      const out = {
        window: typeof window,
        exports: Object.keys(m).sort(),
        init: m.init({ endpoint: '/moments', touchpoints: [{ id: 'a', question: 'q', scale: 'nps', when: { path: '/*' } }] }),
        show: m.show('a'),
        off: typeof m.on('moment.shown', () => {}),
        explain: await m.explain(),
        destroy: m.destroy(),
      };
      console.log(JSON.stringify(out));
    `;
    const printed = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(printed)).toEqual({
      window: 'undefined',
      exports: ['callbackSink', 'cloudeventsSink', 'consent', 'consoleSink', 'dataLayerSink', 'destroy', 'explain', 'gtagSink', 'httpSink', 'init', 'on', 'posthogSink', 'preview', 'segmentSink', 'show'],
      off: 'function',
      explain: [],
    });
  });
});
