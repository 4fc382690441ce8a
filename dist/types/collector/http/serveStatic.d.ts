import type { IncomingMessage, ServerResponse } from 'node:http';
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
export declare function serveStatic(mounts: Mount[], req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean>;
