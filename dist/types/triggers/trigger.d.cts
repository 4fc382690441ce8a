/**
 * A trigger kind: starts watching for its moment and calls `fire` (with optional JSON context) when it comes.
 * Returns `stop`, which removes every listener, observer and timer the trigger added. A trigger may fire more
 * than once; the engine stops it after the touchpoint is settled.
 */
export type Trigger<O> = (options: O, fire: (context?: Record<string, unknown>) => void) => () => void;
