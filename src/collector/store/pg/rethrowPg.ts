import { StoreUnavailableError } from '../store';

const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
// SQLSTATEs of a server that is going away, starting up, or full: try again later.
const UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '53300', '53400', '58030']);

/**
 * True when a `pg` error means the database cannot be reached right now (down, restarting,
 * connection lost), rather than that this batch is wrong. Those become 503 + Retry-After.
 */
export function isUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string; errors?: unknown[] };
  if (e?.code && (NETWORK.has(e.code) || UNAVAILABLE.has(e.code) || e.code.startsWith('08'))) return true;
  if (Array.isArray(e?.errors) && e.errors.some(isUnavailable)) return true; // AggregateError (IPv4 + IPv6)
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)/i.test(String(e?.message ?? ''));
}

/** Deadlock or serialization failure: the transaction can simply run again. */
export const isRetryable = (error: unknown) => ['40P01', '40001'].includes((error as { code?: string })?.code ?? '');

/** Rethrows `error`, as {@link StoreUnavailableError} when the database is unreachable. */
export function rethrowPg(error: unknown): never {
  if (isUnavailable(error)) throw new StoreUnavailableError(`database unavailable: ${(error as Error).message}`, { cause: error });
  throw error;
}
