/**
 * A copy of a config that no page prototype can add to: plain objects are copied, own enumerable keys only, into
 * objects without a prototype, so a page's `Object.prototype.when = {…}` (or `.assetsUrl`, `.placement`…) is never
 * read as a field; arrays are copied too. Functions, class instances (sink objects) and anything deeper than 20
 * levels (a cycle) stay as they are.
 * @example const config = ownCopy(JSON.parse(script.textContent));
 */
export declare function ownCopy<T>(value: T, depth?: number): T;
