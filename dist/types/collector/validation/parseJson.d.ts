/** The outcome of {@link parseJson}: the value, or the problem in words. */
export type ParsedJson = {
    ok: true;
    value: unknown;
} | {
    ok: false;
    error: string;
};
/** Deepest nesting of arrays and objects a body may have: the batch, an event and a context need 4. */
export declare const MAX_JSON_DEPTH = 32;
/**
 * `JSON.parse` for untrusted bodies: refuses nesting deeper than `maxDepth` (no stack overflow
 * later), numbers that overflow (`1e400` would become `null` when stored) and lone surrogates
 * (`"\ud800"` would be stored as invalid UTF-8). Refuses rather than normalises, so what is stored
 * is exactly what was sent.
 * @example
 * parseJson('{"a":1e400}'); // { ok: false, error: 'a is a number too large for JSON (it would be stored as null)' }
 */
export declare function parseJson(text: string, maxDepth?: number): ParsedJson;
