// The limits of one event's fields, shared by the widget (which keeps its events inside them) and the collector
// (which refuses what is outside them). `src/core/moment.schema.json` states the same numbers for other readers;
// test/shared/limits.test.ts checks that it does. Lengths are in Unicode code points, as JSON Schema's
// `maxLength` counts them; the context is limited in UTF-8 bytes of its JSON.

/** Largest context, in UTF-8 bytes of its JSON. */
export const MAX_CONTEXT_BYTES = 2048;
/** Longest `page.title` (`document.title`), in code points. */
export const MAX_TITLE = 512;
/** Longest `page.path` (`location.pathname`, with query and fragment under `keepQuery`), in code points. */
export const MAX_PATH = 2048;
/** Longest touchpoint id, in code points. */
export const MAX_TOUCHPOINT = 100;
/** Longest comment, in code points. */
export const MAX_COMMENT = 5000;
/** Longest reason chip, in code points. */
export const MAX_REASON = 200;
/** Most reason chips on one answer. */
export const MAX_REASONS = 20;
/** Most events in one POSTed batch. */
export const MAX_BATCH = 500;
/** Largest `dropped` count of one `moments.dropped` event, so the dashboard's sums never overflow. */
export const MAX_DROPPED = 1_000_000;
