import type { Config, Touchpoint } from './types';
import { FREQUENCY } from './defaults';
import { doc } from './doc';

/**
 * One config problem, compact (the lazily loaded explain chunk words it, so the eager drop-in carries no prose):
 * where (`undefined` top level, a touchpoint's id, or its index when it has none), the field (a sink's index for
 * sink problems), and a code: a field spec code (the field must be that; see SPECS), or `?` unknown field,
 * `!` missing, `2` duplicate id, `w` empty when, `i` inline without container, `O` not an object,
 * `{` config not an object, `S` bad sink, `U` sink without url (none of these is a spec code).
 */
export type Problem = [where: string | number | undefined, field: string | number, code: string];

/** A config after validation: only valid touchpoints, with defaults filled in. */
export interface ResolvedConfig extends Omit<Config, 'touchpoints'> {
  touchpoints: Touchpoint[];
  /** Touchpoint ids ruled out by invalid config, with the first problem ([field, code]). */
  invalid: Record<string, [field: string | number, code: string]>;
  /** Every problem found, in order (the engine has the explain chunk print one `console.error` each). */
  problems: Problem[];
  maxPromptsPerSession: number;
  minGapMinutes: number;
  dismissCooldownDays: number;
}

// Field specs in a compact notation, since every byte here is paid on every page view:
// s non-empty string, b boolean, o object, l list, c CSS selector, r regular expression,
// n<min>,<max> number range, e<a|b> one of (the word false stands for the boolean);
// special checks: C context, R request, F followUp, K contact, T thanks.
const PLACEMENTS = 'ebottom-right|bottom-left|top-right|top-left';
export const SPECS = {
  top: `$schema s assetsUrl s endpoint s sinks l touchpoints l theme elight|dark|auto locale s text o placement ${PLACEMENTS} maxPromptsPerSession n0,1000 minGapMinutes n0,99999 dismissCooldownDays n0,3650 overlap edrop|queue requireConsent b respectDoNotTrack b context C nonce s redact o keepQuery b`,
  touchpoint: `id s stage s question s scale ethumbs|emoji5|stars5|nps|csat when o sample n0,1 once esession|visitor|false cooldownDays n0,3650 priority n-999999,999999 followUp F contact K thanks T maxLength n1,5000 placement ${PLACEMENTS}|inline container c text o redact o`,
  when: 'path s url r selector c click c submit c event s request R delayMs n0,86400000 scrollPercent n0,100 exitIntent b idleMs n0,86400000',
};
type Spec = Record<string, string>;
// Split, not a regular expression: a page's first `replace` with a callback cost about 1 ms per spec here.
const parse = (s: string, out: Spec = Object.create(null), w = s.split(' ')): Spec => {
  for (let i = 0; i < w.length; i += 2) out[w[i]] = w[i + 1];
  return out;
};
const TOP = parse(SPECS.top);
const TOUCHPOINT = parse(SPECS.touchpoint);
const WHEN = parse(SPECS.when);

const isObj = (v: unknown): v is Record<string, any> => !!v && typeof v == 'object' && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v == 'string' && !!v.trim();
const tries = (f: () => unknown) => {
  try {
    return f(), 1;
  } catch {}
};
const KINDS: Record<string, (v: any, arg: string) => unknown> = {
  s: isStr,
  b: (v) => typeof v == 'boolean',
  o: isObj,
  l: Array.isArray,
  c: (v) => isStr(v) && tries(() => doc('createDocumentFragment').call(document).querySelector(v)),
  r: (v) => isStr(v) && tries(() => RegExp(v)),
  n: (v, a) => typeof v == 'number' && v >= +a.split(',')[0] && v <= +a.split(',')[1],
  // Objects are no enum value (and a prototype-less one cannot even become a string).
  e: (v, a) => typeof v != 'number' && typeof v != 'object' && a.split('|').includes(String(v)),
  C: (v) => isObj(v) || typeof v == 'function',
  R: (v) => isObj(v) && isStr(v.url) && (v.status == null || (typeof v.status != 'object' && /^([<>]=?|=)?\d{3}$/.test(v.status))),
  T: (v) => v === false || (isObj(v) && (v.link == null || (isObj(v.link) && isStr(v.link.href) && isStr(v.link.text)))),
  K: (v) => isObj(v) && typeof v.min == 'number' && typeof v.max == 'number' && (v.question == null || isStr(v.question)),
  F: (v) =>
    Array.isArray(v) &&
    v.every((f) => isObj(f) && typeof f.min == 'number' && typeof f.max == 'number' && (f.reasons ? Array.isArray(f.reasons) && f.reasons.length && f.reasons.every(isStr) : f.comment)),
};

/**
 * Validates a config. Each problem is recorded in `problems` (the engine reports each once with `console.error`,
 * naming the touchpoint and field); a touchpoint with any problem is left out, the valid rest keeps working,
 * bad top-level fields fall back to defaults.
 * @example const config = resolveConfig(JSON.parse(script.textContent));
 */
export function resolveConfig(input: unknown): ResolvedConfig {
  const problems: Problem[] = [];
  const add = (where: Problem[0], field: Problem[1], code: string) => problems.push([where, field, code]);
  // Copies the valid fields of `value` into `out` and records the problems of the others.
  const check = (value: Record<string, any>, spec: Spec, where?: string | number, prefix = '', out: Record<string, any> = {}) => {
    for (const key of Object.keys(value)) {
      const code = spec[key];
      const v = value[key];
      if (!code) add(where, prefix + key, '?');
      else if (KINDS[code[0]](v, code.slice(1))) out[key] = v;
      else if (v !== undefined) add(where, prefix + key, code);
    }
    return out;
  };
  const raw = isObj(input) ? input : (add(undefined, '', '{'), {});
  // Without a prototype: an Object.prototype.placement must be no default for every touchpoint.
  const config = check(raw, TOP, undefined, '', Object.assign(Object.create(null), FREQUENCY, { touchpoints: [], sinks: [] }));

  const touchpoints: Touchpoint[] = [];
  const invalid: ResolvedConfig['invalid'] = Object.create(null);
  const seen = (id: string) => touchpoints.some((t) => t.id == id);
  config.touchpoints.forEach((tp: any, i: number) => {
    const n = problems.length;
    const where = isObj(tp) && isStr(tp.id) ? tp.id : i;
    if (!isObj(tp)) add(i, '', 'O');
    else {
      check(tp, TOUCHPOINT, where);
      for (const key of 'id question scale'.split(' ')) if (tp[key] == null) add(where, key, '!');
      if (seen(tp.id)) add(where, tp.id, '2');
      if (isObj(tp.when)) {
        check(tp.when, WHEN, where, 'when.');
        if (!Object.keys(tp.when).length) add(where, 'when', 'w');
      }
      if ((tp.placement ?? config.placement) == 'inline' && !tp.container) add(where, 'container', 'i');
    }
    if (n == problems.length) touchpoints.push(tp);
    else if (where === tp.id && !seen(tp.id)) invalid[tp.id] = problems[n].slice(1) as [string, string];
  });

  config.sinks = config.sinks.filter(
    (s: any, i: number) =>
      typeof s == 'function' ||
      (isObj(s) && typeof s.send == 'function') ||
      (!isObj(s) || !/^(http|cloudevents|console|dataLayer|gtag|segment|posthog)$/.test(s.type)
        ? !add(undefined, i, 'S')
        : !/http|cloudevents/.test(s.type) || isStr(s.url) || !add(undefined, i, 'U')),
  );

  // Without a prototype (see `config` above), like the engine's copy of the input.
  return Object.assign(config, { touchpoints, invalid, problems }) as ResolvedConfig;
}
