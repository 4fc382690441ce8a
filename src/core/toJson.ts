/**
 * `JSON.stringify` that no page prototype can change: arrays and plain objects are written from their own items and
 * keys, never through a `toJSON` a page hung on `Array.prototype` or `Object.prototype` (Prototype.js turns arrays
 * into strings that way). Other objects' own `toJSON` (a `Date`) is honoured; cycles throw a TypeError, like
 * `JSON.stringify`; `undefined`, functions and symbols are left out (`null` in arrays).
 * @example toJson({ events: [event] }) // → '{"events":[{…}]}' even with Array.prototype.toJSON defined
 */
export function toJson(value: unknown, key = '', seen: unknown[] = []): string | undefined {
  if (value && typeof value == 'object') {
    const proto = Object.getPrototypeOf(value);
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON == 'function' && proto != Object.prototype && proto != Array.prototype && proto) value = toJSON.call(value, key);
  }
  // Primitives never consult a prototype's toJSON; neither do the objects left here, wrapped primitives aside.
  if (!value || typeof value != 'object') return typeof value == 'function' ? undefined : JSON.stringify(value);
  for (let i = 0; i < seen.length; i++) if (seen[i] === value) throw TypeError('cyclic value');
  seen[seen.length] = value;
  let out = '';
  const list = Array.isArray(value);
  const keys = list ? (value as unknown[]) : Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const name = list ? '' + i : (keys[i] as string);
    const item = toJson((value as Record<string, unknown>)[name], name, seen);
    if (list) out += (i ? ',' : '') + (item ?? 'null');
    else if (item !== undefined) out += (out ? ',' : '') + JSON.stringify(name) + ':' + item;
  }
  seen.length--;
  return list ? '[' + out + ']' : '{' + out + '}';
}
