// Small helpers shared by the benchmarks: medians, sizes, ratios and a plain-text table.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

/** Median of the finite numbers in `xs` (NaN when there are none). */
export function median(xs) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/** gzip -9 and brotli (quality 11) sizes of a file, in bytes. */
export function sizes(file) {
  const data = readFileSync(file);
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: constants.Z_BEST_COMPRESSION }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }).length,
  };
}

/** `peer / moments` as text: `12.3×`; `∞` when Moments is ≤ 0 and the peer above it; `=` when both are equal there. */
export function ratio(peer, moments) {
  if (!Number.isFinite(peer) || !Number.isFinite(moments)) return 'n/a';
  // Zero or below (a heap that shrank): no meaningful ratio; say whether the peer is above it.
  if (moments <= 0) return peer <= moments ? '=' : '∞';
  const r = peer / moments;
  return `${r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2)}×`;
}

/** Formats a number for the table. */
export function fmt(x, digits = 1) {
  if (typeof x !== 'number') return String(x ?? '');
  if (!Number.isFinite(x)) return 'n/a';
  return x.toFixed(digits);
}

/** A plain-text table with a header row; columns padded to their widest cell. */
export function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const w = header.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? '')].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  return [line(all[0]), w.map((n) => '-'.repeat(n)).join('  '), ...all.slice(1).map(line)].join('\n');
}
