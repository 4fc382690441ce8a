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
export function createStorage(kind: 'localStorage' | 'sessionStorage'): Storage {
  const memory = new Map<string, string>();
  const failed = new Set<string>();
  return {
    get(key) {
      let raw: string | null | undefined = memory.get(key);
      try {
        if (!failed.has(key)) raw = globalThis[kind].getItem(key);
      } catch {}
      try {
        return JSON.parse(raw!) ?? undefined;
      } catch {}
    },
    set(key, value) {
      const raw = JSON.stringify(value);
      memory.set(key, raw);
      // globalThis[kind] throws (SecurityError) when storage is disabled.
      try {
        globalThis[kind].setItem(key, raw);
        failed.delete(key);
      } catch {
        failed.add(key); // quota exceeded or blocked: memory keeps it for this page
      }
    },
  };
}
