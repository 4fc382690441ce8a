import type { Scale } from '../../core/types.js';
import { type Score } from './score.js';
import type { CommentRow, DashboardData } from '../store/store.js';
/** The values a scale can take, lowest first. */
export declare const SCALE_VALUES: Record<Scale, number[]>;
/** One scale's figures inside a touchpoint. */
export interface ScaleFigures {
    scale: Scale;
    answers: number;
    /** Answers per value, in {@link SCALE_VALUES} order. */
    distribution: Array<{
        value: number;
        count: number;
    }>;
    score: Score;
    /** The score by UTC day (days with answers only). */
    days: Array<{
        day: string;
        answers: number;
        score: Score;
    }>;
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
export declare function summarize(data: DashboardData): DashboardFigures;
