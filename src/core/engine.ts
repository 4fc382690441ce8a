import type { Config, EventType, MomentEvent, Sink, SinkConfig, Touchpoint } from './types';
import type { UIModule } from '../ui/contract';
import type { Reason } from './eligibility';
import { resolveConfig, type ResolvedConfig } from './config';
import { createStorage } from './storage';
import { createEligibility, type Eligibility } from './eligibility';
import { buildEvent, type EventFields } from './events';
import { cleanContext } from './context';
import { report, guard } from './report';
import { uuid } from './uuid';
import { dispatch } from './dispatch';
import { lazySink, type LazySink } from '../sinks/lazy';
import { triggers } from '../triggers/index';
import { pathMatches } from '../triggers/path';
import { urlMatches } from '../triggers/url';
import { onNavigate } from '../triggers/navigation';

/** The lazily loaded delivery chunk: the HTTP sink with its persisted queue, and the adapters. */
export interface SinksModule {
  createAdapter(config: SinkConfig): Sink;
}

/** The lazily loaded explain chunk (for the site's own team, not every visitor). */
export interface ExplainModule {
  describe(reason: Reason): string;
  debug(api: MomentsAPI): () => void;
}

/** How the eager part reaches the lazily loaded chunks (by URL for the drop-in, by bundler import for ESM). */
export interface Loaders {
  ui: () => Promise<UIModule>;
  sinks: () => Promise<SinksModule>;
  explain: () => Promise<ExplainModule>;
  /** Hints the browser to fetch the prompt's chunks early (idle time, once a touchpoint may fire). */
  preload?: () => void;
}

/** Where a touchpoint stands on this page, for `Moments.explain()`. */
export interface TouchpointStatus {
  /** The touchpoint's id. */
  id: string;
  /** `waiting` (armed or waiting for consent), `shown`, or `ruled out` for this page. */
  state: 'waiting' | 'shown' | 'ruled out';
  /** Why, in words: "waiting for selector \".payment-error\"", "sampled out (sample 0.1)", … */
  why: string;
  /** The same as a code and its data, e.g. `['cooldown', shownAt, until]`. */
  reason: Reason;
}

type Listener = (event: MomentEvent) => void;

/** The public API of one Moments instance. */
export interface MomentsAPI {
  /** Starts Moments with a config (replacing any earlier one). */
  init(config: Config): void;
  /** Shows a touchpoint's prompt now (still subject to eligibility); `context` is attached to its events. */
  show(id: string, context?: Record<string, unknown>): void;
  /** Shows a touchpoint's prompt ignoring sampling, frequency and consent; its events carry `preview: true`. */
  preview(id: string): void;
  /** Listens to events of one type, or `*` for all; returns the unsubscribe function. */
  on(type: EventType | '*', listener: Listener): () => void;
  /** Gives or withdraws the visitor's consent (kept in first-party storage). */
  consent(granted: boolean): void;
  /** Where each touchpoint stands on this page and why (loads the small explain chunk). */
  explain(): Promise<TouchpointStatus[]>;
  /** Removes every listener, observer, timer and element Moments added. */
  destroy(): void;
}

interface Showing {
  tp: Touchpoint;
  moment: string;
  context?: Record<string, unknown>;
  preview?: boolean;
  host: HTMLElement;
  unmount?: () => void;
}

type Fired = [Touchpoint, Record<string, unknown>?];

/**
 * Creates the Moments API around the given chunk loaders. Nothing touches the page until `init`.
 * @example const Moments = createMoments({ ui: () => import('./ui/mount'), sinks: () => import('./sinks/adapters'), explain: () => import('./explain/describe') });
 */
export function createMoments(loaders: Loaders): MomentsAPI {
  const listeners = new Map<string, Set<Listener>>();
  let config: ResolvedConfig | undefined;
  let elig: Eligibility;
  let out: ReturnType<typeof dispatch> | undefined;
  let current: Showing | undefined;
  let fired: Fired[] = [];
  let queue: Fired[] = [];
  let status: Record<string, [TouchpointStatus['state'], Reason]> = {};
  let disarm: Record<string, () => void> = {};
  let lazy: LazySink[] = [];

  const set = (id: string, state: TouchpointStatus['state'], reason: Reason) => void (status[id] = [state, reason]);

  const emit = (s: Showing, type: EventType, fields: EventFields = {}) => {
    const event = buildEvent(
      type,
      { touchpoint: s.tp.id, moment: s.moment, visitor: elig.visitor, context: s.context, preview: s.preview, ...fields },
      config?.keepQuery,
    );
    for (const t of [type, '*']) listeners.get(t)?.forEach((l) => guard('listener', l)(event));
    out?.send([JSON.parse(JSON.stringify(event))]); // drops undefined fields
  };

  const gateOpen = ({ when }: Touchpoint) =>
    (!when?.path || pathMatches(when.path, location.pathname)) && (!when?.url || urlMatches(when.url, location.href));

  const close = () => {
    const s = current;
    current = undefined;
    if (!s) return;
    guard('unmount', () => s.unmount?.())();
    s.host.remove();
    const next = queue.shift();
    if (next) request(...next);
  };

  const display = async (tp: Touchpoint, context?: Record<string, unknown>, preview?: boolean) => {
    const c = config!;
    const placement = tp.placement ?? c.placement ?? 'bottom-right';
    const parent = placement == 'inline' ? document.querySelector(tp.container!) : document.body;
    if (!parent) return set(tp.id, 'ruled out', ['container', tp.container!]);
    const host = document.createElement('div');
    host.setAttribute('data-moments-touchpoint', tp.id);
    const base = c.context;
    const s: Showing = (current = { tp, moment: uuid(), host, preview });
    const merged = cleanContext({ ...(typeof base == 'function' ? guard('context', base)() : base), ...context }, tp.id);
    let ui: UIModule;
    try {
      // Delivery code loads beside the prompt: no event exists before both are here.
      [ui] = await Promise.all([loaders.ui(), ...lazy.map((l) => l.load())]);
    } catch (e) {
      if (current == s) current = undefined;
      return report('could not load the prompt: ' + (e as Error).message);
    }
    // The page may have moved on (SPA navigation) or Moments been destroyed while the chunk loaded.
    if (current != s || (!preview && !gateOpen(tp))) {
      if (current == s) current = undefined;
      return;
    }
    const redact = { ...c.redact, ...tp.redact };
    if (merged && Object.keys(merged).length) s.context = ui.redactDeep(merged, redact);
    parent.append(host);
    const record = (what: 'shown' | 'answered' | 'dismissed') => preview || elig.record(tp, what);
    s.unmount = ui.mount(host, {
      touchpoint: tp,
      text: c.text,
      locale: c.locale && c.locale != 'auto' ? c.locale : document.documentElement.lang || navigator.language,
      theme: c.theme ?? 'light',
      placement,
      nonce: c.nonce,
      onShown() {
        record('shown');
        set(tp.id, 'shown', ['shown']);
        emit(s, 'moment.shown');
      },
      onAnswer(value, reasons) {
        record('answered');
        emit(s, 'moment.answered', { rating: { scale: tp.scale, value }, reasons: reasons?.length ? reasons : undefined });
      },
      onComment(comment) {
        comment = ui.redactText(comment.trim(), redact);
        if (comment) emit(s, 'moment.commented', { comment });
      },
      onDismiss() {
        record('dismissed');
        emit(s, 'moment.dismissed');
      },
      onClose: () => current == s && close(),
    });
  };

  /** Collects touchpoints that fire in the same task, then shows the highest priority one. */
  const request = (...f: Fired) => {
    if (!fired.length) setTimeout(guard('show', pick));
    fired.push(f);
  };

  const pick = () => {
    const batch = fired.sort((a, b) => (b[0].priority ?? 0) - (a[0].priority ?? 0));
    fired = [];
    for (const [tp, context] of batch) {
      const why = elig.check(tp);
      if (why) {
        set(tp.id, why[0] == 'consent' ? 'waiting' : 'ruled out', why);
        if (why[0] != 'consent') disarm[tp.id]?.(); // settled for this page: no more work for it
      } else if (!current) {
        disarm[tp.id]?.();
        display(tp, context);
      } else if (config?.overlap == 'queue') queue.push([tp, context]);
      else set(tp.id, 'ruled out', ['busy', current.tp.id]);
    }
  };

  /** Arms a touchpoint's triggers while its path/url gate is open; all trigger kinds must fire (AND). */
  const arm = (tp: Touchpoint) => {
    const when = tp.when!;
    const kinds = Object.keys(when).filter((k) => k in triggers) as Array<keyof typeof triggers>;
    let stops: Array<() => void> | undefined;
    const stop = () => {
      stops?.forEach((s) => s());
      stops = undefined;
    };
    const check = () => {
      if (!gateOpen(tp)) {
        stop();
        set(tp.id, 'waiting', ['path', location.pathname]);
        if (current?.tp == tp && !current.unmount) current = undefined;
      } else if (!stops) {
        const done = new Set<string>();
        const context = {};
        set(tp.id, 'waiting', ['when', JSON.stringify(when)]);
        loaders.preload?.();
        stops = kinds.map((k) =>
          (triggers[k] as (o: unknown, f: (c?: object) => void) => () => void)(when[k], (ctx) => {
            done.add(k);
            Object.assign(context, ctx);
            if (done.size == kinds.length) request(tp, context);
          }),
        );
        if (!kinds.length) request(tp);
      }
    };
    const offNav = when.path || when.url ? onNavigate(guard('navigation', check)) : undefined;
    disarm[tp.id] = () => {
      stop();
      offNav?.();
    };
    check();
  };

  const teardown = () => {
    Object.values(disarm).forEach((d) => d());
    close();
    out?.destroy();
    out = config = undefined;
    queue = [];
    fired = [];
    status = {};
    disarm = {};
  };

  const find = (id: string, what: string) => {
    const tp = config?.touchpoints.find((t) => t.id == id);
    if (!tp) report(`${what}("${id}"): no such touchpoint` + (config?.invalid[id] ? ` (invalid config: ${config.invalid[id]})` : ''));
    return tp;
  };

  const api: MomentsAPI = {
    init(input) {
      teardown();
      const c = (config = resolveConfig(input));
      elig = createEligibility(c, createStorage('localStorage'), createStorage('sessionStorage'));
      const sinks = (c.sinks ?? []) as Array<SinkConfig | Sink | ((e: MomentEvent[]) => void)>;
      if (c.endpoint) sinks.unshift({ type: 'http', url: c.endpoint });
      lazy = [];
      out = dispatch(
        sinks.map((s) =>
          typeof s == 'function' ? { name: 'callback', send: s } : 'send' in s ? s : (lazy.push(lazySink(s, loaders.sinks)), lazy[lazy.length - 1]),
        ),
      );
      // Events left by an earlier page (offline, endpoint down, tab closed mid-send): load delivery to resume.
      try {
        if (Object.keys(localStorage).some((k) => k.startsWith('moments:q:'))) lazy.forEach((l) => l.load().catch(() => {}));
      } catch {
        /* storage blocked: nothing was persisted either */
      }
      for (const id in c.invalid) set(id, 'ruled out', ['invalid', c.invalid[id]]);
      for (const tp of c.touchpoints) {
        const why = elig.check(tp);
        if (!tp.when) set(tp.id, 'waiting', ['manual']);
        // A ruled-out touchpoint is never armed; consent, the session cap and the gap may change during the page.
        else if (why && !/consent|cap|gap/.test(why[0])) set(tp.id, 'ruled out', why);
        else arm(tp);
      }
    },
    show(id, context) {
      const tp = find(id, 'show');
      if (tp) request(tp, cleanContext(context, id));
    },
    preview(id) {
      const tp = find(id, 'preview');
      if (tp) close(), display(tp, undefined, true);
    },
    on(type, listener) {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(listener);
      return () => void listeners.get(type)?.delete(listener);
    },
    consent(granted) {
      elig?.consent(granted);
      if (granted) for (const id in status) if (status[id][1][0] == 'consent') api.show(id);
    },
    async explain() {
      const { describe } = await loaders.explain();
      return Object.entries(status).map(([id, [state, reason]]) => ({ id, state, why: describe(reason), reason }));
    },
    destroy() {
      teardown();
      listeners.clear();
    },
  };
  return api;
}
