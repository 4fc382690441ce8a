/** A JSON key-value store that never throws. */
export interface Storage {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  remove(key: string): void;
}

/**
 * localStorage (or sessionStorage) with an in-memory fallback when it is blocked, full or missing.
 * Storage that works is the truth (another tab may have changed or removed a key); memory answers only for
 * keys whose last write failed, or when storage cannot be read at all.
 * @example const local = createStorage('localStorage'); local.set('moments:v', id);
 */
export function createStorage(kind: 'localStorage' | 'sessionStorage'): Storage {
  const memory = new Map<string, string | null>();
  const failed = new Set<string>();
  // globalThis[kind] throws (SecurityError) when storage is disabled.
  const write = (key: string, raw: string | null) => {
    memory.set(key, raw);
    try {
      raw == null ? globalThis[kind].removeItem(key) : globalThis[kind].setItem(key, raw);
      failed.delete(key);
    } catch {
      failed.add(key); // quota exceeded or blocked: memory keeps it for this page
    }
  };
  return {
    get(key) {
      let raw = memory.get(key);
      try {
        if (!failed.has(key)) raw = globalThis[kind].getItem(key);
      } catch {}
      try {
        return JSON.parse(raw!) ?? undefined;
      } catch {}
    },
    set: (key, value) => write(key, JSON.stringify(value)),
    remove: (key) => write(key, null),
  };
}
