/**
 * Where the drop-in's chunks load from, given by `assetsUrl` or a `data-assets` attribute: chunks resolve against
 * it like against the drop-in's own `src` (so a folder ends in `/`). Only an `https:` or same-origin URL counts
 * (never `javascript:`, `data:` or another origin's `http:`); anything else is reported once and ignored.
 * @example assetsBase('https://cdn.example.com/moments/', 'assetsUrl') // → 'https://cdn.example.com/moments/'
 */
export declare function assetsBase(value: unknown, where: string): string | undefined;
