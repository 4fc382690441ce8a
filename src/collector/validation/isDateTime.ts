const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * The batch schema's `date-time` format: an RFC 3339 date and time that is also a real date. Given to the
 * generated validator inline, so the collector needs neither ajv nor ajv-formats at run time.
 * @example isDateTime('2026-12-04T17:00:00Z') // true
 */
export function isDateTime(text: string): boolean {
  return DATE_TIME.test(text) && !Number.isNaN(Date.parse(text));
}
