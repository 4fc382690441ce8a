import type { MomentEvent } from '../core/types';

/**
 * The flat, snake_case properties the analytics adapters send (see docs/delivery.md). Every key is always
 * present, `undefined` when the event has no such field, so a GTM data layer (which keeps keys between pushes)
 * never carries one event's rating over into the next event.
 * @example dataLayer.push({ event: eventName(e), ...fields(e) })
 */
export function fields(e: MomentEvent) {
  return {
    moment_type: e.type,
    moment_id: e.moment,
    event_id: e.id,
    touchpoint: e.touchpoint,
    rating: e.rating?.value,
    rating_scale: e.rating?.scale,
    reasons: e.reasons,
    comment: e.comment,
    page_path: e.page.path,
    page_title: e.page.title,
    visitor: e.visitor,
    context: e.context,
    dropped: e.dropped,
    preview: e.preview,
    time: e.time,
  };
}

/** `moment.answered` → `moment_answered`: GA4 and GTM event names allow only letters, digits and underscores. */
export const eventName = (e: MomentEvent, configured?: string) => configured ?? e.type.replace('.', '_');
