/**
 * Whether the regular expression `source` matches `href`; an invalid source never matches (config validation reports it).
 * @example
 * urlMatches('[?&]plan=pro', location.href);
 */
export function urlMatches(source: string, href: string): boolean {
  try {
    return new RegExp(source).test(href);
  } catch {
    return false;
  }
}
