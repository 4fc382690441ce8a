import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** Limits of {@link limitConnections}. */
export interface ConnectionLimitOptions {
  /** Open connections at most (`MOMENTS_MAX_CONNECTIONS`); beyond, new ones get a 503. Default 1000. */
  maxConnections?: number;
  /** Request body bytes buffered at once over all uploads (`MOMENTS_MAX_INFLIGHT_BYTES`). Default 32 MiB. */
  maxInflightBytes?: number;
  /** Seconds a refused client is told to wait (`Retry-After`). Default 5. */
  retryAfterSeconds?: number;
}

/** The shared budgets a server's requests draw from. */
export interface ConnectionLimits {
  /** Takes `bytes` of the in-flight body budget; false (nothing taken) when it would overflow. */
  reserve(bytes: number): boolean;
  /** Whether `bytes` more would fit in the in-flight budget now (takes nothing). */
  fits(bytes: number): boolean;
  /** Gives back bytes taken with {@link ConnectionLimits.reserve}. */
  release(bytes: number): void;
  readonly retryAfter: string;
  /** Current use, for /health and the tests. */
  stats(): { connections: number; inflightBytes: number };
}

/**
 * Bounds what strangers can make the collector hold: open sockets (each an fd) and buffered body
 * bytes (memory). A connection over the limit is answered `503` with `Retry-After` and closed
 * before it is read, so it costs a moment, not an fd for minutes.
 * @example
 * const limits = limitConnections(server, { maxConnections: 1000 });
 * if (!limits.reserve(chunk.length)) answer503();
 */
export function limitConnections(server: Server, options: ConnectionLimitOptions = {}): ConnectionLimits {
  const maxConnections = options.maxConnections ?? 1000;
  const maxInflight = options.maxInflightBytes ?? 32 * 1024 * 1024;
  const retryAfter = String(options.retryAfterSeconds ?? 5);
  const busy = JSON.stringify({ error: 'too many connections; retry later' });
  const refusal =
    `HTTP/1.1 503 Service Unavailable\r\nretry-after: ${retryAfter}\r\ncontent-type: application/json; charset=utf-8\r\n` +
    `content-length: ${Buffer.byteLength(busy)}\r\ncache-control: no-store\r\nconnection: close\r\n\r\n${busy}`;
  let connections = 0;
  let inflight = 0;

  server.on('connection', (socket: Socket) => {
    if (connections >= maxConnections) {
      // The HTTP parser is already attached: stop it reading, answer, and close our side. The fd
      // is freed when the client closes, or after a second at most.
      socket.pause();
      socket.end(refusal);
      setTimeout(() => socket.destroy(), 1000).unref();
      return;
    }
    connections++;
    socket.once('close', () => connections--);
  });

  return {
    reserve(bytes) {
      if (inflight + bytes > maxInflight) return false;
      inflight += bytes;
      return true;
    },
    fits: (bytes) => inflight + bytes <= maxInflight,
    release(bytes) {
      inflight -= bytes;
    },
    retryAfter,
    stats: () => ({ connections, inflightBytes: inflight }),
  };
}
