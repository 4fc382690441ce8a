import type { Scale } from '../../core/types';
import { score, type Score } from './score';
import type { CommentRow, DashboardData } from '../store/store';

/** The values a scale can take, lowest first. */
export const SCALE_VALUES: Record<Scale, number[]> = {
  thumbs: [0, 1],
  emoji5: [1, 2, 3, 4, 5],
  stars5: [1, 2, 3, 4, 5],
  csat: [1, 2, 3, 4, 5],
  nps: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
};

/** One scale's figures inside a touchpoint. */
export interface ScaleFigures {
  scale: Scale;
  answers: number;
  /** Answers per value, in {@link SCALE_VALUES} order. */
  distribution: Array<{ value: number; count: number }>;
  score: Score;
  /** The score by UTC day (days with answers only). */
  days: Array<{ day: string; answers: number; score: Score }>;
}

/** Everything the dashboard shows of one touchpoint. */
export interface TouchpointFigures {
  touchpoint: string;
  shown: number;
  answered: number;
  dismissed: number;
  commented: number;
  scales: ScaleFigures[];
}

/** The page's figures, computed from a store's rollups the same way for every store. */
export interface DashboardFigures {
  touchpoints: TouchpointFigures[];
  comments: CommentRow[];
  dropped: number;
  /** More touchpoints follow on the next page. */
  more?: boolean;
}

/** Turns a store's {@link DashboardData} into per-touchpoint figures: distributions and scores by day. */
export function summarize(data: DashboardData): DashboardFigures {
  const byTp = new Map<string, TouchpointFigures>();
  const get = (touchpoint: string) => {
    let t = byTp.get(touchpoint);
    if (!t) byTp.set(touchpoint, (t = { touchpoint, shown: 0, answered: 0, dismissed: 0, commented: 0, scales: [] }));
    return t;
  };
  for (const t of data.totals) {
    Object.assign(get(t.touchpoint), {
      shown: Number(t.shown),
      answered: Number(t.answered),
      dismissed: Number(t.dismissed),
      commented: Number(t.commented),
    });
  }
  // touchpoint → scale → day → counts by value
  const hist = new Map<string, Map<Scale, Map<string, number[]>>>();
  for (const r of data.ratings) {
    let scales = hist.get(r.touchpoint);
    if (!scales) hist.set(r.touchpoint, (scales = new Map()));
    let days = scales.get(r.scale);
    if (!days) scales.set(r.scale, (days = new Map()));
    let counts = days.get(r.day);
    if (!counts) days.set(r.day, (counts = new Array(11).fill(0)));
    counts[r.value] += Number(r.count);
  }
  for (const [touchpoint, scales] of hist) {
    const t = get(touchpoint);
    for (const [scale, days] of [...scales].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const all = new Array(11).fill(0);
      const series: ScaleFigures['days'] = [];
      for (const [day, counts] of [...days].sort(([a], [b]) => (a < b ? -1 : 1))) {
        counts.forEach((n, v) => (all[v] += n));
        series.push({ day, answers: counts.reduce((a, b) => a + b, 0), score: score(scale, counts) });
      }
      t.scales.push({
        scale,
        answers: all.reduce((a, b) => a + b, 0),
        distribution: SCALE_VALUES[scale].map((value) => ({ value, count: all[value] })),
        score: score(scale, all),
        days: series,
      });
    }
  }
  return {
    touchpoints: [...byTp.values()].sort((a, b) => (a.touchpoint < b.touchpoint ? -1 : 1)),
    comments: data.comments,
    dropped: Number(data.dropped),
    ...(data.more === undefined ? {} : { more: data.more }),
  };
}
