import type { MomentEvent, Scale } from '../../core/types.js';
/** An event flattened into the columns both stores keep. */
export interface EventRow {
    id: string;
    type: MomentEvent['type'];
    touchpoint: string;
    /** The touchpoint's journey stage, if its config names one. */
    stage: string | null;
    moment: string;
    /** Normalised to UTC `toISOString()`, so text order is time order. */
    time: string;
    /** UTC day of `time`, the rollups' key. */
    day: string;
    page_path: string;
    page_title: string;
    visitor: string | null;
    context: string | null;
    scale: Scale | null;
    value: number | null;
    reasons: string | null;
    /** A `moment.commented`'s comment, or a `moment.contact`'s e-mail (the text the visitor typed in either case). */
    comment: string | null;
    dropped: number | null;
    preview: boolean;
    mood: number | null;
}
/** Flattens a validated event into its stored row. */
export declare function eventRow(e: MomentEvent): EventRow;
