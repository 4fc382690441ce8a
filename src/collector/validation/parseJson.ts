/** The outcome of {@link parseJson}: the value, or the problem in words. */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; error: string };

/** Deepest nesting of arrays and objects a body may have: the batch, an event and a context need 4. */
export const MAX_JSON_DEPTH = 32;

/** A `\uD800`–`\uDFFF` escape: the only way a lone surrogate gets into a UTF-8-checked body. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;
/** In `u` mode a well-formed pair is one code point, so this matches lone surrogates only. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * How deep `text` nests, counted on the raw text before `JSON.parse` (strings skipped), so a body
 * nested thousands of levels is refused without building it or recursing through it.
 */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > limit) return depth;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return depth;
}

/** The first value JSON can't keep as sent: a number that overflowed to ±Infinity, or a lone surrogate. */
function firstUnfaithful(value: unknown, path: string, checkStrings: boolean): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path || 'body'} is a number too large for JSON (it would be stored as null)`;
  if (typeof value === 'string') return checkStrings && LONE_SURROGATE.test(value) ? `${path || 'body'} contains a lone UTF-16 surrogate (not valid Unicode text)` : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstUnfaithful(value[i], `${path || 'body'}[${i}]`, checkStrings);
      if (found) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (checkStrings && LONE_SURROGATE.test(key)) return `${path || 'body'} has a key with a lone UTF-16 surrogate (not valid Unicode text)`;
    const found = firstUnfaithful((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, checkStrings);
    if (found) return found;
  }
  return undefined;
}

/**
 * `JSON.parse` for untrusted bodies: refuses nesting deeper than `maxDepth` (no stack overflow
 * later), numbers that overflow (`1e400` would become `null` when stored) and lone surrogates
 * (`"\ud800"` would be stored as invalid UTF-8). Refuses rather than normalises, so what is stored
 * is exactly what was sent.
 * @example
 * parseJson('{"a":1e400}'); // { ok: false, error: 'a is a number too large for JSON (it would be stored as null)' }
 */
export function parseJson(text: string, maxDepth = MAX_JSON_DEPTH): ParsedJson {
  if (nestingDepth(text, maxDepth) > maxDepth) return { ok: false, error: `body must not nest arrays and objects more than ${maxDepth} levels deep` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `body is not JSON: ${(error as Error).message}` };
  }
  const problem = firstUnfaithful(value, '', SURROGATE_ESCAPE.test(text));
  return problem ? { ok: false, error: problem } : { ok: true, value };
}
