/**
 * `JSON.stringify` that no page prototype can change: arrays and objects are written from their own items and keys,
 * never through a `toJSON` a page hung on `Array.prototype` or `Object.prototype` (Prototype.js turns arrays into
 * strings that way). A toJSON of the value's own kind (a `Date`'s) is honoured; cycles throw a TypeError, like
 * `JSON.stringify`; `undefined`, functions and symbols are left out (`null` in arrays).
 * @example toJson({ events: [event] }) // → '{"events":[{…}]}' even with Array.prototype.toJSON defined
 */
export function toJson(value: unknown, key = '', seen: unknown[] = []): string | undefined {
  const toJSON = value && typeof value == 'object' && (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON == 'function' && toJSON != ({} as { toJSON?: unknown }).toJSON && toJSON != ([] as { toJSON?: unknown }).toJSON)
    value = toJSON.call(value, key);
  // Primitives never consult a prototype's toJSON (functions would).
  if (!value || typeof value != 'object') return typeof value == 'function' ? undefined : JSON.stringify(value);
  for (let i = 0; i < seen.length; i++) if (seen[i] === value) throw TypeError();
  seen[seen.length] = value;
  let out = '';
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + (toJson(value[i], '' + i, seen) ?? 'null');
  else
    for (const name of Object.keys(value)) {
      const item = toJson((value as Record<string, unknown>)[name], name, seen);
      if (item !== undefined) out += (out ? ',' : '{') + JSON.stringify(name) + ':' + item;
    }
  seen.length--;
  return Array.isArray(value) ? '[' + out + ']' : (out || '{') + '}';
}
