/** Every rating scale, in the order the docs list them. */
export declare const SCALES: readonly ['thumbs', 'emoji5', 'stars5', 'nps', 'csat'];
/** The rating scales a prompt can ask with. `thumbs` sends 0/1, `emoji5`, `stars5` and `csat` 1–5, `nps` 0–10. */
export type Scale = (typeof SCALES)[number];
/**
 * The lowest and highest value of a scale: thumbs 0–1, nps 0–10, the others 1–5.
 * @example scaleRange('nps') // [0, 10]
 */
export declare function scaleRange(scale: Scale): [number, number];
