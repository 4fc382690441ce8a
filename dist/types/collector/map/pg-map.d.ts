import type { Pool } from 'pg';
import type { CommentRow } from '../store.js';
import type { CommentQuery } from './comment-query.js';
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
};
