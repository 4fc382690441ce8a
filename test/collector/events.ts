// Builders of valid events for the collector tests.
import { randomUUID } from 'node:crypto';
import type { MomentEvent, Scale } from '../../src/core/types';

type Extra = Partial<MomentEvent>;

/** One valid event of `type`; `extra` overrides any field. */
export function event(type: MomentEvent['type'], extra: Extra = {}): MomentEvent {
  const e: MomentEvent = {
    schema: 1,
    id: randomUUID(),
    type,
    touchpoint: 'checkout',
    moment: randomUUID(),
    time: '2026-11-20T10:00:00.000Z',
    page: { path: '/checkout', title: 'Checkout' },
    ...extra,
  };
  if (type === 'moment.answered' && !e.rating) e.rating = { scale: 'csat', value: 4 };
  if (type === 'moment.commented' && !e.comment) e.comment = 'fine';
  if (type === 'moments.dropped' && !e.dropped) e.dropped = 1;
  if (type === 'moment.contact') (e.schema = 2), (e.contact ??= { email: 'customer@example.com' });
  return e;
}

/** The events of one showing: shown, answered (and the follow-up with reasons), maybe a comment, maybe a contact request. */
export function showing(opts: {
  touchpoint?: string;
  stage?: string;
  time?: string;
  scale?: Scale;
  value?: number;
  reasons?: string[];
  comment?: string;
  context?: Record<string, unknown>;
  preview?: boolean;
  dismissed?: boolean;
  title?: string;
  /** The visitor asked to be contacted at this address (`moment.contact`, a second after the rest). */
  email?: string;
}): MomentEvent[] {
  const moment = randomUUID();
  const base: Extra = {
    touchpoint: opts.touchpoint ?? 'checkout',
    ...(opts.stage ? { stage: opts.stage } : {}),
    moment,
    time: opts.time ?? '2026-11-20T10:00:00.000Z',
    ...(opts.preview ? { preview: true } : {}),
    ...(opts.context ? { context: opts.context } : {}),
    ...(opts.title ? { page: { path: '/checkout', title: opts.title } } : {}),
  };
  const out = [event('moment.shown', base)];
  if (opts.dismissed) return [...out, event('moment.dismissed', base)];
  if (opts.value === undefined) return out;
  const rating = { scale: opts.scale ?? 'csat', value: opts.value };
  out.push(event('moment.answered', { ...base, rating }));
  if (opts.reasons) out.push(event('moment.answered', { ...base, rating, reasons: opts.reasons }));
  if (opts.comment) out.push(event('moment.commented', { ...base, comment: opts.comment }));
  if (opts.email) out.push(event('moment.contact', { ...base, time: new Date(Date.parse(base.time!) + 1000).toISOString(), contact: { email: opts.email } }));
  return out;
}

/** `{"events":[…]}` as the HTTP sink sends it. */
export const body = (events: unknown[]) => JSON.stringify({ events });
