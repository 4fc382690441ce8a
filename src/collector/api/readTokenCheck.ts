import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Checks `Authorization: Bearer <token>` against the read token (`MOMENTS_READ_TOKEN`) in constant
 * time (both sides hashed first, so their lengths leak nothing either).
 * @example
 * const allowed = readTokenCheck(process.env.MOMENTS_READ_TOKEN!);
 * if (!allowed(req)) return send(res, 401, …);
 */
export function readTokenCheck(token: string): (req: IncomingMessage) => boolean {
  const expected = digest(token);
  return (req) => {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    return !!match && timingSafeEqual(digest(match[1]), expected);
  };
}
