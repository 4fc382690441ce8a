/**
 * A text cut to at most `max` Unicode code points (what JSON Schema's `maxLength` counts), never between the two
 * halves of a surrogate pair.
 * @example truncate('🙂🙂🙂', 2) // '🙂🙂'
 */
export declare function truncate(text: string, max: number): string;
