/**
 * Resolves in a later task, so the work after it does not lengthen the task that awaited it (a host page's
 * input and rendering can run between the two). The timer calls a function of ours rather than `resolve` itself, so a
 * trace names the task as Moments' (bench/tasks.mjs).
 * @example await nextTask(); render(prompt, root);
 */
export declare const nextTask: () => Promise<void>;
