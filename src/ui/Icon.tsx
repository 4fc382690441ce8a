import type { Scale } from '../core/types';

// Drawn as SVG rather than emoji or font glyphs so the prompt looks the same on every OS and font stack.
const THUMB = 'M7 10v11M7 10l4-8a3 3 0 0 1 3 3v4h5.5a2 2 0 0 1 2 2.3l-1.3 8A2 2 0 0 1 18.2 21H4a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1z';
const STAR = '12 2.5 14.9 8.6 21.5 9.3 16.6 13.8 18 20.4 12 17 6 20.4 7.4 13.8 2.5 9.3 9.1 8.6';

/**
 * The picture of option `i` on an icon scale (thumbs, emoji5, stars5); decorative, the button carries the name.
 * @example <Icon scale="emoji5" i={0} />
 */
export function Icon({ scale, i }: { scale: Scale; i: number }) {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      {scale == 'stars5' ? (
        <polygon points={STAR} />
      ) : scale == 'thumbs' ? (
        <path d={THUMB} class={i ? '' : 'down'} />
      ) : (
        <>
          <circle cx="12" cy="12" r="9.5" />
          <circle cx="8.8" cy="9.8" r="1.1" class="eye" />
          <circle cx="15.2" cy="9.8" r="1.1" class="eye" />
          <path d={`M8 ${15.5 - (i - 2) * 0.6}Q12 ${15.5 + (i - 2) * 1.6} 16 ${15.5 - (i - 2) * 0.6}`} />
        </>
      )}
    </svg>
  );
}
