import type { CommentRow } from '../store/store.js';
import type { AlertRule } from './alertSettings.js';
/** What tripped: a rule, a touchpoint, and the window's figures. */
export interface Trip {
    rule: AlertRule;
    touchpoint: string;
    /** The window, ISO times: `[since, until)`. */
    since: string;
    until: string;
    answers: number;
    misery: number;
    /** Misery share in % with one decimal. */
    share: number;
    /** The newest comments of misery of the touchpoint, with their context. */
    comments: CommentRow[];
    /** The map of moments filtered to the touchpoint. */
    mapUrl: string;
}
/** The machine-readable part of an alert (the `alert` key of the payload). */
export interface AlertBody {
    rule: string;
    condition: string;
    touchpoint: string;
    window: {
        minutes: number;
        since: string;
        until: string;
    };
    answers: number;
    misery: number;
    miseryShare: number;
    comments: Array<{
        time: string;
        comment: string;
        rating?: {
            scale: string;
            value: number;
        };
        context?: Record<string, unknown>;
    }>;
    mapUrl: string;
}
/**
 * The rule's condition in words.
 * @example
 * conditionText({ name: 'pay', windowMinutes: 30, miseryShareAbove: 40, minAnswers: 10 }) // 'misery share above 40% with at least 10 answers in 30 min'
 */
export declare function conditionText(rule: AlertRule): string;
/**
 * The webhook's JSON: `text` and `blocks` (section fields) as Slack's incoming webhooks take them
 * as they are, plus `alert` with the figures for any other receiver (Slack ignores it).
 * @example
 * const body = JSON.stringify(alertPayload(trip));
 */
export declare function alertPayload(trip: Trip): {
    text: string;
    blocks: unknown[];
    alert: AlertBody;
};
