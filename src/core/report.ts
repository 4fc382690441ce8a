const said = new Set<string>();

/** Reports a problem once per distinct message on the console; never throws. */
export function report(message: string, level: 'error' | 'warn' = 'error'): void {
  const text = 'Moments: ' + message;
  try {
    said.has(text) || (said.add(text), console[level](text));
  } catch {
    /* a console that throws must not break the page */
  }
}

/** Wraps an entry point so nothing it throws reaches the host page. */
export function guard<A extends unknown[], R>(where: string, fn: (...args: A) => R): (...args: A) => R | undefined {
  return (...args) => {
    try {
      return fn(...args);
    } catch (e) {
      report(`${where} failed: ${(e as Error)?.message ?? e}`);
    }
  };
}
