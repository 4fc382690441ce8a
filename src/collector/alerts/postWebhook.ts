import { createHmac } from 'node:crypto';

/** Options of {@link postWebhook}. */
export interface WebhookOptions {
  url: string;
  secret: string;
  /** Attempts in all (default 5). */
  attempts?: number;
  /** First wait between attempts in ms, doubled each time (default 1000). */
  backoffMs?: number;
  /** Each attempt's time limit in ms (default 10 s): a hanging receiver costs a retry, nothing more. */
  timeoutMs?: number;
  /** Cancels the delivery (the collector is stopping). */
  signal?: AbortSignal;
}

/** Outcome of a delivery, as a discriminated union. */
export type Delivery = { ok: true; attempts: number; status: number } | { ok: false; attempts: number; error: string };

/** Waits `ms`, or less if `signal` aborts. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/**
 * The signature header's value: `sha256=` + hex HMAC-SHA256 of the exact body bytes with the secret.
 * A receiver recomputes it over the raw body and compares in constant time.
 * @example
 * signature('{"text":"hi"}', secret) // 'sha256=5d1c…'
 */
export const signature = (body: string, secret: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/**
 * POSTs a JSON body with `X-Moments-Signature`, retrying with exponential backoff on network
 * errors, timeouts, 429 and 5xx (not on other 4xx: the receiver refused it, a retry would too).
 * Never throws.
 * @example
 * const result = await postWebhook(JSON.stringify(payload), { url, secret });
 * if (!result.ok) console.error(result.error);
 */
export async function postWebhook(body: string, options: WebhookOptions): Promise<Delivery> {
  const attempts = options.attempts ?? 5;
  const headers = { 'content-type': 'application/json', 'user-agent': 'moments-collector', 'x-moments-signature': signature(body, options.secret) };
  let error = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (options.signal?.aborted) return { ok: false, attempts: attempt - 1, error: 'cancelled' };
    try {
      const timeout = AbortSignal.timeout(options.timeoutMs ?? 10_000);
      const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
      const res = await fetch(options.url, { method: 'POST', headers, body, signal, redirect: 'error' });
      await res.arrayBuffer().catch(() => undefined);
      if (res.ok) return { ok: true, attempts: attempt, status: res.status };
      error = `answered ${res.status}`;
      if (res.status < 500 && res.status !== 429) return { ok: false, attempts: attempt, error };
    } catch (e) {
      error = (e as Error).name === 'TimeoutError' ? 'timed out' : `${(e as Error).message}${(e as { cause?: Error }).cause ? `: ${(e as { cause: Error }).cause.message}` : ''}`;
    }
    if (attempt < attempts) await sleep((options.backoffMs ?? 1000) * 2 ** (attempt - 1), options.signal);
  }
  return { ok: false, attempts, error };
}
