import type { IncomingMessage } from 'node:http';
/**
 * Checks `Authorization: Bearer <token>` against the read token (`MOMENTS_READ_TOKEN`) in constant
 * time (both sides hashed first, so their lengths leak nothing either).
 * @example
 * const allowed = readTokenCheck(process.env.MOMENTS_READ_TOKEN!);
 * if (!allowed(req)) return send(res, 401, …);
 */
export declare function readTokenCheck(token: string): (req: IncomingMessage) => boolean;
