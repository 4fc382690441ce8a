// Prints bench/results/widgets.json as the Markdown tables docs/bench.md quotes:
// node bench/lib/markdown.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fmt, ratio } from './stats.mjs';

const DIGITS = { loadRequests: 0, shownRequests: 0, loadLongTasks: 0, loadLongTaskMs: 0, loadLongFramesOwn: 0, loadLongFrameOwnMs: 0, showLongTasks: 0, cycleLongTasks: 0, heapLoadKB: 0, cls: 4, cycleCls: 4 };

/** @param {any} r the widgets result */
export function toMarkdown(r) {
  const d = (k) => DIGITS[k] ?? 1;
  const mark = (ahead) => (ahead === false ? ' ⚠' : ahead === 'tie' ? ' =' : '');
  const lines = [
    `Run ${r.date.slice(0, 10)}, Chromium ${r.environment.chromium}, Node ${r.environment.node}, ${r.environment.cpus} cores (load average ${r.environment.loadavg.map((x) => x.toFixed(1)).join(' / ')}); medians of ${r.environment.runs} runs, ${r.environment.cycles}-showing rows of ${r.environment.leakRuns}. ⚠ = Moments is behind that peer, = a tie.`,
    '',
    '| Figure | Moments | PostHog | Sentry | PostHog / Moments | Sentry / Moments | page alone |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...r.rows.map((x) => `| ${x.figure} | ${fmt(x.moments, d(x.key))} | ${fmt(x.posthog, d(x.key))}${mark(x.momentsAhead.posthog)} | ${fmt(x.sentry, d(x.key))}${mark(x.momentsAhead.sentry)} | ${ratio(x.posthog, x.moments)} | ${ratio(x.sentry, x.moments)} | ${x.pageAlone === undefined || x.pageAlone === null || x.key === 'loadBytes' ? '' : fmt(x.pageAlone, d(x.key))} |`),
    '',
    '| File | raw B | gzip -9 B | brotli B |',
    '|---|---:|---:|---:|',
    ...r.files.map((f) => `| \`${f.file}\` | ${f.raw} | ${f.gzip} | ${f.brotli} |`),
  ];
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('markdown.mjs')) {
  console.log(toMarkdown(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'results', 'widgets.json'), 'utf8'))));
}
