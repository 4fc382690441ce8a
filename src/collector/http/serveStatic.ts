import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** A URL prefix served from a folder, e.g. `{ prefix: '/dist/', dir: 'dist' }`. */
export interface Mount {
  prefix: string;
  dir: string;
}

/**
 * Serves GET/HEAD under the mounts (longest prefix first), `index.html` for folders, with MIME
 * types the browser accepts for module scripts. Never leaves a mount's folder. Returns false when
 * no mount has the file, so the caller answers 404.
 */
export async function serveStatic(mounts: Mount[], req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  if (decoded.includes('\0')) return false;
  for (const m of sorted) {
    if (!decoded.startsWith(m.prefix)) continue;
    const root = resolve(m.dir);
    let file = resolve(join(root, decoded.slice(m.prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) return false;
    try {
      let s = await stat(file);
      if (s.isDirectory()) {
        if (!decoded.endsWith('/')) {
          res.writeHead(301, { location: `${pathname}/` }).end();
          return true;
        }
        file = join(file, 'index.html');
        s = await stat(file);
      }
      const data = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': data.length,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        // The example pages load the widget from /dist/ and its chunks may be imported cross-origin.
        'access-control-allow-origin': '*',
      });
      res.end(req.method === 'HEAD' ? undefined : data);
      return true;
    } catch {
      continue;
    }
  }
  return false;
}
