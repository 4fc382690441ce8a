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
export type Delivery = {
    ok: true;
    attempts: number;
    status: number;
} | {
    ok: false;
    attempts: number;
    error: string;
};
/**
 * The signature header's value: `sha256=` + hex HMAC-SHA256 of the exact body bytes with the secret.
 * A receiver recomputes it over the raw body and compares in constant time.
 * @example
 * signature('{"text":"hi"}', secret) // 'sha256=5d1c…'
 */
export declare const signature: (body: string, secret: string) => string;
/**
 * POSTs a JSON body with `X-Moments-Signature`, retrying with exponential backoff on network
 * errors, timeouts, 429 and 5xx (not on other 4xx: the receiver refused it, a retry would too).
 * Never throws.
 * @example
 * const result = await postWebhook(JSON.stringify(payload), { url, secret });
 * if (!result.ok) console.error(result.error);
 */
export declare function postWebhook(body: string, options: WebhookOptions): Promise<Delivery>;
