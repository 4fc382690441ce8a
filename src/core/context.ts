import { report } from './report';
import { toJson } from './toJson';

/** Largest serialised context kept per moment. */
export const MAX_CONTEXT_BYTES = 2048;

/**
 * Keeps only a JSON-serialisable plain object of at most 2 KB; anything else is dropped with a warning.
 * @example cleanContext({ order: 'A-1042' }) // → { order: 'A-1042' }
 */
export function cleanContext(value: unknown, where: string): Record<string, unknown> | undefined {
  if (value == null) return;
  let json: string | undefined;
  try {
    json = toJson(value);
  } catch {
    /* cycles, BigInt */
  }
  if (!json || json[0] != '{') report(`${where}: context must be a JSON object; dropped`, 'warn');
  else if (json.length > MAX_CONTEXT_BYTES) report(`${where}: context is over ${MAX_CONTEXT_BYTES} bytes; dropped`, 'warn');
  else return JSON.parse(json);
}
