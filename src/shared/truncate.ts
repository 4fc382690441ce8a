/**
 * A text cut to at most `max` Unicode code points (what JSON Schema's `maxLength` counts), never between the two
 * halves of a surrogate pair.
 * @example truncate('🙂🙂🙂', 2) // '🙂🙂'
 */
export function truncate(text: string, max: number): string {
  // A text no longer than max in UTF-16 units is no longer in code points: most titles and paths stop here.
  return text.length > max ? Array.from(text).slice(0, max).join('') : text;
}
