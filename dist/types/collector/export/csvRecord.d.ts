import type { MomentEvent } from '../../core/types.js';
/** The export's CSV columns, one per event field (`contact_email` is `contact.email`); `context` and `reasons` hold JSON. */
export declare const CSV_COLUMNS: readonly ['id', 'time', 'type', 'touchpoint', 'stage', 'moment', 'page_path', 'page_title', 'visitor', 'scale', 'value', 'reasons', 'comment', 'contact_email', 'dropped', 'preview', 'context'];
/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. Text
 * that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a
 * leading `'`, so a comment like `=HYPERLINK(…)` stays text when the file is opened.
 * @example
 * csvField('say "hi", then =1+1') // '"say ""hi"", then =1+1"'
 * csvField('=1+1') // "'=1+1"
 */
export declare function csvField(value: string | number | boolean | null | undefined): string;
/** The header line, CRLF-terminated as RFC 4180 says. */
export declare const CSV_HEADER: string;
/**
 * One event as a CSV record (CRLF-terminated), in {@link CSV_COLUMNS} order.
 * @example
 * res.write(CSV_HEADER + events.map(csvRecord).join(''));
 */
export declare function csvRecord(e: MomentEvent): string;
