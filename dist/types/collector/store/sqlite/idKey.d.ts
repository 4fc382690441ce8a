/** A GLOB matching exactly the canonical lowercase UUIDs (for SQL migrations). */
export declare const UUID_GLOB: string;
/** The stored key of an id: 16 bytes for a canonical lowercase UUID, else the text itself. */
export declare function idKey(id: string): string | Buffer;
/** The id a stored key stands for (inverse of {@link idKey}). */
export declare function idText(key: string | Uint8Array): string;
