import type { MomentEvent } from '../core/types.js';
/**
 * The flat, snake_case properties the analytics adapters send (see docs/delivery.md). Every key is always
 * present, `undefined` when the event has no such field, so a GTM data layer (which keeps keys between pushes)
 * never carries one event's rating over into the next event.
 * @example dataLayer.push({ event: eventName(e), ...fields(e) })
 */
export declare function fields(e: MomentEvent): {
    moment_type: import("../index.js").EventType;
    moment_id: string;
    event_id: string;
    touchpoint: string;
    rating: number | undefined;
    rating_scale: "csat" | "emoji5" | "nps" | "stars5" | "thumbs" | undefined;
    reasons: string[] | undefined;
    comment: string | undefined;
    page_path: string;
    page_title: string;
    visitor: string | undefined;
    context: Record<string, unknown> | undefined;
    dropped: number | undefined;
    preview: boolean | undefined;
    time: string;
};
/** `moment.answered` → `moment_answered`: GA4 and GTM event names allow only letters, digits and underscores. */
export declare const eventName: (e: MomentEvent, configured?: string) => string;
