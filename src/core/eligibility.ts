import type { Touchpoint } from './types';
import type { ResolvedConfig } from './config';
import type { Storage } from './storage';

const DAY = 864e5;

/**
 * Why a touchpoint may not show, as a code and its data (the lazily loaded explain chunk words it, so the
 * eager drop-in carries no prose): `dnt`, `refused`, `consent`, `sample` [sample], `once` [what, time, scope],
 * `cooldown` [shown, until], `quiet` [dismissed, until], `cap` [max], `gap` [minutes]; and from the engine `busy`,
 * `waiting` and `preempted`, each with the other touchpoint's id.
 */
export type Reason = [code: string, ...data: Array<string | number>];

/** What the visitor did with a touchpoint, as epoch milliseconds. */
interface History {
  shown?: number;
  answered?: number;
  dismissed?: number;
}

/** Persisted per visitor (localStorage). */
interface VisitorState {
  /** Random visitor id: never derived from the device; made when the first event needs it. */
  v?: string;
  /** Per touchpoint, the visitor's sampling roll in [0, 1): kept, so a reload does not re-roll. */
  r: Record<string, number>;
  h: Record<string, History>;
  /** Time of the last prompt shown to this visitor (any touchpoint). */
  last?: number;
  /** Consent given (true) or refused (false) through Moments.consent. */
  c?: boolean;
}

/** Per tab session (sessionStorage): prompts shown, touchpoints answered or dismissed. */
interface SessionState {
  n: number;
  done: Record<string, 1>;
}

export interface Eligibility {
  /**
   * The visitor id, made by `make` and stored on first use (the first `crypto.randomUUID` of a page costs
   * milliseconds; the prompt chunk brings the maker, so the drop-in carries none).
   */
  visitor(make: () => string): string;
  /**
   * Why `tp` may not show now, or undefined when it may. With `arming`, stops before the session cap and the gap,
   * which may change during the page: the first sessionStorage read of a page costs a few milliseconds.
   * `beside` says how it meets a prompt on screen: one that `wait`s for it (or waited) belongs to the same moment,
   * so the gap does not hold it back; one that `replace`s an unanswered prompt takes its place, which already
   * passed the gap and counted in the session cap.
   */
  check(tp: Touchpoint, now?: number, arming?: boolean, beside?: 'wait' | 'replace'): Reason | undefined;
  /** Records what happened, for frequency rules. */
  record(tp: Touchpoint, what: keyof History, now?: number): void;
  /** Stores the visitor's consent decision. */
  consent(granted: boolean): void;
}

/**
 * Decides whether a fired touchpoint may show now: Do-Not-Track, consent, sample, once, cooldowns,
 * session cap and the gap between prompts.
 * @example const e = createEligibility(config, createStorage('localStorage'), createStorage('sessionStorage'));
 */
export function createEligibility(config: ResolvedConfig, local: Storage, session: Storage): Eligibility {
  const KEY = 'moments:state';
  const SKEY = 'moments:session';
  const load = (): VisitorState => ({ r: {}, h: {}, ...local.get<VisitorState>(KEY) });
  const loadSession = (): SessionState => ({ n: 0, done: {}, ...session.get<SessionState>(SKEY) });

  return {
    visitor(make) {
      const s = load();
      if (!s.v) (s.v = make()), local.set(KEY, s);
      return s.v!;
    },
    check({ id, sample = 1, once = 'visitor', cooldownDays = 0 }, now = Date.now(), arming, beside) {
      const s = load();
      const h = s.h[id] ?? {};
      const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
      const done = h.answered ?? h.dismissed;
      const until = (h.shown ?? 0) + cooldownDays * DAY;
      const quiet = (h.dismissed ?? 0) + config.dismissCooldownDays * DAY;
      if (config.respectDoNotTrack && (nav.doNotTrack == '1' || nav.globalPrivacyControl)) return ['dnt'];
      if (s.c === false) return ['refused'];
      if (config.requireConsent && !s.c) return ['consent'];
      if (sample < 1 && s.r[id] == null) (s.r[id] = Math.random()), local.set(KEY, s);
      if (s.r[id] >= sample) return ['sample', sample];
      if (once == 'visitor' && done) return ['once', h.answered ? 'answered' : 'dismissed', done, once];
      if (once == 'session' && loadSession().done[id]) return ['once', 'answered or dismissed', 0, once];
      if (now < until) return ['cooldown', h.shown!, until];
      if (now < quiet) return ['quiet', h.dismissed!, quiet];
      if (arming) return;
      if (beside != 'replace' && loadSession().n >= config.maxPromptsPerSession) return ['cap', config.maxPromptsPerSession];
      if (!beside && now < (s.last ?? 0) + config.minGapMinutes * 6e4) return ['gap', config.minGapMinutes];
    },
    record(tp, what, now = Date.now()) {
      const s = load();
      const ss = loadSession();
      s.h[tp.id] = { ...s.h[tp.id], [what]: now };
      if (what == 'shown') (s.last = now), ss.n++;
      else ss.done[tp.id] = 1;
      local.set(KEY, s);
      session.set(SKEY, ss);
    },
    consent(granted) {
      local.set(KEY, { ...load(), c: granted });
    },
  };
}
