/** A random UUID; `crypto.randomUUID` needs a secure context, so plain-http pages fall back to getRandomValues. */
export declare function uuid(): string;
