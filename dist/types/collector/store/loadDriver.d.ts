/** A database driver the collector needs is not installed; the CLI prints the message and exits. */
export declare class MissingDriverError extends Error {
    constructor(name: string, cause: unknown);
}
/**
 * Imports an optional peer dependency (`better-sqlite3`, `pg`) only when its store is chosen, so
 * installing the widget never compiles or downloads a database driver.
 * @example
 * const { default: Database } = await loadDriver('better-sqlite3', () => import('better-sqlite3'));
 */
export declare function loadDriver<T>(name: string, load: () => Promise<T>): Promise<T>;
