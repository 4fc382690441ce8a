import type { MomentEvent } from '../../core/types';

/** The export's CSV columns, one per event field (`contact_email` is `contact.email`); `context` and `reasons` hold JSON. */
export const CSV_COLUMNS = [
  'id', 'time', 'type', 'touchpoint', 'stage', 'moment', 'page_path', 'page_title', 'visitor',
  'scale', 'value', 'reasons', 'comment', 'contact_email', 'dropped', 'preview', 'context',
] as const;

// Spreadsheets run a cell starting with one of these as a formula (CSV injection), tab and CR included.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. Text
 * that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a
 * leading `'`, so a comment like `=HYPERLINK(…)` stays text when the file is opened.
 * @example
 * csvField('say "hi", then =1+1') // '"say ""hi"", then =1+1"'
 * csvField('=1+1') // "'=1+1"
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header line, CRLF-terminated as RFC 4180 says. */
export const CSV_HEADER = `${CSV_COLUMNS.join(',')}\r\n`;

/**
 * One event as a CSV record (CRLF-terminated), in {@link CSV_COLUMNS} order.
 * @example
 * res.write(CSV_HEADER + events.map(csvRecord).join(''));
 */
export function csvRecord(e: MomentEvent): string {
  return [
    csvField(e.id),
    csvField(e.time),
    csvField(e.type),
    csvField(e.touchpoint),
    csvField(e.stage),
    csvField(e.moment),
    csvField(e.page.path),
    csvField(e.page.title),
    csvField(e.visitor),
    csvField(e.rating?.scale),
    csvField(e.rating?.value),
    csvField(e.reasons === undefined ? undefined : JSON.stringify(e.reasons)),
    csvField(e.comment),
    csvField(e.contact?.email),
    csvField(e.dropped),
    csvField(e.preview === true),
    csvField(e.context === undefined ? undefined : JSON.stringify(e.context)),
  ].join(',') + '\r\n';
}
