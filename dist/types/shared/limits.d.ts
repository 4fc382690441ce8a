/** Largest context, in UTF-8 bytes of its JSON. */
export declare const MAX_CONTEXT_BYTES = 2048;
/** Longest `page.title` (`document.title`), in code points. */
export declare const MAX_TITLE = 512;
/** Longest `page.path` (`location.pathname`, with query and fragment under `keepQuery`), in code points. */
export declare const MAX_PATH = 2048;
/** Longest touchpoint id, in code points. */
export declare const MAX_TOUCHPOINT = 100;
/** Longest comment, in code points. */
export declare const MAX_COMMENT = 5000;
/** Longest reason chip, in code points. */
export declare const MAX_REASON = 200;
/** Most reason chips on one answer. */
export declare const MAX_REASONS = 20;
/** Most events in one POSTed batch. */
export declare const MAX_BATCH = 500;
/** Largest `dropped` count of one `moments.dropped` event, so the dashboard's sums never overflow. */
export declare const MAX_DROPPED = 1000000;
