// The rating scales and the values each offers, shared by the prompt (which offers them) and the collector's
// schema (test/shared/scales.test.ts checks that src/core/moment.schema.json accepts exactly these values).

/** Every rating scale, in the order the docs list them. */
export const SCALES = ['thumbs', 'emoji5', 'stars5', 'nps', 'csat'] as const;

/** The rating scales a prompt can ask with. `thumbs` sends 0/1, `emoji5`, `stars5` and `csat` 1–5, `nps` 0–10. */
export type Scale = (typeof SCALES)[number];

/**
 * The lowest and highest value of a scale: thumbs 0–1, nps 0–10, the others 1–5.
 * @example scaleRange('nps') // [0, 10]
 */
export function scaleRange(scale: Scale): [number, number] {
  return scale == 'thumbs' ? [0, 1] : scale == 'nps' ? [0, 10] : [1, 5];
}
