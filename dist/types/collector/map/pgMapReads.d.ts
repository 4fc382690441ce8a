import type { Pool } from 'pg';
import type { CommentRow } from '../store/store.js';
import type { CommentQuery } from './commentQuery.js';
import { type ContactRequest } from './contactRequest.js';
/**
 * The map's reads on PostgreSQL; see `sqliteMapReads` for what they return.
 * @example
 * const { touchpointOrder } = pgMapReads(pool);
 */
export declare function pgMapReads(pool: Pool): {
    touchpointOrder(): Promise<{
        touchpoint: string;
        firstDay: string;
        stage: string | null;
    }[]>;
    miseryComments(q: CommentQuery): Promise<CommentRow[]>;
    contactRequests(q: CommentQuery): Promise<ContactRequest[]>;
};
