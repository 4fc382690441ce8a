import type { Config, EventType, MomentEvent, Touchpoint } from './types';
import type { UIModule } from '../ui/contract';
import type { Delivery } from '../sinks/deliver';
import type { Reason } from './eligibility';
import { resolveConfig, type Problem, type ResolvedConfig } from './config';
import { createStorage } from './storage';
import { createEligibility, type Eligibility } from './eligibility';
import { report, guard } from './report';
import { earlyTriggers } from '../triggers/early';
import { pathMatches } from '../triggers/path';
import { urlMatches } from '../triggers/url';
import { onNavigate } from '../triggers/navigation';

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
  /** The prompt chunk, which also holds events and delivery. */
  ui: () => Promise<UIModule>;
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
  unmount?: () => void;
}

type Fired = [Touchpoint, Record<string, unknown>?];
type Start = (options: unknown, fire: (context?: object) => void) => () => void;

/**
 * Creates the Moments API around the given chunk loaders. Nothing touches the page until `init`.
 * @example const Moments = createMoments({ ui: () => import('./ui/mount'), sinks: () => import('./sinks/adapters'), explain: () => import('./explain/describe') });
 */
export function createMoments(loaders: Loaders): MomentsAPI {
  let listeners: Array<[string, Listener]> = [];
  let config: ResolvedConfig | undefined;
  let elig: Eligibility;
  let out: Delivery | undefined;
  let current: Showing | undefined;
  let fired: Fired[] = [];
  let queue: Fired[] = [];
  // Only the reason is kept: the explain chunk derives the state from it.
  let status: Record<string, Reason> = {};
  let disarm: Record<string, () => void> = {};

  const gateOpen = ({ when }: Touchpoint) =>
    (!when?.path || pathMatches(when.path, location.pathname)) && (!when?.url || urlMatches(when.url, location.href));

  const close = () => {
    const s = current;
    current = undefined;
    if (!s) return;
    s.unmount?.();
    const next = queue.shift();
    if (next) request(...next);
  };

  /** Loads the prompt chunk and its delivery for the config `c` (undefined if `init` or `destroy` came first). */
  const load = async (c: ResolvedConfig) => {
    const ui = await loaders.ui();
    if (config == c) await (out ??= ui.deliver(c)).ready;
    return ui;
  };

  const display = async (tp: Touchpoint, context?: Record<string, unknown>, preview?: boolean) => {
    const c = config!;
    const s: Showing = (current = { tp });
    let ui: UIModule | undefined;
    try {
      // Delivery loads with the prompt: no event exists before both are here.
      ui = await load(c);
    } catch (e) {
      report('could not load the prompt: ' + (e as Error).message);
    }
    // The page may have moved on (SPA navigation) or Moments been destroyed while the chunk loaded.
    if (!ui || current != s || (!preview && !gateOpen(tp))) {
      if (current == s) current = undefined;
      return;
    }
    s.unmount = ui.present({
      touchpoint: tp,
      config: c,
      context,
      preview,
      visitor: elig.visitor,
      emit(event) {
        for (const [t, l] of listeners) if (t == event.type || t == '*') guard('listener', l)(event);
        out?.send([event]); // dispatch sends each sink a JSON copy, which drops undefined fields
      },
      record(what) {
        if (what == 'shown') status[tp.id] = ['shown'];
        preview || elig.record(tp, what);
      },
      onClose: () => current == s && close(),
    });
    if (!s.unmount) (status[tp.id] = ['container', tp.container!]), close();
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
    const kinds = Object.keys(when).filter((k) => !/^(path|url)$/.test(k)) as Array<keyof typeof earlyTriggers | keyof UIModule['lateTriggers']>;
    let stops: Array<() => void> | undefined;
    const stop = () => {
      stops?.forEach((s) => s());
      stops = undefined;
    };
    // The late kinds ride in the prompt chunk: started once it is here, unless stopped before.
    const late = (k: keyof UIModule['lateTriggers'], fire: (c?: object) => void) => {
      let off: (() => void) | undefined | 0;
      loaders
        .ui()
        .then((ui) => off ?? (off = (ui.lateTriggers[k] as Start)(when[k], fire)))
        .catch((e) => report(`${k} trigger failed: ${e?.message ?? e}`));
      return () => {
        if (off) off();
        off = 0;
      };
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
        stops = kinds.map((k) => {
          const fire = (ctx?: object) => {
            left.delete(k);
            Object.assign(context, ctx);
            left.size || request(tp, context);
          };
          return k in earlyTriggers ? (earlyTriggers[k as keyof typeof earlyTriggers] as Start)(when[k], fire) : late(k as keyof UIModule['lateTriggers'], fire);
        });
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
      // Events left by an earlier page (offline, endpoint down, tab closed mid-send): load delivery to resume.
      try {
        if (/moments:q:/.test(Object.keys(localStorage) + '')) load(c).catch(() => {});
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
      if (tp) request(tp, context);
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
