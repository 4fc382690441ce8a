/**
 * How SQLite keeps event and moment ids. Widgets send random UUIDs (`crypto.randomUUID()`); as
 * 36-character text they made the unique index on `events.id` (and the `moments` key) twice as big
 * as needed, and random keys dirty about one index page per event, all written to the WAL at each
 * commit. A canonical lowercase UUID is therefore stored as its 16 bytes (a BLOB); any other id
 * stays text. The mapping is one to one (a text id is never a canonical UUID, and a BLOB never
 * equals a text in SQLite), so uniqueness and duplicate detection are unchanged, and among UUIDs the
 * bytes sort like the text.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HEX = '[0-9a-f]';

/** A GLOB matching exactly the canonical lowercase UUIDs (for SQL migrations). */
export const UUID_GLOB = [8, 4, 4, 4, 12].map((n) => HEX.repeat(n)).join('-');

/** The stored key of an id: 16 bytes for a canonical lowercase UUID, else the text itself. */
export function idKey(id: string): string | Buffer {
  if (id.length !== 36 || !UUID.test(id)) return id;
  return Buffer.from(id.slice(0, 8) + id.slice(9, 13) + id.slice(14, 18) + id.slice(19, 23) + id.slice(24), 'hex');
}

/** The id a stored key stands for (inverse of {@link idKey}). */
export function idText(key: string | Uint8Array): string {
  if (typeof key === 'string') return key;
  const h = Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
