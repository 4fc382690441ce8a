/** A random UUID; `crypto.randomUUID` exists only in secure contexts, so plain-http pages fall back to getRandomValues. */
export declare const uuid: () => string;
