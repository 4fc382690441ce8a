/**
 * The SQLite schema, one entry per version (`PRAGMA user_version` records the last applied).
 * Append new versions; never edit an applied one.
 */
export declare const sqliteMigrations: string[];
