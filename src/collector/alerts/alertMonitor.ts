import type { Store } from '../store/store';
import { alertPayload, type Trip } from './alertPayload';
import type { AlertRule, AlertSettings } from './alertSettings';
import { postWebhook, type Delivery, type WebhookOptions } from './postWebhook';

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

const share = (misery: number, answers: number) => (answers ? Math.round((1000 * misery) / answers) / 10 : 0);

function trips(rule: AlertRule, answers: number, misery: number): boolean {
  if ('miseryShareAbove' in rule) return answers >= rule.minAnswers && share(misery, answers) > rule.miseryShareAbove;
  return misery >= rule.miseryAtLeast;
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
export function createAlertMonitor(options: AlertMonitorOptions): AlertMonitor {
  const { store, settings } = options;
  const log = options.log ?? ((line: string) => console.error(line));
  const cancel = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  function deliver(trip: Trip): void {
    const body = JSON.stringify(alertPayload(trip));
    void postWebhook(body, { url: settings.webhook.url, secret: settings.webhook.secret, ...options.webhook, signal: cancel.signal }).then((result) => {
      if (result.ok) log(`moments-collector: alert "${trip.rule.name}" for ${JSON.stringify(trip.touchpoint)} sent (${result.attempts} attempt${result.attempts === 1 ? '' : 's'})`);
      else if (!closed) log(`moments-collector: alert "${trip.rule.name}" for ${JSON.stringify(trip.touchpoint)} not delivered after ${result.attempts} attempts: ${result.error}`);
      options.onDelivery?.(trip, result);
    });
  }

  async function checkRule(rule: AlertRule, now: Date, windows: Map<number, ReturnType<Store['answerWindow']>>): Promise<void> {
    const until = now.toISOString();
    const since = new Date(now.getTime() - rule.windowMinutes * 60_000).toISOString();
    let counts = windows.get(rule.windowMinutes);
    if (!counts) windows.set(rule.windowMinutes, (counts = store.answerWindow(since, until)));
    const rows = (await counts).filter((r) => rule.touchpoint === undefined || r.touchpoint === rule.touchpoint);
    const tripping = rows.filter((r) => trips(rule, r.answers, r.misery));
    const claimed = new Set(await store.claimAlerts(rule.name, tripping.map((r) => r.touchpoint)));
    const base = settings.publicUrl ?? options.baseUrl();
    for (const r of tripping) {
      if (!claimed.has(r.touchpoint)) continue;
      const comments = await store.miseryComments({ from: since.slice(0, 10), to: until.slice(0, 10), touchpoint: r.touchpoint, limit: 3 });
      const query = new URLSearchParams({ from: since.slice(0, 10), to: until.slice(0, 10), touchpoint: r.touchpoint });
      deliver({ rule, touchpoint: r.touchpoint, since, until, answers: r.answers, misery: r.misery, share: share(r.misery, r.answers), comments, mapUrl: `${base}/map?${query}#comments` });
    }
  }

  async function check(now = new Date()): Promise<void> {
    const windows = new Map<number, ReturnType<Store['answerWindow']>>();
    for (const rule of settings.rules) {
      if (closed) return;
      try {
        await checkRule(rule, now, windows);
      } catch (error) {
        log(`moments-collector: alert rule "${rule.name}" could not be checked: ${(error as Error).message}`);
      }
    }
  }

  return {
    start() {
      const tick = () => {
        timer = setTimeout(async () => {
          await check();
          if (!closed) tick();
        }, settings.checkEverySeconds * 1000);
        timer.unref();
      };
      if (!closed && !timer) tick();
    },
    check,
    close() {
      closed = true;
      clearTimeout(timer);
      cancel.abort();
    },
  };
}
