// Serves a bench page and the repository's files to a Playwright context on a made-up origin, with no server.
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';

export const ORIGIN = 'http://bench.test';
const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.css': 'text/css' };

/**
 * Routes `${ORIGIN}/**` in `context`: `pages[path]` answers first (a string is HTML, a function gets the route and
 * fulfils it itself), then files under `root` by path, else 404.
 * @example await serveRepo(context, ROOT, { '/': html, '/moments': (route) => route.fulfill({ status: 204 }) });
 */
export async function serveRepo(context, root, pages) {
  await context.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const page = pages[path];
    if (typeof page == 'function') return page(route);
    if (page != null) return route.fulfill({ contentType: 'text/html', body: page });
    try {
      await route.fulfill({ contentType: TYPES[extname(path)] ?? 'application/octet-stream', body: await readFile(join(root, path)) });
    } catch {
      await route.fulfill({ status: 404 });
    }
  });
}
