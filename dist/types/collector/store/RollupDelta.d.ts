import type { EventRow } from './eventRow.js';
/** Counter increments of one (day, touchpoint). */
export interface DailyDelta {
    day: string;
    touchpoint: string;
    shown: number;
    answered: number;
    dismissed: number;
    commented: number;
}
/**
 * The rollup increments of a transaction, gathered from the rows it actually inserted (never from
 * duplicates), so a retried or twice-received event counts once. Answers are added with
 * {@link RollupDelta.answer} only for a moment's first answer.
 */
export declare class RollupDelta {
    readonly daily: Map<string, DailyDelta>;
    readonly ratings: Map<string, {
        day: string;
        touchpoint: string;
        scale: string;
        value: number;
        n: number;
    }>;
    readonly dropped: Map<string, number>;
    /** The latest stage each touchpoint named in the transaction (non-preview events). */
    readonly stages: Map<string, string>;
    private cell;
    /** Counts an inserted, non-preview event other than an answer. */
    add(row: EventRow): void;
    /** Counts the first answer of a moment (its day, touchpoint and rating). */
    answer(row: EventRow): void;
    /** Rows sorted by key, so concurrent writers lock rollup rows in one order (no deadlocks). */
    sorted(): {
        daily: DailyDelta[];
        ratings: {
            day: string;
            touchpoint: string;
            scale: string;
            value: number;
            n: number;
        }[];
        dropped: {
            day: string;
            n: number;
        }[];
    };
}
