// A tiny HTTP client for the collector tests: sets any header (Origin included), returns text.
import { request } from 'node:http';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: () => any;
}

/** Sends one request; `body` may be a string or a Buffer. */
export function send(url: string, init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    // A new connection per request (no keep-alive agent): a test that blocks the event loop (pg_ctl
    // via execFileSync) would otherwise reuse a socket the server's header timeout just closed.
    const req = request(url, { method: init.method ?? (init.body === undefined ? 'GET' : 'POST'), headers: init.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
      });
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** POSTs a batch body as a beacon would (text/plain, no preflight). */
export const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  send(`${url}/moments`, { body, headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers } });
