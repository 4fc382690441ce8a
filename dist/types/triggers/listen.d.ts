/**
 * Adds a capturing, passive listener for each space-separated event type and returns the function removing them.
 * @example
 * const off = listen(window, 'scroll resize', check); // … later: off();
 */
export declare function listen(target: EventTarget, types: string, fn: (e: any) => void): () => void;
/** Runs `fn` after `ms` (default: on the next task, so nothing fires before its caller holds `stop`); returns the cancel. */
export declare function timer(fn: () => void, ms?: number): () => void;
/** A stop that has nothing to stop. */
export declare const noop: () => void;
/** Combines stop functions into one. */
export declare const all: (...stops: Array<() => void>) => () => void[];
/**
 * A trigger firing when an event of `type` reaches the page from an element matching the selector (or inside one).
 * Heard on the window's capture phase: `document.addEventListener` can be an element (`<form name="addEventListener">`).
 */
export declare const delegate: (type: string) => (selector: string, fire: () => void) => (() => void);
