import type { Database as Db } from 'better-sqlite3';
import type { CommentRow } from '../store/store.js';
import type { CommentQuery } from './commentQuery.js';
import { type ContactRequest } from './contactRequest.js';
/** A JSON path naming one top-level key, whatever characters it holds (`$."a.b"`). */
export declare const jsonKeyPath: (key: string) => string;
/**
 * The map's reads on SQLite: the first day each touchpoint was seen (from the `daily` rollup), and
 * misery comments through the comments index (and misery contact requests through theirs), newest
 * first, with optional touchpoint and context filters (a context value compares as text: `402` matches the number 402, `true` the boolean).
 * @example
 * const { miseryComments } = sqliteMapReads(db);
 * await miseryComments({ from: '2026-11-01', to: '2026-11-30', key: 'code', value: 'card_declined' });
 */
export declare function sqliteMapReads(db: Db): {
    touchpointOrder(): Promise<{
        touchpoint: string;
        firstDay: string;
        stage: string | null;
    }[]>;
    miseryComments(q: CommentQuery): Promise<CommentRow[]>;
    contactRequests(q: CommentQuery): Promise<ContactRequest[]>;
};
