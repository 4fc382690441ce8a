import type { Store } from '../store/store.js';
import { type Trip } from './alertPayload.js';
import type { AlertSettings } from './alertSettings.js';
import { type Delivery, type WebhookOptions } from './postWebhook.js';
/** Options of {@link createAlertMonitor}. */
export interface AlertMonitorOptions {
    store: Store;
    settings: AlertSettings;
    /** The collector's own URL, for the map link when `settings.publicUrl` is unset. */
    baseUrl: () => string;
    /** Where deliveries and failures are logged. Default `console.error`. */
    log?: (line: string) => void;
    /** Retry settings of the webhook (tests shorten them). */
    webhook?: Pick<WebhookOptions, 'attempts' | 'backoffMs' | 'timeoutMs'>;
    /** Called after each delivery ends (tests wait on it). */
    onDelivery?: (trip: Trip, result: Delivery) => void;
}
/** A running misery alert monitor. */
export interface AlertMonitor {
    /** Checks the rules every `checkEverySeconds`, on a timer of its own (never on the ingest path). */
    start(): void;
    /** Checks every rule once now; deliveries go on in the background. */
    check(now?: Date): Promise<void>;
    /** Stops the timer and cancels deliveries in flight. */
    close(): void;
}
/**
 * Misery alerts: every `checkEverySeconds` it counts each rule's window from the database (answers
 * by time, through an index), claims new trips in the database so one process of many sends each,
 * and POSTs them to the webhook with retries. Ingestion never waits for any of it: the checks run
 * on their own timer and deliveries are not awaited, so a webhook that hangs or fails costs
 * `POST /moments` nothing.
 * @example
 * const monitor = createAlertMonitor({ store, settings: readAlertSettings(path), baseUrl: () => collector.url });
 * monitor.start();
 */
export declare function createAlertMonitor(options: AlertMonitorOptions): AlertMonitor;
