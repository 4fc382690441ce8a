import type { Scale } from '../../core/types.js';
/**
 * A moment whose customer asked to be contacted (a `moment.contact`), with what support needs to
 * recover it: the address, the rating, the moment's comment if it has one, its page and context.
 */
export interface ContactRequest {
    /** The `moment.contact` event's id. */
    id: string;
    time: string;
    touchpoint: string;
    moment: string;
    /** The address the visitor typed into the contact step's field (personal data: the map is for the team). */
    email: string;
    rating?: {
        scale: Scale;
        value: number;
    };
    /** The moment's comment (`moment.commented`), if the visitor left one. */
    comment?: string;
    page: {
        path: string;
        title: string;
    };
    context?: Record<string, unknown>;
}
/** The columns both stores select for a contact request (JSON as text in SQLite, parsed in PostgreSQL). */
export interface ContactColumns {
    id: string;
    time: string | Date;
    touchpoint: string;
    moment: string;
    email: string;
    comment: string | null;
    page_path: string;
    page_title: string;
    context: string | Record<string, unknown> | null;
    scale: string | null;
    value: number | null;
}
/**
 * Turns selected columns into a {@link ContactRequest}.
 * @example contactRequest(row).email // 'ana@example.com'
 */
export declare function contactRequest(c: ContactColumns): ContactRequest;
