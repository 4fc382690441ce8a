/**
 * A copy of a config that no page prototype can add to: plain objects are copied, own enumerable keys only, into
 * objects without a prototype, so a page's `Object.prototype.when = {…}` (or `.assetsUrl`, `.placement`…) is never
 * read as a field; arrays are copied too. Functions, class instances (sink objects) and anything deeper than 20
 * levels (a cycle) stay as they are.
 * @example const config = ownCopy(JSON.parse(script.textContent));
 */
export function ownCopy<T>(value: T, depth = 20): T {
  if (Array.isArray(value) && depth) return value.map((item) => ownCopy(item, depth - 1)) as T;
  // Plain objects only (also leaves primitives, functions, instances and other windows' objects as they are).
  if (!depth || (value as { constructor?: unknown } | null)?.constructor != Object) return value;
  const copy = Object.create(null);
  for (const key of Object.keys(value as object)) copy[key] = ownCopy((value as Record<string, unknown>)[key], depth - 1);
  return copy;
}
