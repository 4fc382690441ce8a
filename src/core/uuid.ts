/** A random UUID; `crypto.randomUUID` needs a secure context, so plain-http pages fall back to getRandomValues. */
export function uuid(): string {
  const c = globalThis.crypto;
  if (c.randomUUID) try { return c.randomUUID(); } catch { /* insecure context */ }
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 15) | 64;
  b[8] = (b[8] & 63) | 128;
  const h = [...b].map((x) => (x + 256).toString(16).slice(1)).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
