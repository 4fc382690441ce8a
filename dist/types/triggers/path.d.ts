/**
 * Whether `pathname` matches `glob` as a whole: `*` is any run of characters (including `/`), the rest is literal.
 * @example
 * pathMatches('/checkout*', '/checkout/pay'); // true
 */
export declare function pathMatches(glob: string, pathname: string): boolean;
