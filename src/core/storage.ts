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
export function createStorage(kind: 'localStorage' | 'sessionStorage'): Storage {
  const memory = new Map<string, string>();
  const area = (): globalThis.Storage | undefined => {
    try {
      return globalThis[kind];
    } catch {
      return undefined; // access itself throws when storage is disabled
    }
  };
  return {
    get<T>(key: string): T | undefined {
      let raw: string | null | undefined = memory.get(key);
      try {
        raw = area()?.getItem(key) ?? raw;
      } catch {
        /* fall back to memory */
      }
      try {
        return raw == null ? undefined : (JSON.parse(raw) as T);
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      const raw = JSON.stringify(value);
      memory.set(key, raw);
      try {
        area()?.setItem(key, raw);
      } catch {
        /* quota exceeded or blocked: memory keeps it for this page */
      }
    },
    remove(key) {
      memory.delete(key);
      try {
        area()?.removeItem(key);
      } catch {
        /* ignore */
      }
    },
  };
}
