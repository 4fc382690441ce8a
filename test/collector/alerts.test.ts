// Misery alerts against a real webhook receiver on loopback: rules validated with clear errors,
// a trip POSTs a signed Slack-style payload, retries after a 500, no duplicate while tripped, one
// alert across two PostgreSQL replicas, and a hanging webhook costs POST /moments nothing.
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAlertMonitor, type AlertMonitor } from '../../src/collector/alerts/alertMonitor';
import type { Trip } from '../../src/collector/alerts/alertPayload';
import { readAlertSettings, validateAlertSettings, type AlertSettings } from '../../src/collector/alerts/alertSettings';
import type { Delivery } from '../../src/collector/alerts/postWebhook';
import { createCollector } from '../../src/collector/http/collector';
import { openStore, type Store } from '../../src/collector/store/store';
import { body, showing } from './events';
import { post } from './http';
import { startPgCluster, type PgCluster } from './pg-cluster';

const SECRET = 'a-shared-secret-of-32-characters';
const dir = mkdtempSync(join(tmpdir(), 'moments-alerts-'));
let n = 0;

/** A webhook receiver: records each request, answers with what the test queued (default 200). */
interface Receiver {
  url: string;
  received: Array<{ headers: IncomingMessage['headers']; body: string }>;
  /** Next answers, in order: a status, or 'hang' (never answers until released). */
  answers: Array<number | 'hang'>;
  release(): void;
  close(): Promise<void>;
}

async function receiver(): Promise<Receiver> {
  const hanging: ServerResponse[] = [];
  const r: Receiver = {
    url: '',
    received: [],
    answers: [],
    release: () => hanging.splice(0).forEach((res) => res.writeHead(200).end('ok')),
    close: () => new Promise((resolve) => (r.release(), server.closeAllConnections(), server.close(() => resolve()))),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      r.received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const answer = r.answers.shift() ?? 200;
      if (answer === 'hang') hanging.push(res);
      else res.writeHead(answer, { 'content-type': 'text/plain' }).end(answer === 200 ? 'ok' : 'error');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  r.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return r;
}

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function settings(hook: Receiver, rules: unknown[]): AlertSettings {
  return validateAlertSettings({ webhook: { url: hook.url, secret: SECRET }, publicUrl: 'https://moments.example', rules });
}

/** A monitor whose deliveries the test can await. */
function monitor(store: Store, s: AlertSettings): AlertMonitor & { delivered: Array<{ trip: Trip; result: Delivery }>; next: () => Promise<{ trip: Trip; result: Delivery }> } {
  const delivered: Array<{ trip: Trip; result: Delivery }> = [];
  const waiting: Array<(d: { trip: Trip; result: Delivery }) => void> = [];
  const m = createAlertMonitor({
    store,
    settings: s,
    baseUrl: () => 'http://unused',
    log: () => {},
    webhook: { attempts: 3, backoffMs: 20, timeoutMs: 30_000 },
    onDelivery: (trip, result) => {
      const d = { trip, result };
      delivered.push(d);
      waiting.shift()?.(d);
    },
  });
  cleanups.push(() => m.close());
  return Object.assign(m, { delivered, next: () => new Promise<{ trip: Trip; result: Delivery }>((resolve) => waiting.push(resolve)) });
}

const minutesAgo = (now: Date, m: number) => new Date(now.getTime() - m * 60_000).toISOString();

/** Answers at `touchpoint` a few minutes before `now`: `bad` misery (CSAT 1) and `good` magic (CSAT 5). */
function answers(now: Date, touchpoint: string, bad: number, good: number, context?: Record<string, unknown>) {
  return [
    ...Array.from({ length: bad }, (_, i) => showing({ touchpoint, value: 1, time: minutesAgo(now, 2 + i / 10), comment: `declined ${i}`, context })),
    ...Array.from({ length: good }, (_, i) => showing({ touchpoint, value: 5, time: minutesAgo(now, 2 + i / 10) })),
  ].flat();
}

describe('alert rules', () => {
  it('refuses a wrong file with every problem named by rule and field', () => {
    const bad = () =>
      validateAlertSettings({
        webhook: { url: 'ftp://x', secret: 'short' },
        checkEverySeconds: 0,
        rules: [
          { name: 'payment', touchpoint: 'payment', windowMinutes: 30, miseryShareAbove: 140, minAnswers: 10 },
          { name: 'burst', windowMinutes: 0, miseryAtLeast: 5, minAnswers: 3 },
          { name: 'payment', windowMinutes: 10, miseryAtLeast: 2 },
          { windowMinutes: 10, miseryShareAbove: 20, miseryAtLeast: 2, threshold: 1 },
        ],
      });
    expect(bad).toThrow(
      [
        'webhook.url must be an http(s) URL, not "ftp://x"',
        'webhook.secret must be a string of at least 16 characters (or set MOMENTS_ALERT_SECRET)',
        'checkEverySeconds must be a number from 1 to 3600, not 0',
        'rules[0] "payment": miseryShareAbove must be a share in % from 0 to below 100, not 140',
        'rules[1] "burst": windowMinutes must be a whole number of minutes from 1 to 1440, not 0',
        'rules[1] "burst": minAnswers goes with miseryShareAbove, not miseryAtLeast',
        'rules[2] "payment": name is used by an earlier rule',
        'rules[3]: unknown field threshold (known: name, touchpoint, windowMinutes, miseryShareAbove, minAnswers, miseryAtLeast)',
        'rules[3]: name must be a non-empty string, not undefined',
        'rules[3]: give exactly one of miseryShareAbove (with minAnswers) or miseryAtLeast',
      ].join('; '),
    );
    // The secret may come from the environment instead of the file; "*" means every touchpoint.
    const ok = validateAlertSettings({ webhook: { url: 'https://hooks.slack.com/services/X' }, rules: [{ name: 'all', touchpoint: '*', windowMinutes: 10, miseryShareAbove: 30 }] }, SECRET);
    expect(ok).toEqual({ webhook: { url: 'https://hooks.slack.com/services/X', secret: SECRET }, checkEverySeconds: 60, rules: [{ name: 'all', windowMinutes: 10, miseryShareAbove: 30, minAnswers: 10 }] });
  });

  it('names the file when it cannot be read or parsed', () => {
    const file = join(dir, 'alerts.json');
    expect(() => readAlertSettings(join(dir, 'missing.json'))).toThrow(`alerts file ${join(dir, 'missing.json')}: cannot be read (ENOENT)`);
    writeFileSync(file, '{ "rules": [');
    expect(() => readAlertSettings(file)).toThrow(/^alerts file .*alerts\.json: not JSON: /);
    writeFileSync(file, JSON.stringify({ webhook: { url: 'http://127.0.0.1:9/x', secret: SECRET }, rules: [{ name: 'r', windowMinutes: 5 }] }));
    expect(() => readAlertSettings(file)).toThrow(`alerts file ${file}: rules[0] "r": give exactly one of miseryShareAbove (with minAnswers) or miseryAtLeast`);
  });
});

describe('misery alerts on SQLite', () => {
  async function setUp(rules: unknown[]) {
    const hook = await receiver();
    const store = await openStore(join(dir, `a${n++}.db`));
    const collector = createCollector({ store, rateLimit: 0, log: () => {} });
    const url = await collector.listen(0, '127.0.0.1');
    cleanups.push(() => collector.close(), () => hook.close());
    return { hook, store, url, m: monitor(store, settings(hook, rules)) };
  }

  it('trips once, signs a Slack-style payload, stays quiet while tripped, and trips again after recovering', async () => {
    const { hook, url, m } = await setUp([{ name: 'payment misery', touchpoint: 'payment', windowMinutes: 30, miseryShareAbove: 40, minAnswers: 5 }]);
    // Two hours ago, so "an hour later" below is still in the past: the collector refuses event times from the future.
    const now = new Date(Date.now() - 2 * 3_600_000);
    // 2 of 4: too few answers to judge. Then 4 of 7 (57 %): trips.
    expect((await post(url, body(answers(now, 'payment', 2, 2)))).status).toBe(200);
    await m.check(now);
    expect(hook.received).toHaveLength(0);
    // A minute newer, so these are the newest comments.
    expect((await post(url, body(answers(new Date(now.getTime() + 60_000), 'payment', 2, 1, { code: 'card_declined', '<b>': '</pre>&' })))).status).toBe(200);
    expect((await post(url, body(answers(now, 'search', 9, 0)))).status).toBe(200); // another touchpoint: not this rule's
    const delivered = m.next();
    await m.check(now);
    const { trip, result } = await delivered;
    expect(result).toEqual({ ok: true, attempts: 1, status: 200 });
    expect(hook.received).toHaveLength(1);
    const [{ headers, body: raw }] = hook.received;
    expect(headers['content-type']).toBe('application/json');
    expect(headers['x-moments-signature']).toBe(`sha256=${createHmac('sha256', SECRET).update(raw).digest('hex')}`);
    const payload = JSON.parse(raw);
    expect(payload.text).toBe('Moments alert: payment has 4 moments of misery of 7 answers (57.1%) in the last 30 min (rule "payment misery": misery share above 40% with at least 5 answers in 30 min)');
    expect(payload.blocks[1].fields.map((f: { text: string }) => f.text)).toEqual([
      '*Touchpoint*\npayment',
      '*Window*\nlast 30 min',
      '*Misery*\n4 of 7 answers (57.1%)',
      '*Rule*\npayment misery: misery share above 40% with at least 5 answers in 30 min',
    ]);
    // User text is escaped for Slack's mrkdwn.
    expect(payload.blocks[2].text.text).toContain('&lt;b&gt;');
    expect(payload.alert).toMatchObject({ rule: 'payment misery', touchpoint: 'payment', answers: 7, misery: 4, miseryShare: 57.1, window: { minutes: 30, until: now.toISOString(), since: minutesAgo(now, 30) } });
    expect(payload.alert.comments).toHaveLength(3);
    expect(payload.alert.comments[0]).toMatchObject({ comment: 'declined 0', rating: { scale: 'csat', value: 1 }, context: { code: 'card_declined', '<b>': '</pre>&' } });
    const day = now.toISOString().slice(0, 10);
    expect(payload.alert.mapUrl).toBe(`https://moments.example/map?from=${minutesAgo(now, 30).slice(0, 10)}&to=${day}&touchpoint=payment#comments`);
    expect(trip.touchpoint).toBe('payment');

    // Still bad a minute later: no second alert.
    await m.check(new Date(now.getTime() + 60_000));
    await new Promise((r) => setTimeout(r, 100));
    expect(hook.received).toHaveLength(1);
    // An hour later the window is empty: recovered. A new burst then trips it again.
    const later = new Date(now.getTime() + 3_600_000);
    await m.check(later);
    expect(hook.received).toHaveLength(1);
    expect((await post(url, body(answers(later, 'payment', 5, 0)))).status).toBe(200);
    const again = m.next();
    await m.check(later);
    await again;
    expect(hook.received).toHaveLength(2);
    expect(JSON.parse(hook.received[1].body).alert).toMatchObject({ answers: 5, misery: 5, miseryShare: 100 });
  });

  it('applies a rule without touchpoint to each touchpoint on its own (count rule)', async () => {
    const { hook, url, m } = await setUp([{ name: 'burst', windowMinutes: 10, miseryAtLeast: 3 }]);
    const now = new Date();
    expect((await post(url, body([...answers(now, 'payment-failed', 3, 20), ...answers(now, 'search', 2, 0)]))).status).toBe(200);
    const delivered = m.next();
    await m.check(now);
    expect((await delivered).trip.touchpoint).toBe('payment-failed');
    await new Promise((r) => setTimeout(r, 100));
    expect(hook.received.map((r) => JSON.parse(r.body).alert.touchpoint)).toEqual(['payment-failed']);
  });

  it('retries after a 500 with the same signed body', async () => {
    const { hook, url, m } = await setUp([{ name: 'burst', windowMinutes: 10, miseryAtLeast: 1 }]);
    hook.answers.push(500);
    const now = new Date();
    expect((await post(url, body(answers(now, 'payment', 1, 0)))).status).toBe(200);
    const delivered = m.next();
    await m.check(now);
    expect((await delivered).result).toEqual({ ok: true, attempts: 2, status: 200 });
    expect(hook.received).toHaveLength(2);
    expect(hook.received[1].body).toBe(hook.received[0].body);
    expect(hook.received[1].headers['x-moments-signature']).toBe(hook.received[0].headers['x-moments-signature']);
  });

  it('keeps ingesting while the webhook hangs: every POST /moments is answered before the webhook is', async () => {
    const { hook, url, store, m } = await setUp([{ name: 'burst', windowMinutes: 10, miseryAtLeast: 1 }]);
    hook.answers.push('hang');
    const now = new Date();
    expect((await post(url, body(answers(now, 'payment', 1, 0)))).status).toBe(200);
    const before = await store.count();
    await m.check(now);
    for (let i = 0; i < 100 && hook.received.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(hook.received).toHaveLength(1);
    // The alert's request is open at the receiver; ingestion goes on, all of it stored.
    const statuses = await Promise.all(Array.from({ length: 20 }, () => post(url, body(answers(now, 'payment', 1, 1))).then((r) => r.status)));
    expect(statuses).toEqual(new Array(20).fill(200));
    expect(m.delivered).toHaveLength(0);
    expect(await store.count()).toBe(before + 20 * 5); // a misery showing (shown, answered, commented) and a magic one (shown, answered)
    // A check while the delivery hangs does not start a second one.
    await m.check(now);
    expect(hook.received).toHaveLength(1);
    const delivered = m.next();
    hook.release();
    expect((await delivered).result.ok).toBe(true);
  });
});

describe('misery alerts on PostgreSQL replicas', () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPgCluster();
  });
  afterAll(() => cluster?.destroy());

  it('sends one alert per trip when two replicas check at the same moment', async () => {
    const hook = await receiver();
    cleanups.push(() => hook.close());
    const db = await cluster.createDatabase();
    const [a, b] = [await openStore(db), await openStore(db)];
    cleanups.push(() => a.close(), () => b.close());
    const rules = [
      { name: 'share', windowMinutes: 30, miseryShareAbove: 50, minAnswers: 3 },
      { name: 'count', touchpoint: 'payment', windowMinutes: 30, miseryAtLeast: 2 },
    ];
    const [ma, mb] = [monitor(a, settings(hook, rules)), monitor(b, settings(hook, rules))];
    const now = new Date();
    await a.insert(answers(now, 'payment', 3, 1));
    await b.insert(answers(now, 'checkout', 4, 0));
    // Both replicas check the same window at once, three times over: each trip is sent once.
    for (let i = 0; i < 3; i++) await Promise.all([ma.check(now), mb.check(now)]);
    for (let i = 0; i < 100 && ma.delivered.length + mb.delivered.length < 3; i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 200));
    const sent = hook.received.map((r) => JSON.parse(r.body).alert).map((x) => `${x.rule}:${x.touchpoint}`).sort();
    expect(sent).toEqual(['count:payment', 'share:checkout', 'share:payment']);
    expect(ma.delivered.length + mb.delivered.length).toBe(3);
    // Recovered on one replica (empty window later), tripped again: again exactly one alert.
    const later = new Date(now.getTime() + 3_600_000);
    await Promise.all([ma.check(later), mb.check(later)]);
    await a.insert(answers(later, 'payment', 2, 0));
    await Promise.all([ma.check(later), mb.check(later)]);
    for (let i = 0; i < 100 && hook.received.length < 4; i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 200));
    expect(hook.received.slice(3).map((r) => JSON.parse(r.body).alert.rule)).toEqual(['count']);
  });
});
