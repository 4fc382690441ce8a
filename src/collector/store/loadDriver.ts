/** A database driver the collector needs is not installed; the CLI prints the message and exits. */
export class MissingDriverError extends Error {
  constructor(name: string, cause: unknown) {
    super(`moments-collector needs ${name}: npm install ${name}`, { cause });
    this.name = 'MissingDriverError';
  }
}

/**
 * Imports an optional peer dependency (`better-sqlite3`, `pg`) only when its store is chosen, so
 * installing the widget never compiles or downloads a database driver.
 * @example
 * const { default: Database } = await loadDriver('better-sqlite3', () => import('better-sqlite3'));
 */
export async function loadDriver<T>(name: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || /Cannot find (module|package)/.test(String(error))) {
      throw new MissingDriverError(name, error);
    }
    throw error;
  }
}
