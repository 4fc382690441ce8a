import type { Config, EventType, MomentEvent, Sink, SinkConfig, Touchpoint } from './types';
import type { UIModule } from '../ui/contract';
import type { Reason } from './eligibility';
import { resolveConfig, type Problem, type ResolvedConfig } from './config';
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
  /** Each touchpoint's status in words, from its reason. */
  statuses(reasons: Record<string, Reason>): TouchpointStatus[];
  /** Words a config problem as it is printed. */
  problem(p: Problem): string;
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
  host: HTMLElement;
  unmount?: () => void;
}

type Fired = [Touchpoint, Record<string, unknown>?];

/**
 * Creates the Moments API around the given chunk loaders. Nothing touches the page until `init`.
 * @example const Moments = createMoments({ ui: () => import('./ui/mount'), sinks: () => import('./sinks/adapters'), explain: () => import('./explain/describe') });
 */
export function createMoments(loaders: Loaders): MomentsAPI {
  let listeners: Array<[string, Listener]> = [];
  let config: ResolvedConfig | undefined;
  let elig: Eligibility;
  let out: ReturnType<typeof dispatch> | undefined;
  let current: Showing | undefined;
  let fired: Fired[] = [];
  let queue: Fired[] = [];
  // Only the reason is kept: the explain chunk derives the state from it.
  let status: Record<string, Reason> = {};
  let disarm: Record<string, () => void> = {};
  let lazy: LazySink[] = [];

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

  const display = async (tp: Touchpoint, given?: Record<string, unknown>, preview?: boolean) => {
    const c = config!;
    const placement = tp.placement ?? c.placement ?? 'bottom-right';
    const parent = placement == 'inline' ? document.querySelector(tp.container!) : document.body;
    if (!parent) return void (status[tp.id] = ['container', tp.container!]);
    const host = document.createElement('div');
    host.dataset.momentsTouchpoint = tp.id;
    const base = c.context;
    const moment = uuid();
    const s: Showing = (current = { tp, host });
    const merged = cleanContext({ ...(typeof base == 'function' ? guard('context', base)() : base), ...given }, tp.id);
    let ui: UIModule | undefined;
    try {
      // Delivery code loads beside the prompt: no event exists before both are here.
      [ui] = await Promise.all([loaders.ui(), ...lazy.map((l) => l.load())]);
    } catch (e) {
      report('could not load the prompt: ' + (e as Error).message);
    }
    // The page may have moved on (SPA navigation) or Moments been destroyed while the chunk loaded.
    if (!ui || current != s || (!preview && !gateOpen(tp))) {
      if (current == s) current = undefined;
      return;
    }
    const redact = { ...c.redact, ...tp.redact };
    const context = merged && Object.keys(merged).length ? ui.redactDeep(merged, redact) : undefined;
    const emit = (what: string, fields?: EventFields) => {
      const type = ('moment.' + what) as EventType;
      const event = buildEvent(
        type,
        { touchpoint: tp.id, moment, visitor: elig.visitor, context, preview, ...fields },
        c.keepQuery,
      );
      for (const [t, l] of listeners) if (t == type || t == '*') guard('listener', l)(event);
      out?.send([event]); // dispatch sends each sink a JSON copy, which drops undefined fields
    };
    // shown, answered and dismissed count for the frequency rules (not in preview), and each is an event.
    const record = (what: 'shown' | 'answered' | 'dismissed', fields?: EventFields) => {
      preview || elig.record(tp, what);
      emit(what, fields);
    };
    parent.append(host);
    s.unmount = ui.mount(host, {
      touchpoint: tp,
      text: c.text,
      locale: c.locale && c.locale != 'auto' ? c.locale : document.documentElement.lang || navigator.language,
      theme: c.theme ?? 'light',
      placement,
      nonce: c.nonce,
      onShown() {
        status[tp.id] = ['shown'];
        record('shown');
      },
      onAnswer: (value, reasons) => record('answered', { rating: { scale: tp.scale, value }, reasons: reasons?.length ? reasons : undefined }),
      onComment(comment) {
        comment = ui!.redactText(comment.trim(), redact);
        if (comment) emit('commented', { comment });
      },
      onDismiss: () => record('dismissed'),
      onClose: () => current == s && close(),
    });
  };

  /** Collects touchpoints that fire in the same task, then shows the highest priority one. */
  const request = (...f: Fired) => {
    fired.push(f) > 1 || setTimeout(guard('show', pick));
  };

  const pick = () => {
    const batch = fired.sort((a, b) => (b[0].priority ?? 0) - (a[0].priority ?? 0));
    fired = [];
    for (const [tp, context] of batch) {
      const why = elig.check(tp);
      if (why) {
        status[tp.id] = why;
        if (why[0] != 'consent') disarm[tp.id]?.(); // settled for this page: no more work for it
      } else if (!current) {
        disarm[tp.id]?.();
        display(tp, context);
      } else if (config?.overlap == 'queue') queue.push([tp, context]);
      else status[tp.id] = ['busy', current.tp.id];
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
        status[tp.id] = ['path', location.pathname];
        if (current?.tp == tp && !current.unmount) current = undefined;
      } else if (!stops) {
        const left = new Set(kinds);
        const context = {};
        status[tp.id] = ['when', JSON.stringify(when)];
        loaders.preload?.();
        stops = kinds.map((k) =>
          (triggers[k] as (o: unknown, f: (c?: object) => void) => () => void)(when[k], (ctx) => {
            left.delete(k);
            Object.assign(context, ctx);
            left.size || request(tp, context);
          }),
        );
        left.size || request(tp);
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
    for (const id in disarm) disarm[id]();
    close();
    out?.destroy();
    out = config = undefined;
    queue = [];
    fired = [];
    status = {};
    disarm = {};
  };

  // Prose lives in the explain chunk: only a broken config or a wrong id pays for loading it.
  const say = (words: (m: ExplainModule) => string[]) =>
    loaders.explain().then(
      (m) => words(m).map((w) => report(w)),
      () => report('invalid config'),
    );

  const find = (id: string, what: string) => {
    const tp = config?.touchpoints.find((t) => t.id == id);
    const bad = config?.invalid[id];
    const text = `${what}("${id}"): no such touchpoint`;
    if (!tp) bad ? say((m) => [`${text} (${m.describe(['invalid', ...bad])})`]) : report(text);
    return tp;
  };

  const api: MomentsAPI = {
    init(input) {
      teardown();
      const c = (config = resolveConfig(input));
      elig = createEligibility(c, createStorage('localStorage'), createStorage('sessionStorage'));
      const sinks = c.sinks as Array<SinkConfig | Sink | ((e: MomentEvent[]) => void)>;
      if (c.endpoint) sinks.unshift({ type: 'http', url: c.endpoint });
      lazy = [];
      out = dispatch(
        sinks.map((s) =>
          typeof s == 'function' ? { name: 'callback', send: s } : 'send' in s ? s : lazy[lazy.push(lazySink(s, loaders.sinks)) - 1],
        ),
      );
      // Events left by an earlier page (offline, endpoint down, tab closed mid-send): load delivery to resume.
      try {
        if (/moments:q:/.test(Object.keys(localStorage) + '')) lazy.forEach((l) => l.load().catch(() => {}));
      } catch {
        /* storage blocked: nothing was persisted either */
      }
      if (c.problems.length) say((m) => c.problems.map(m.problem));
      for (const id in c.invalid) status[id] = ['invalid', ...c.invalid[id]];
      for (const tp of c.touchpoints) {
        const why = elig.check(tp);
        if (!tp.when) status[tp.id] = ['manual'];
        // A ruled-out touchpoint is never armed; consent, the session cap and the gap may change during the page.
        else if (why && !/consent|cap|gap/.test(why[0])) status[tp.id] = why;
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
      const entry: [string, Listener] = [type, listener];
      listeners.push(entry);
      return () => void (listeners = listeners.filter((e) => e != entry));
    },
    consent(granted) {
      elig?.consent(granted);
      if (granted) for (const id in status) if (status[id][0] == 'consent') api.show(id);
    },
    async explain() {
      return (await loaders.explain()).statuses(status);
    },
    destroy() {
      teardown();
      listeners = [];
    },
  };
  return api;
}
