/**
 * The PostgreSQL schema, one entry per version (recorded in `moments_schema`). Append new
 * versions; never edit an applied one. Rollup rows carry a `shard` so replicas that add to the
 * same day and touchpoint at once update different rows instead of queueing on one row lock.
 */
export declare const pgMigrations: string[];
