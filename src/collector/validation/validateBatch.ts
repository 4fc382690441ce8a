import { batchValidator, type ValidationError } from './batchValidator';
import type { MomentEvent } from '../../core/types';
import { MAX_CONTEXT_BYTES } from '../../shared/limits';
import { utf8Length } from '../../shared/utf8Length';
import { DEFAULT_TIME_WINDOW, eventTimeProblem, type TimeWindow } from './eventTimeProblem';
import { parseJson } from './parseJson';

/** The outcome of {@link validateBatch}: the events, or the first problem in words. */
export type BatchResult = { ok: true; events: MomentEvent[] } | { ok: false; error: string };

/** A `\u0000` escape that is not itself an escaped backslash followed by `u0000`. */
const NUL_ESCAPE = /(^|[^\\])(\\\\)*\\u0000/i;

/** The batch schema, compiled at build time (scripts/validators.mjs), so ajv is no runtime dependency. */
const validator = () => batchValidator;

/** `/events/3/rating/value` → `events[3].rating.value`. */
function where(instancePath: string): string {
  if (!instancePath) return 'body';
  return instancePath
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`))
    .join('');
}

/** Ajv's first error as one line naming the field, e.g. `events[3].rating.value must be <= 10`. */
function describe(e: ValidationError): string {
  let text = `${where(e.instancePath)} ${e.message ?? 'is invalid'}`;
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'additionalProperties') text += ` ('${String(p.additionalProperty)}')`;
  else if (e.keyword === 'enum') text += ` (${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')})`;
  else if (e.keyword === 'const') text += ` (${JSON.stringify(p.allowedValue)})`;
  return text;
}

/** What {@link validateBatch} checks beyond the schema; tests pin the clock. */
export interface BatchOptions {
  /** The server's clock, ms since the epoch. Default `Date.now()`. */
  now?: number;
  /** Accepted event times around `now`. */
  timeWindow?: TimeWindow;
}

/**
 * Parses and checks one POSTed body against `event.schema.json` and `moment.schema.json` (plus the limits the
 * schema can't say: nesting depth, overflowing numbers, lone surrogates, the context's size in UTF-8 bytes,
 * counted as the widget counts it, real times near the server's clock). Names the first problem only.
 * @example
 * const r = validateBatch('{"events":[]}'); // { ok: false, error: 'events must NOT have fewer than 1 items' }
 */
export function validateBatch(body: string, options: BatchOptions = {}): BatchResult {
  const parsed = parseJson(body);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  // PostgreSQL text cannot hold U+0000; refuse it for every store so they all keep the same events.
  // includes() first: a plain substring scan, and almost every body has no such escape at all.
  if (body.includes('\\u0000') && NUL_ESCAPE.test(body)) return { ok: false, error: 'body must not contain U+0000 (\\u0000) in strings' };
  const validate = validator();
  if (!validate(data)) return { ok: false, error: describe(validate.errors![0]) };
  const events = (data as { events: MomentEvent[] }).events;
  const now = options.now ?? Date.now();
  for (let i = 0; i < events.length; i++) {
    const timeProblem = eventTimeProblem(events[i].time, now, options.timeWindow ?? DEFAULT_TIME_WINDOW);
    if (timeProblem) return { ok: false, error: `events[${i}].time ${timeProblem}` };
    const context = events[i].context;
    if (context !== undefined && utf8Length(JSON.stringify(context)) > MAX_CONTEXT_BYTES) {
      return { ok: false, error: `events[${i}].context must be at most ${MAX_CONTEXT_BYTES} bytes as JSON` };
    }
  }
  return { ok: true, events };
}
