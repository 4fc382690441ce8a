/**
 * The batch schema's `date-time` format: an RFC 3339 date and time that is also a real date. Given to the
 * generated validator inline, so the collector needs neither ajv nor ajv-formats at run time.
 * @example isDateTime('2026-12-04T17:00:00Z') // true
 */
export declare function isDateTime(text: string): boolean;
