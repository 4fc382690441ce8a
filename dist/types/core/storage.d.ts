/** A JSON key-value store that never throws. */
export interface Storage {
    get<T>(key: string): T | undefined;
    set(key: string, value: unknown): void;
    remove(key: string): void;
}
/**
 * localStorage (or sessionStorage) with an in-memory fallback when it is blocked, full or missing.
 * @example const local = createStorage('localStorage'); local.set('moments:v', id);
 */
export declare function createStorage(kind: 'localStorage' | 'sessionStorage'): Storage;
