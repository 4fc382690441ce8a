/**
 * Keeps only a JSON-serialisable plain object of at most 2048 UTF-8 bytes as JSON (the collector's limit, counted
 * the same way); anything else is dropped with a warning.
 * @example cleanContext({ order: 'A-1042' }) // → { order: 'A-1042' }
 */
export declare function cleanContext(value: unknown, where: string): Record<string, unknown> | undefined;
