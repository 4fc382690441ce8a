import type { Config, Touchpoint } from './types';
import { report } from './report';

/** A config after validation: only valid touchpoints, with defaults filled in. */
export interface ResolvedConfig extends Omit<Config, 'touchpoints'> {
  touchpoints: Touchpoint[];
  /** Touchpoint ids ruled out by invalid config, with the first problem. */
  invalid: Record<string, string>;
  maxPromptsPerSession: number;
  minGapMinutes: number;
  dismissCooldownDays: number;
}

// Field specs in a compact notation, since every byte here is paid on every page view:
// s non-empty string, b boolean, o object, l list, c CSS selector, r regular expression,
// n<min>,<max> number range, e<a|b> one of (the word false stands for the boolean), x<name> a special check.
const PLACEMENTS = 'ebottom-right|bottom-left|top-right|top-left';
export const SPECS = {
  top: `$schema s endpoint s sinks l touchpoints l theme elight|dark|auto locale s text o placement ${PLACEMENTS} maxPromptsPerSession n0,1000 minGapMinutes n0,99999 dismissCooldownDays n0,3650 overlap edrop|queue requireConsent b respectDoNotTrack b context xcontext nonce s redact o keepQuery b`,
  touchpoint: `id s question s scale ethumbs|emoji5|stars5|nps|csat when o sample n0,1 once esession|visitor|false cooldownDays n0,3650 priority n-999999,999999 followUp xfollowUp thanks xthanks maxLength n1,5000 placement ${PLACEMENTS}|inline container c text o redact o`,
  when: 'path s url r selector c click c submit c event s request xrequest delayMs n0,86400000 scrollPercent n0,100 exitIntent b idleMs n0,86400000',
};
type Spec = Record<string, string>;
const parse = (s: string): Spec => {
  const out: Spec = {};
  const w = s.split(' ');
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
  } catch {
    return 0;
  }
};
const SPECIAL: Record<string, [(v: any) => unknown, string]> = {
  context: [(v) => isObj(v) || typeof v == 'function', 'an object or a function'],
  request: [(v) => isObj(v) && isStr(v.url) && (v.status == null || /^([<>]=?|=)?\d{3}$/.test(v.status)), '{ url, status? } with status like ">=400"'],
  followUp: [
    (v) =>
      Array.isArray(v) &&
      v.every((f) => isObj(f) && typeof f.min == 'number' && typeof f.max == 'number' && (f.reasons ? Array.isArray(f.reasons) && f.reasons.length && f.reasons.every(isStr) : f.comment)),
    'a list of { min, max, question?, reasons? | comment? }',
  ],
  thanks: [(v) => v === false || (isObj(v) && (v.link == null || (isObj(v.link) && isStr(v.link.href) && isStr(v.link.text)))), 'false or { text?, link?: { href, text }, closeAfterMs? }'],
};

/** Checks one value against a spec code; returns what it must be, or undefined when it is fine. */
function expect(code: string, v: any): string | undefined {
  const kind = code[0];
  const arg = code.slice(1);
  if (kind == 'x') return SPECIAL[arg][0](v) ? undefined : SPECIAL[arg][1];
  if (kind == 'n') {
    const [min, max] = arg.split(',').map(Number);
    return typeof v == 'number' && v >= min && v <= max ? undefined : `a number from ${min} to ${max}`;
  }
  if (kind == 'e') {
    const list = arg.split('|');
    return list.includes(String(v)) && typeof v != 'number' ? undefined : 'one of ' + list.join(', ');
  }
  const [ok, what] = {
    s: [isStr(v), 'a non-empty string'],
    b: [typeof v == 'boolean', 'true or false'],
    o: [isObj(v), 'an object'],
    l: [Array.isArray(v), 'a list'],
    c: [isStr(v) && tries(() => document.createDocumentFragment().querySelector(v)), 'a valid CSS selector'],
    r: [isStr(v) && tries(() => RegExp(v)), 'a valid regular expression'],
  }[kind]!;
  if (!ok) return what as string;
}

/** The problems of `value` against `spec`: "field must be …" or "unknown field …". */
function problems(value: Record<string, unknown>, spec: Spec, prefix = ''): string[] {
  const out: string[] = [];
  for (const key in value) {
    const what = spec[key] ? value[key] !== undefined && expect(spec[key], value[key]) : 0;
    if (what === 0) out.push(`unknown field "${prefix}${key}"`);
    else if (what) out.push(`${prefix}${key} must be ${what}`);
  }
  return out;
}

/**
 * Validates a config. Each problem is reported once with `console.error`, naming the touchpoint and field;
 * a touchpoint with any problem is left out, the valid rest keeps working, bad top-level fields fall back to defaults.
 * @example const config = resolveConfig(JSON.parse(script.textContent));
 */
export function resolveConfig(input: unknown): ResolvedConfig {
  const raw: Record<string, any> = isObj(input) ? input : {};
  if (raw != input) report('config must be an object with "touchpoints"');
  const config: Record<string, any> = { maxPromptsPerSession: 2, minGapMinutes: 2, dismissCooldownDays: 30, touchpoints: [], sinks: [] };
  for (const key in raw) if (TOP[key] && !expect(TOP[key], raw[key])) config[key] = raw[key];
  for (const p of problems(raw, TOP)) report('config: ' + p);

  const touchpoints: Touchpoint[] = [];
  const invalid: Record<string, string> = {};
  const seen = new Set<string>();
  config.touchpoints.forEach((tp: any, i: number) => {
    const named = isObj(tp) && isStr(tp.id);
    let list = ['must be an object'];
    if (isObj(tp)) {
      list = problems(tp, TOUCHPOINT);
      for (const key of ['id', 'question', 'scale']) if (tp[key] == null) list.push(key + ' is missing');
      if (seen.has(tp.id)) list.push(`id "${tp.id}" is used twice`);
      if (isObj(tp.when)) {
        list.push(...problems(tp.when, WHEN, 'when.'));
        if (!Object.keys(tp.when).length) list.push('when names nothing (omit it to show only through Moments.show)');
      }
      if ((tp.placement ?? config.placement) == 'inline' && !tp.container) list.push('container is missing (needed by placement "inline")');
    }
    for (const p of list) report((named ? `touchpoint "${tp.id}": ` : `touchpoints[${i}]: `) + p);
    if (!list.length) seen.add(tp.id), touchpoints.push(tp);
    else if (named && !seen.has(tp.id)) invalid[tp.id] = list[0];
  });

  config.sinks = config.sinks.filter((s: any, i: number) => {
    const bad =
      typeof s == 'function' || (isObj(s) && typeof s.send == 'function')
        ? ''
        : !isObj(s) || !/^(http|cloudevents|console|dataLayer|gtag|segment|posthog)$/.test(s.type)
          ? 'must be a function, { name, send } or { type: http | cloudevents | console | dataLayer | gtag | segment | posthog }'
          : /http|cloudevents/.test(s.type) && !isStr(s.url)
            ? 'url must be a non-empty string'
            : '';
    if (bad) report(`sinks[${i}] ${bad}`);
    return !bad;
  });

  return { ...config, touchpoints, invalid } as ResolvedConfig;
}
