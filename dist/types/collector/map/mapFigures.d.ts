import type { Scale } from '../../core/types.js';
import type { RatingCount, TouchpointTotals } from '../store/store.js';
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
    score: {
        label: string;
        value: number | null;
        unit: '%' | '';
    } | null;
    /** The same figures over the previous period of the same length. */
    previous: {
        answers: number;
        miseryShare: number | null;
        score: number | null;
    };
    /** Now minus then: answers, misery share and score in points; null when either side has none. */
    change: {
        answers: number;
        miseryShare: number | null;
        score: number | null;
    };
    days: MapDay[];
}
/** The map of moments: every touchpoint's figures over a period, against the period before. */
export interface MapFigures {
    from: string;
    to: string;
    previous: {
        from: string;
        to: string;
    };
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
/**
 * Computes the map of moments from rollups only (two periods and the first day each touchpoint
 * was seen), so its cost does not grow with the number of stored events.
 * @example
 * const figures = mapFigures({ from, to }, previous, await store.dashboard({ from, to, limit: 0 }), before, await store.touchpointOrder(), 'worst');
 */
export declare function mapFigures(range: {
    from: string;
    to: string;
}, previousRange: {
    from: string;
    to: string;
}, current: PeriodRollups, previous: PeriodRollups, firstSeen: Array<{
    touchpoint: string;
    firstDay: string;
    stage?: string | null;
}>, order?: MapOrder): MapFigures;
