/** Reports a problem once per distinct message on the console; never throws. */
export declare function report(message: string, level?: 'error' | 'warn'): void;
/** Wraps an entry point so nothing it throws reaches the host page. */
export declare function guard<A extends unknown[], R>(where: string, fn: (...args: A) => R): (...args: A) => R | undefined;
