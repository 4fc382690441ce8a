/**
 * The number of bytes of a text in UTF-8, counted the same way in the browser and in Node (a lone surrogate
 * counts as the 3 bytes of U+FFFD it is encoded as). Both sides use it for limits given in bytes.
 * @example utf8Length('お') // 3
 */
export declare function utf8Length(text: string): number;
