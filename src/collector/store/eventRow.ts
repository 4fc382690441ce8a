import type { MomentEvent, Scale } from '../../core/types';
import { moodOf } from './moodOf';

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
export function eventRow(e: MomentEvent): EventRow {
  const time = new Date(e.time).toISOString();
  return {
    id: e.id,
    type: e.type,
    touchpoint: e.touchpoint,
    stage: e.stage ?? null,
    moment: e.moment,
    time,
    day: time.slice(0, 10),
    page_path: e.page.path,
    page_title: e.page.title,
    visitor: e.visitor ?? null,
    context: e.context === undefined ? null : JSON.stringify(e.context),
    scale: e.rating?.scale ?? null,
    value: e.rating?.value ?? null,
    reasons: e.reasons === undefined ? null : JSON.stringify(e.reasons),
    comment: e.comment ?? e.contact?.email ?? null,
    dropped: e.dropped ?? null,
    preview: e.preview === true,
    mood: e.rating ? moodOf(e.rating.scale, e.rating.value) : null,
  };
}
