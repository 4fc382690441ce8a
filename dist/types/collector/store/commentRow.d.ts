import type { CommentRow } from './store.js';
/** The columns both stores select for a comment. */
export interface CommentColumns {
    id: string;
    time: string | Date;
    touchpoint: string;
    moment: string;
    comment: string;
    page_path: string;
    page_title: string;
    context: string | Record<string, unknown> | null;
    scale: string | null;
    value: number | null;
    reasons: string | string[] | null;
}
/** Turns selected comment columns (text JSON in SQLite, parsed JSON in PostgreSQL) into a {@link CommentRow}. */
export declare function commentRow(c: CommentColumns): CommentRow;
