import type { EventType, MomentEvent, Touchpoint } from './types';
import type { ResolvedConfig } from './config';
import type { Mount, RedactOptions } from '../ui/contract';
import { buildEvent, type EventFields } from './events';
import { cleanContext } from './context';
import { guard } from './report';
import { uuid } from './uuid';
import { MAX_COMMENT } from '../shared/limits';
import { truncate } from '../shared/truncate';
import { doc } from './doc';

/** What the eager engine hands the prompt chunk to show one touchpoint (plain data and callbacks). */
export interface PresentOptions {
  touchpoint: Touchpoint;
  config: ResolvedConfig;
  /** Context given to `Moments.show`, merged over the config's. */
  context?: Record<string, unknown>;
  /** Events carry `preview: true`. */
  preview?: boolean;
  visitor: string;
  /** Every event of this moment: the engine tells the page's listeners and the sinks. */
  emit(event: MomentEvent): void;
  /** shown, answered and dismissed: the engine counts them for the frequency rules (not in preview). */
  record(what: 'shown' | 'answered' | 'dismissed'): void;
  /** The prompt is done and may be removed. */
  onClose(): void;
}

/** The parts of the prompt chunk that `present` drives (the engine tests pass their own). */
export interface Presenter {
  mount: Mount;
  redactText(text: string, options: RedactOptions): string;
  redactDeep<T>(value: T, options: RedactOptions): T;
}

/**
 * Shows one moment: puts the prompt's host element in the page, builds its events (one moment id, the context
 * cleaned and redacted, comments redacted; the contact step's e-mail is not, since the visitor typed it into that
 * field to be contacted) and hands them to `emit`. Returns the function that removes it all
 * (given `preempted`, a prompt already shown first records a `moment.dismissed` with that reason, for the sinks
 * only: the frequency rules do not count it), or undefined when an inline touchpoint's container is not on the page.
 * @example const close = present(ui, { touchpoint, config, visitor, emit, record, onClose });
 */
export function present(ui: Presenter, o: PresentOptions): ((reason?: 'preempted') => void) | undefined {
  const { touchpoint: tp, config: c, preview } = o;
  const placement = tp.placement ?? c.placement ?? 'bottom-right';
  const parent = placement == 'inline' ? doc('querySelector').call(document, tp.container!) : doc('body');
  if (!parent) return;
  const host = doc('createElement').call(document, 'div');
  host.dataset.momentsTouchpoint = tp.id;
  const moment = uuid();
  const base = c.context;
  const merged = cleanContext({ ...(typeof base == 'function' ? guard('context', base)() : base), ...cleanContext(o.context, tp.id) }, tp.id);
  const redact = Object.assign(Object.create(null), c.redact, tp.redact);
  // Checked again once redacted: `[email]` is longer than the shortest address, and the collector counts what is sent.
  const context = merged && Object.keys(merged).length ? cleanContext(ui.redactDeep(merged, redact), tp.id) : undefined;
  const emit = (what: string, fields?: EventFields) =>
    o.emit(buildEvent(('moment.' + what) as EventType, { touchpoint: tp.id, stage: tp.stage, moment, visitor: o.visitor, context, preview, ...fields }, c.keepQuery));
  const record = (what: 'shown' | 'answered' | 'dismissed', fields?: EventFields) => {
    o.record(what);
    emit(what, fields);
  };
  let shown: boolean | undefined;
  parent.append(host);
  const unmount = ui.mount(host, {
    touchpoint: tp,
    text: c.text,
    locale: c.locale && c.locale != 'auto' ? c.locale : doc('documentElement').lang || navigator.language,
    theme: c.theme ?? 'light',
    placement,
    nonce: c.nonce,
    onShown() {
      shown = true;
      record('shown');
    },
    onAnswer: (value, reasons) => record('answered', { rating: { scale: tp.scale, value }, reasons: reasons?.length ? reasons : undefined }),
    onComment(comment) {
      comment = truncate(ui.redactText(comment.trim(), redact), MAX_COMMENT); // redaction may lengthen it
      if (comment) emit('commented', { comment });
    },
    // Only the address: `mount` sends one the contact step checked; it leaves here exactly as typed (trimmed).
    onContact: (email) => emit('contact', { contact: { email } }),
    onDismiss: () => record('dismissed'),
    onClose: o.onClose,
  });
  return (reason) => {
    if (reason && shown) emit('dismissed', { reason });
    guard('unmount', unmount)();
    host.remove();
  };
}
