/** Largest serialised context kept per moment. */
export declare const MAX_CONTEXT_BYTES = 2048;
/**
 * Keeps only a JSON-serialisable plain object of at most 2 KB; anything else is dropped with a warning.
 * @example cleanContext({ order: 'A-1042' }) // → { order: 'A-1042' }
 */
export declare function cleanContext(value: unknown, where: string): Record<string, unknown> | undefined;
