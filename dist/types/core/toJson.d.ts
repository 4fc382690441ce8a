/**
 * `JSON.stringify` that no page prototype can change: arrays and objects are written from their own items and keys,
 * never through a `toJSON` a page hung on `Array.prototype` or `Object.prototype` (Prototype.js turns arrays into
 * strings that way). A toJSON of the value's own kind (a `Date`'s) is honoured; cycles throw a TypeError, like
 * `JSON.stringify`; `undefined`, functions and symbols are left out (`null` in arrays).
 * @example toJson({ events: [event] }) // → '{"events":[{…}]}' even with Array.prototype.toJSON defined
 */
export declare function toJson(value: unknown, key?: string, seen?: unknown[]): string | undefined;
