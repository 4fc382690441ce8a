/** A JSON key-value store that never throws. */
export interface Storage {
    get<T>(key: string): T | undefined;
    set(key: string, value: unknown): void;
}
/**
 * localStorage (or sessionStorage) with an in-memory fallback when it is blocked, full or missing.
 * Storage that works is the truth (another tab may have changed or removed a key); memory answers only for
 * keys whose last write failed, or when storage cannot be read at all.
 * @example const local = createStorage('localStorage'); local.set('moments:v', id);
 */
export declare function createStorage(kind: 'localStorage' | 'sessionStorage'): Storage;
