import type { Scale } from '../../core/types';

/** A scale's headline figure: what it is called, and how it is written. */
export interface Score {
  /** e.g. `CSAT`, `NPS`, `Thumbs up`. */
  label: string;
  /** The figure: a share in % (0–100), or NPS (−100…100); null without answers. */
  value: number | null;
  /** `%` for shares, empty for NPS. */
  unit: '%' | '';
}

/**
 * The score of one scale from its histogram (`counts[value]`): CSAT % = share of 4–5 (also for the
 * emoji and star scales), NPS = % promoters (9–10) − % detractors (0–6), thumbs = share of ups.
 */
export function score(scale: Scale, counts: ArrayLike<number>): Score {
  let total = 0;
  let good = 0;
  let bad = 0;
  for (let v = 0; v < counts.length; v++) {
    const n = counts[v] ?? 0;
    total += n;
    if (scale === 'nps') {
      if (v >= 9) good += n;
      else if (v <= 6) bad += n;
    } else if (scale === 'thumbs') {
      if (v >= 1) good += n;
    } else if (v >= 4) good += n;
  }
  const share = (n: number) => (total ? Math.round((1000 * n) / total) / 10 : null);
  if (scale === 'nps') return { label: 'NPS', value: total ? Math.round((100 * (good - bad)) / total) : null, unit: '' };
  if (scale === 'thumbs') return { label: 'Thumbs up', value: share(good), unit: '%' };
  return { label: scale === 'csat' ? 'CSAT' : 'CSAT (4–5)', value: share(good), unit: '%' };
}
