import type { Scale } from '../../core/types.js';
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
export declare function score(scale: Scale, counts: ArrayLike<number>): Score;
