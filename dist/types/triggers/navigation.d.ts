/**
 * Calls `listener` after every SPA navigation (`pushState`, `replaceState`, `popstate`, `hashchange`).
 * One history hook serves the whole page; the last unsubscribe restores the originals, unless the page wrapped them
 * after us (then ours stay as pass-throughs). Returns the unsubscribe. (A function subscribed twice is one subscription.)
 * @example
 * const off = onNavigate(() => console.log(location.pathname));
 */
export declare function onNavigate(listener: () => void): () => void;
