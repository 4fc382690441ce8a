import type { Scale } from '../../core/types';
import { moodOf } from '../store/moodOf';
import { score } from '../dashboard/score';
import type { RatingCount, TouchpointTotals } from '../store/store';

/** One day of a touchpoint's trend (days with answers only). */
export interface MapDay {
  day: string;
  answers: number;
  misery: number;
  magic: number;
  /** The score of the touchpoint's scale that day. */
  score: number | null;
}

/** One touchpoint on the map of moments. */
export interface MapTouchpoint {
  touchpoint: string;
  /** The journey stage its latest events named, or null. */
  stage: string | null;
  /** The first day any of its events was stored. */
  firstSeen: string | null;
  shown: number;
  answers: number;
  comments: number;
  misery: number;
  magic: number;
  /** Share of answers that were moments of misery / magic, in % with one decimal; null without answers. */
  miseryShare: number | null;
  magicShare: number | null;
  /** The scale most of its answers used in the period (a touchpoint normally has one), or null. */
  scale: Scale | null;
  /** That scale's score: `CSAT`, `CSAT (4–5)`, `NPS` or `Thumbs up`. */
  score: { label: string; value: number | null; unit: '%' | '' } | null;
  /** The same figures over the previous period of the same length. */
  previous: { answers: number; miseryShare: number | null; score: number | null };
  /** Now minus then: answers, misery share and score in points; null when either side has none. */
  change: { answers: number; miseryShare: number | null; score: number | null };
  days: MapDay[];
}

/** The map of moments: every touchpoint's figures over a period, against the period before. */
export interface MapFigures {
  from: string;
  to: string;
  previous: { from: string; to: string };
  /**
   * `journey`: stage by stage, a stage where its first touchpoint was first seen (a touchpoint
   * without a stage stands alone, by its own first day), touchpoints in a stage by first seen;
   * `worst`: highest misery share first.
   */
  order: MapOrder;
  touchpoints: MapTouchpoint[];
}

export type MapOrder = 'journey' | 'worst';

/** The rollups of one period, as {@link Store.dashboard} returns them. */
export interface PeriodRollups {
  totals: TouchpointTotals[];
  ratings: RatingCount[];
}

const share = (part: number, whole: number) => (whole ? Math.round((1000 * part) / whole) / 10 : null);
const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : Math.round(10 * (a - b)) / 10);

interface Tally {
  shown: number;
  comments: number;
  byScale: Map<Scale, number[]>;
  byDay: Map<string, Map<Scale, number[]>>;
}

function tally(rollups: PeriodRollups): Map<string, Tally> {
  const out = new Map<string, Tally>();
  const get = (touchpoint: string) => {
    let t = out.get(touchpoint);
    if (!t) out.set(touchpoint, (t = { shown: 0, comments: 0, byScale: new Map(), byDay: new Map() }));
    return t;
  };
  for (const t of rollups.totals) Object.assign(get(t.touchpoint), { shown: Number(t.shown), comments: Number(t.commented) });
  for (const r of rollups.ratings) {
    const t = get(r.touchpoint);
    const add = (m: Map<Scale, number[]>) => {
      let counts = m.get(r.scale);
      if (!counts) m.set(r.scale, (counts = new Array(11).fill(0)));
      counts[r.value] += Number(r.count);
    };
    add(t.byScale);
    let day = t.byDay.get(r.day);
    if (!day) t.byDay.set(r.day, (day = new Map()));
    add(day);
  }
  return out;
}

const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);

/** Answers, misery and magic over every scale of a histogram set. */
function moods(byScale: Map<Scale, number[]>): { answers: number; misery: number; magic: number } {
  let answers = 0;
  let misery = 0;
  let magic = 0;
  for (const [scale, counts] of byScale) {
    counts.forEach((n, value) => {
      if (!n) return;
      answers += n;
      const mood = moodOf(scale, value);
      if (mood < 0) misery += n;
      else if (mood > 0) magic += n;
    });
  }
  return { answers, misery, magic };
}

function mainScale(byScale: Map<Scale, number[]>): Scale | null {
  let best: Scale | null = null;
  let most = -1;
  for (const [scale, counts] of [...byScale].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const n = sum(counts);
    if (n > most) [best, most] = [scale, n];
  }
  return best;
}

/**
 * Computes the map of moments from rollups only (two periods and the first day each touchpoint
 * was seen), so its cost does not grow with the number of stored events.
 * @example
 * const figures = mapFigures({ from, to }, previous, await store.dashboard({ from, to, limit: 0 }), before, await store.touchpointOrder(), 'worst');
 */
export function mapFigures(
  range: { from: string; to: string },
  previousRange: { from: string; to: string },
  current: PeriodRollups,
  previous: PeriodRollups,
  firstSeen: Array<{ touchpoint: string; firstDay: string; stage?: string | null }>,
  order: MapOrder = 'journey',
): MapFigures {
  const now = tally(current);
  const then = tally(previous);
  const seen = new Map(firstSeen.map((f) => [f.touchpoint, f.firstDay]));
  const stageOf = new Map(firstSeen.map((f) => [f.touchpoint, f.stage ?? null]));
  // A stage starts where its earliest touchpoint was first seen.
  const stageStart = new Map<string, string>();
  for (const f of firstSeen) {
    if (f.stage && !(f.firstDay >= (stageStart.get(f.stage) ?? '9999'))) stageStart.set(f.stage, f.firstDay);
  }
  const names = new Set([...now.keys(), ...then.keys()]);
  const touchpoints: MapTouchpoint[] = [...names].map((touchpoint) => {
    const t = now.get(touchpoint) ?? { shown: 0, comments: 0, byScale: new Map(), byDay: new Map() };
    const p = then.get(touchpoint);
    const m = moods(t.byScale);
    const pm = p ? moods(p.byScale) : { answers: 0, misery: 0, magic: 0 };
    const scale = mainScale(t.byScale) ?? (p ? mainScale(p.byScale) : null);
    const scoreNow = scale ? score(scale, t.byScale.get(scale) ?? []) : null;
    const scoreThen = scale && p?.byScale.has(scale) ? score(scale, p.byScale.get(scale)!).value : null;
    const miseryShare = share(m.misery, m.answers);
    const previousShare = share(pm.misery, pm.answers);
    const days: MapDay[] = [...t.byDay]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([day, byScale]) => ({ day, ...moods(byScale), score: scale && byScale.has(scale) ? score(scale, byScale.get(scale)!).value : null }));
    return {
      touchpoint,
      stage: stageOf.get(touchpoint) ?? null,
      firstSeen: seen.get(touchpoint) ?? null,
      shown: t.shown,
      answers: m.answers,
      comments: t.comments,
      misery: m.misery,
      magic: m.magic,
      miseryShare,
      magicShare: share(m.magic, m.answers),
      scale,
      score: scoreNow,
      previous: { answers: pm.answers, miseryShare: previousShare, score: scoreThen },
      change: { answers: m.answers - pm.answers, miseryShare: minus(miseryShare, previousShare), score: minus(scoreNow?.value ?? null, scoreThen) },
      days,
    };
  });
  const byName = (a: MapTouchpoint, b: MapTouchpoint) => (a.touchpoint < b.touchpoint ? -1 : a.touchpoint > b.touchpoint ? 1 : 0);
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const first = (t: MapTouchpoint) => t.firstSeen ?? '9999';
  // Group key: the stage's start and name, or the touchpoint's own first day when it has no stage.
  const groupDay = (t: MapTouchpoint) => (t.stage ? stageStart.get(t.stage) ?? first(t) : first(t));
  const journey = (a: MapTouchpoint, b: MapTouchpoint) =>
    compare(groupDay(a), groupDay(b)) || compare(a.stage ?? '', b.stage ?? '') || compare(first(a), first(b)) || byName(a, b);
  const worst = (a: MapTouchpoint, b: MapTouchpoint) => (b.miseryShare ?? -1) - (a.miseryShare ?? -1) || b.misery - a.misery || journey(a, b);
  touchpoints.sort(order === 'worst' ? worst : journey);
  return { from: range.from, to: range.to, previous: previousRange, order, touchpoints };
}
