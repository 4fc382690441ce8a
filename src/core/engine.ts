import type { Config, EventType, MomentEvent, Touchpoint } from './types';
import type { UIModule } from '../ui/contract';
import type { Delivery } from '../sinks/deliver';
import type { Reason } from './eligibility';
import type { Problem, ResolvedConfig } from './config';
import { createStorage } from './storage';
import { createEligibility, type Rules } from './eligibility';
import type { Eligibility } from './pacing';
import { report, guard } from './report';
import { idle } from './idle';
import { nextTask } from './nextTask';
import { FREQUENCY } from './defaults';
import { ownCopy } from './ownCopy';
import { earlyTriggers } from '../triggers/early';
import { pathMatches } from '../triggers/path';
import { onNavigate } from '../triggers/navigation';
import { timer } from '../triggers/listen';

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
  /** Told each config's `assetsUrl` (the drop-in loads its chunks from there; bundlers resolve their own). */
  assets?: (url: unknown) => void;
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
  /**
   * Shows a touchpoint's prompt now, whatever its `when` says (frequency rules, consent and sampling still apply;
   * when they keep it back, one `console.warn` says why); `context` is attached to its events.
   */
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

/**
 * Where the prompt on screen stands: `asking` until the visitor answers (a touchpoint of higher priority may
 * replace it), `answered` through its follow-up, thanks and exit, `closing` once dismissed (its exit animation
 * runs). A touchpoint that fires while it is answered or closing waits for it to close, then shows.
 */
type Phase = 'asking' | 'answered' | 'closing';

interface Showing {
  tp: Touchpoint;
  phase: Phase;
  /** Removes the prompt; `preempted` first records its `moment.dismissed` with that reason. */
  unmount?: (reason?: 'preempted') => void;
}

const isObj = (v: unknown): v is object => !!v && typeof v == 'object' && !Array.isArray(v);

// `asked`: by `Moments.show`, which ignores `when` and warns when it does not show. `waited`: it fired while another
// prompt was on screen and waited for it to close.
type Fired = [tp: Touchpoint, context?: Record<string, unknown>, asked?: boolean, waited?: boolean];
type Start = (options: unknown, fire: (context?: object) => void) => () => void;
type LateKind = keyof typeof import('../triggers/late').lateTriggers;

const rank = (f: Fired) => f[0].priority ?? 0;
const byRank = (a: Fired, b: Fired) => rank(b) - rank(a);

/**
 * Creates the Moments API around the given chunk loaders. Nothing touches the page until `init`.
 * @example const Moments = createMoments({ ui: () => import('../ui/chunk'), explain: () => import('../explain/debug') });
 */
export function createMoments(loaders: Loaders): MomentsAPI {
  const listeners = new Set<[string, Listener]>();
  let config: ResolvedConfig | undefined;
  // The visitor's own rules from `init`; with the session's pacing once the prompt chunk checked the config.
  let rules: Rules;
  let elig: Eligibility;
  let out: Delivery | undefined;
  let current: Showing | undefined;
  let fired: Fired[] = [];
  let queue: Fired[] = [];
  // Only the reason is kept: the explain chunk derives the state from it.
  let status: Record<string, Reason> = {};
  let disarm = new Map<Touchpoint, () => void>();
  // The config as given: the prompt chunk validates it the first time it loads on a page (see `validate`).
  let raw: unknown;
  let ready: Promise<UIModule> | undefined;
  // Cancels the start-up work waiting for idle time; `started` is 1 after its first step, 2 after its second.
  let soon: (() => void) | undefined;
  let started: number | undefined;
  // Late trigger kinds waiting for start-up's second step: they need the chunk, which waits for idle time and
  // for who may be asked.
  let later: Array<() => void> = [];
  // Touchpoints whose gate is open and whose triggers run.
  let armed = new Set<Touchpoint>();
  // One pair for the engine's life: where storage is blocked or full, their memory is the only copy of the state.
  const local = createStorage('localStorage');
  const session = createStorage('sessionStorage');

  // An unvalidated `when` may hold anything: a gate that throws (a `path` that is no string, a `url` that is no
  // regular expression) counts as open, so its touchpoint arms and the chunk, loaded for it, reports the problem.
  const gateOpen = ({ when }: Touchpoint) => {
    try {
      return (!when?.path || pathMatches(when.path, location.pathname)) && (!when?.url || RegExp(when.url).test(location.href));
    } catch {
      return 1;
    }
  };

  /** Stops a touchpoint's triggers and gate for the rest of this config. */
  const drop = (tp: Touchpoint) => {
    disarm.get(tp)?.();
    disarm.delete(tp);
    armed.delete(tp);
  };

  /**
   * Loads the prompt chunk. The first time for a config it validates the whole config there, reports every problem
   * once, and keeps only the valid touchpoints: the drop-in itself checks nothing, so a page where no touchpoint
   * can act pays for no validation, and nothing shows or starts late triggers before its touchpoint is checked.
   */
  const validate = () =>
    (ready ??= loaders.ui().then(
      async (ui) => {
        // The chunk's evaluation was one task; checking the config is the next.
        await nextTask();
        if (config && !config.problems) {
          const c = (config = ui.checkConfig(raw, config.touchpoints, status, drop));
          elig = ui.withPacing((rules = createEligibility(c, local, session)), c);
          if (c.problems.length) say((m) => c.problems.map(m.problem));
        }
        return ui;
      },
      (e) => {
        ready = undefined;
        // Said here, once, rather than by each of the callers that waited for it.
        report(`could not load the prompt chunk ${e?.message ?? e} (is it served as JavaScript, with Access-Control-Allow-Origin from another origin?)`);
        throw e;
      },
    ));

  /**
   * Rules a touchpoint out for this page when its visitor may not be asked (answered, sampled out, in a
   * cooldown…); consent, the session cap and the gap may change during the page, so those leave it armed.
   */
  const ruledOut = (tp: Touchpoint) => {
    const why = rules.check(tp);
    if (why && why[0] != 'consent') {
      status[tp.id] = why;
      drop(tp);
      return 1;
    }
  };

  /**
   * Start-up work that can wait for idle time, so the page's own start-up task stays short: the first read of
   * localStorage (a few milliseconds in Chromium) for who may be asked and for events an earlier page left in the
   * queue, then the prompt chunk when a touchpoint is armed, so it is here and the config checked before one fires.
   */
  const startup = () => {
    soon?.();
    soon = undefined;
    if (!started) {
      started = 1;
      disarm.forEach((_, tp) => ruledOut(tp));
      // That first read may have cost milliseconds: the rest goes in a task of its own.
      return void (soon = timer(startup));
    }
    started = 2;
    let queued;
    try {
      // Events left by an earlier page (offline, endpoint down, tab closed mid-send): load delivery to resume.
      queued = /moments:q:/.test(Object.keys(localStorage) + '');
    } catch {
      /* storage blocked: nothing was persisted either */
    }
    if (queued) load().catch(() => {});
    else if (armed.size) validate().catch(() => {});
    later.splice(0).forEach((go) => go());
  };

  const close = () => {
    const s = current;
    current = undefined;
    if (!s) return;
    s.unmount?.();
    // Waiting ones show by priority, then in the order they fired (sort is stable).
    const next = queue.sort(byRank).shift();
    if (next) request(...next);
  };

  /** Loads the prompt chunk, validates the config, and gets delivery for it ready. */
  const load = async () => {
    const ui = await validate();
    if (config?.problems) await (out ??= ui.deliver(config)).ready;
    return ui;
  };

  const display = async (tp: Touchpoint, context?: Record<string, unknown>, preview?: boolean, asked?: boolean) => {
    const s: Showing = (current = { tp, phase: 'asking' });
    let ui: UIModule | undefined;
    try {
      // Delivery loads with the prompt: no event exists before both are here.
      ui = await load();
      // Deciding was this task; building the prompt is the next.
      await nextTask();
    } catch {
      /* reported where it failed: the chunk by `validate`, a sink by its own loader */
    }
    const c = config;
    // The page may have moved on (SPA navigation), Moments been destroyed or the prompt been replaced while the
    // chunk loaded, or the previewed touchpoint turned out invalid (reported by `validate`).
    const valid = c?.touchpoints.includes(tp);
    if (!ui || current != s || !valid || (!preview && !asked && !gateOpen(tp))) {
      if (current == s) current = undefined;
      if (ui && c && !valid && preview) find(tp.id, 'preview');
      return;
    }
    s.unmount = ui.present({
      touchpoint: tp,
      config: c!,
      context,
      preview,
      visitor: elig.visitor(ui.uuid),
      emit(event) {
        for (const [t, l] of listeners) if (t == event.type || t == '*') guard('listener', l)(event);
        out?.send([event]); // dispatch sends each sink a JSON copy, which drops undefined fields
      },
      record(what) {
        if (what == 'shown') status[tp.id] = ['shown'];
        else s.phase = what == 'answered' ? what : 'closing';
        preview || elig.record(tp, what);
      },
      onClose: () => current == s && close(),
    });
    if (!s.unmount) {
      status[tp.id] = ['container', tp.container!];
      if (asked) warn(tp.id, status[tp.id]);
      close();
    }
  };

  /**
   * Collects touchpoints that fire in the same task (and while the chunk loads and checks the config: only a
   * valid touchpoint may take the slot), then decides for each.
   */
  const request = (...f: Fired) => {
    fired.push(f) > 1 || setTimeout(() => validate().then(guard('show', pick), () => (fired = [])));
  };

  /**
   * By priority: the first that may show takes the free slot. One that fires while a prompt is on screen replaces
   * it when that prompt is still asking and of lower priority, waits for it when it was answered or is closing,
   * and otherwise follows `overlap` (drop or wait).
   */
  const pick = () => {
    const batch = fired.sort(byRank);
    fired = [];
    for (const f of batch) {
      const [tp, context, asked, waited] = f;
      const s = current;
      // Invalid touchpoints were ruled out by `validate`; one asked for by id is reported.
      if (!config!.touchpoints.includes(tp)) asked && find(tp.id, 'show');
      // One already on screen or waiting for its turn is not asked for twice.
      else if (s?.tp != tp && !queue.some((q) => q[0] == tp)) {
        // Beside a prompt on screen, it replaces one still asking of lower priority and otherwise waits for it to
        // close, unless that one is still asking and `overlap` is "drop".
        const beside = s && (s.phase == 'asking' && rank(f) > (s.tp.priority ?? 0) ? 'replace' : 'wait');
        const why =
          elig.check(tp, undefined, undefined, beside || (waited ? 'wait' : undefined)) ??
          (beside == 'wait' && s!.phase == 'asking' && config!.overlap != 'queue' ? ['busy', s!.tp.id] : undefined);
        if (why) {
          status[tp.id] = why;
          if (why[0] != 'consent' && why[0] != 'busy') drop(tp); // settled for this page: no more work for it
          if (asked) warn(tp.id, why);
        } else {
          drop(tp); // its turn is settled: no more firing
          if (beside == 'wait') {
            status[tp.id] = ['waiting', s!.tp.id];
            queue.push([tp, context, asked, true]);
          } else {
            if (s) {
              // Replaced before an answer: a `moment.dismissed` with reason "preempted", which the frequency rules
              // do not count as a dismissal.
              current = undefined;
              s.unmount?.('preempted');
              status[s.tp.id] = ['preempted', tp.id];
            }
            display(tp, context, false, asked);
          }
        }
      }
    }
  };

  /** Arms a touchpoint's triggers while its path/url gate is open; all trigger kinds must fire (AND). */
  const arm = (tp: Touchpoint) => {
    const when = tp.when!;
    const kinds = Object.keys(when).filter((k) => !/^(path|url)$/.test(k)) as Array<keyof typeof earlyTriggers | LateKind>;
    let stops: Array<() => void> | undefined;
    const stop = () => {
      stops?.forEach((s) => s());
      stops = undefined;
    };
    // The late kinds come in their own chunk, which the prompt chunk loads (only pages that use one pay for it):
    // fetched after start-up, like the chunk, and started once both are here and the config is checked, unless
    // stopped before (a visitor who may not be asked never fetches them).
    const late = (k: LateKind, fire: (c?: object) => void) => {
      let off: (() => void) | undefined | 0;
      const go = () =>
        off ??
        validate()
          .then((ui) => ui.lateTriggers())
          .then((t) => off ?? (off = guard(k + ' trigger', t[k] as Start)(when[k], fire)))
          // Each chunk reports its own failure to load.
          .catch(() => {});
      started == 2 ? go() : later.push(go);
      return () => {
        if (off) off();
        off = 0;
      };
    };
    const check = () => {
      if (!gateOpen(tp)) {
        armed.delete(tp);
        stop();
        status[tp.id] = ['path', location.pathname];
        if (current?.tp == tp && !current.unmount) current = undefined;
      } else if (!stops) {
        // Armed after start-up (SPA navigation): who may be asked is checked now; one who may not settles it.
        if (started && ruledOut(tp)) return;
        const left = new Set(kinds);
        const context = {};
        status[tp.id] = ['when', JSON.stringify(when)];
        armed.add(tp);
        // Have the chunk ready.
        if (started) validate().catch(() => {});
        stops = kinds.map((k) => {
          const fire = (ctx?: object) => {
            left.delete(k);
            Object.assign(context, ctx);
            left.size || request(tp, context);
          };
          return k in earlyTriggers ? (earlyTriggers[k as keyof typeof earlyTriggers] as Start)(when[k], fire) : late(k as LateKind, fire);
        });
        left.size || request(tp);
      }
    };
    const offNav = when.path || when.url ? onNavigate(guard('navigation', check)) : undefined;
    disarm.set(tp, () => {
      stop();
      offNav?.();
    });
    check();
  };

  const teardown = () => {
    disarm.forEach((off) => off());
    soon?.();
    armed = new Set();
    close();
    out?.destroy();
    out = config = ready = soon = started = undefined;
    later = [];
    queue = [];
    fired = [];
    status = {};
    disarm = new Map();
  };

  /** Says once why `Moments.show(id)` did not show, in the words of `explain()`. */
  const warn = (id: string, why: Reason) =>
    loaders
      .explain()
      .then((m) => m.describe(why), () => why)
      .then((words) => report(`show("${id}"): ${words}`, 'warn'));

  // Prose lives in the explain chunk: only a broken config or a wrong id pays for loading it.
  const say = (words: (m: ExplainModule) => string[]) =>
    loaders.explain().then(
      (m) => words(m).map((w) => report(w)),
      () => report('invalid config'),
    );

  const find = (id: string, what: string) => {
    const tp = config?.touchpoints.find((t) => t.id == id);
    const bad = config?.invalid?.[id];
    const text = `${what}("${id}"): no such touchpoint`;
    if (!tp) bad ? say((m) => [`${text} (${m.describe(['invalid', ...bad])})`]) : report(text);
    return tp;
  };

  const api: MomentsAPI = {
    init(input) {
      teardown();
      // Own keys only, so a page's Object.prototype.when (or any other field) never reaches a touchpoint.
      raw = ownCopy(input);
      const given = (isObj(raw) ? raw : {}) as Config;
      loaders.assets?.(given.assetsUrl);
      // Unvalidated until the prompt chunk is here: the frequency defaults, and the touchpoints that are objects.
      const c = (config = Object.assign(Object.create(null), FREQUENCY, given, {
        touchpoints: Array.isArray(given.touchpoints) ? given.touchpoints.filter(isObj) : [],
      }) as ResolvedConfig);
      rules = createEligibility(c, local, session);
      // A config that is no object at all is reported at once.
      if (given != raw) load().catch(() => {});
      // Triggers listen from the start (an event cannot be heard later); who may be asked is read on idle, and
      // a trigger that fires before then is checked when it fires.
      for (const tp of c.touchpoints) tp.when ? arm(tp) : (status[tp.id] = ['manual']);
      soon = idle(startup);
    },
    show(id, context) {
      const tp = find(id, 'show');
      if (tp) request(tp, context, true);
    },
    preview(id) {
      const tp = find(id, 'preview');
      if (tp) close(), display(tp, undefined, true);
    },
    on(type, listener) {
      const entry: [string, Listener] = [type, listener];
      listeners.add(entry);
      return () => void listeners.delete(entry);
    },
    consent(granted) {
      rules?.consent(granted);
      if (granted) for (const id in status) if (status[id][0] == 'consent') api.show(id);
    },
    async explain() {
      if (soon) startup();
      if (config) await validate().catch(() => {});
      return (await loaders.explain()).statuses(status);
    },
    destroy() {
      teardown();
      listeners.clear();
    },
  };
  return api;
}
