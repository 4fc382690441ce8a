/** A random UUID; `crypto.randomUUID` exists only in secure contexts, so plain-http pages fall back to getRandomValues. */
export const uuid = (): string =>
  crypto.randomUUID?.() ??
  // Each 0/1 becomes a random hex digit, each 8 one of 8, 9, a, b (the variant); the 4 is the version.
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) => (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (+c / 4)))).toString(16));
