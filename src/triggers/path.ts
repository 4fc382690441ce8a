/**
 * Whether `pathname` matches `glob` as a whole: `*` is any run of characters (including `/`), the rest is literal.
 * @example
 * pathMatches('/checkout*', '/checkout/pay'); // true
 */
export function pathMatches(glob: string, pathname: string): boolean {
  // Escaping every non-word character is a valid identity escape outside unicode mode; then `\*` becomes `.*`.
  return RegExp('^' + glob.replace(/\W/g, '\\$&').replace(/\\\*/g, '.*') + '$').test(pathname);
}
