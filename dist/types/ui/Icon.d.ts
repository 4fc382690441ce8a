import type { Scale } from '../core/types.js';
/**
 * The picture of option `i` on an icon scale (thumbs, emoji5, stars5); decorative, the button carries the name.
 * @example <Icon scale="emoji5" i={0} />
 */
export declare function Icon({ scale, i }: {
    scale: Scale;
    i: number;
}): import("preact").JSX.Element;
