import { report } from './report';
import { MAX_CONTEXT_BYTES } from '../shared/limits';
import { utf8Length } from '../shared/utf8Length';
import { toJson } from './toJson';

/**
 * Keeps only a JSON-serialisable plain object of at most 2048 UTF-8 bytes as JSON (the collector's limit, counted
 * the same way); anything else is dropped with a warning.
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
  else if (utf8Length(json) > MAX_CONTEXT_BYTES) report(`${where}: context is over ${MAX_CONTEXT_BYTES} bytes; dropped`, 'warn');
  else return JSON.parse(json);
}
