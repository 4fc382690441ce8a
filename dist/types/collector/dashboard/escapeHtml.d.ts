/** Escapes text for HTML text and quoted attribute values; everything from an event goes through it. */
export declare function escapeHtml(value: unknown): string;
