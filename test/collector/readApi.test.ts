// The read API (GET /export, GET /api/summary) on SQLite and on a throwaway PostgreSQL cluster:
// token gate, RFC 4180 quoting, NDJSON matching the event schema, streaming with backpressure.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import summarySchema from '../../src/collector/api/summary.schema.json';
import eventSchema from '../../src/core/event.schema.json';
import momentSchema from '../../src/core/moment.schema.json';
import { csvField } from '../../src/collector/export/csvRecord';
import { createCollector } from '../../src/collector/http/collector';
import { openStore, type Store } from '../../src/collector/store/store';
import type { MomentEvent } from '../../src/core/types';
import { body, event, showing } from './events';
import { post, send } from './http';
import { startPgCluster, type PgCluster } from './pg-cluster';

const TOKEN = 's3cret-read-token';
const auth = { authorization: `Bearer ${TOKEN}` };
const dir = mkdtempSync(join(tmpdir(), 'moments-read-'));
let cluster: PgCluster | undefined;
let n = 0;
const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((c) => c.close()));
});
afterAll(() => {
  cluster?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const ajv = new Ajv2020({ allErrors: true, strict: false, formats: { 'date-time': true, uri: true, email: true } as never });
ajv.addSchema(momentSchema); // the batch's items: { $ref: 'moment.schema.json' }
const validBatch = ajv.compile(eventSchema);
const validSummary = ajv.compile(summarySchema);

/** A minimal RFC 4180 reader, to check what a spreadsheet would read. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  if (field || row.length) throw new Error(`CSV does not end with CRLF: ${JSON.stringify(text.slice(-40))}`);
  return rows;
}

describe('csvField', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"');
    for (const start of ['=', '+', '-', '@', '\t']) expect(csvField(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField(null)).toBe('');
    expect(csvField(5)).toBe('5');
    expect(csvField(false)).toBe('false');
  });
});

describe.each(['sqlite', 'postgres'] as const)('read API on %s', (kind) => {
  beforeAll(async () => {
    if (kind === 'postgres') cluster ??= await startPgCluster();
  });

  async function start(readToken: string | null = TOKEN, wrap?: (s: Store) => Store): Promise<{ url: string; store: Store }> {
    const raw = await openStore(kind === 'sqlite' ? join(dir, `s${n++}.db`) : await cluster!.createDatabase());
    const store = wrap ? wrap(raw) : raw;
    const c = createCollector({ store, rateLimit: 0, readToken: readToken ?? undefined, log: () => {} });
    running.push(c);
    return { url: await c.listen(0, '127.0.0.1'), store };
  }

  it('does not exist without a token configured, and answers 401 to a missing or wrong token', async () => {
    const off = await start(null);
    for (const path of ['/export?from=2026-11-01&to=2026-11-30', '/api/summary?from=2026-11-01&to=2026-11-30']) {
      expect((await send(`${off.url}${path}`, { headers: auth })).status).toBe(404);
    }
    const { url } = await start();
    for (const path of ['/export?from=2026-11-01&to=2026-11-30', '/api/summary?from=2026-11-01&to=2026-11-30']) {
      const none = await send(`${url}${path}`);
      expect(none.status).toBe(401);
      expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
      expect((await send(`${url}${path}`, { headers: { authorization: `Bearer ${TOKEN}x` } })).status).toBe(401);
      expect((await send(`${url}${path}`, { headers: { authorization: `Basic ${TOKEN}` } })).status).toBe(401);
      expect((await send(`${url}${path}`, { headers: auth })).status).toBe(200);
    }
    expect((await send(`${url}/export?from=2026-11-01&to=2026-11-30`, { method: 'POST', headers: auth, body: '' })).status).toBe(405);
  });

  it('names what is wrong with a query (400)', async () => {
    const { url } = await start();
    const error = async (path: string) => (await send(`${url}${path}`, { headers: auth })).json().error;
    expect(await error('/export?from=2026-11-01')).toBe('from and to are required (YYYY-MM-DD, inclusive UTC days)');
    expect(await error('/export?from=2026-11-31&to=2026-12-01')).toBe('from must be a day as YYYY-MM-DD, not 2026-11-31');
    expect(await error('/export?from=2026-12-01&to=2026-11-01')).toBe('from (2026-12-01) is after to (2026-11-01)');
    expect(await error('/export?from=2026-11-01&to=2026-11-30&format=xlsx')).toBe('format must be csv or ndjson, not xlsx');
    expect(await error('/api/summary?from=2026-11-01&to=2026-11-30&order=best')).toBe('order must be journey or worst, not best');
  });

  const tricky = {
    comment: 'Card declined, twice.\nSaid "try again" =)\r\nthen nothing',
    formula: '=HYPERLINK("https://evil.example","click")',
    context: { code: 'card_declined', note: 'a,b "c"\nd' },
  };

  it('exports CSV with one column per field, RFC 4180 quoting and formulas defused', async () => {
    const { url } = await start();
    const events = [
      ...showing({ value: 1, reasons: ['slow', 'a,b'], comment: tricky.comment, context: tricky.context, time: '2026-11-20T10:00:00.000Z' }),
      ...showing({ touchpoint: 'search', scale: 'nps', value: 9, comment: tricky.formula, time: '2026-11-21T10:00:00.000Z' }),
      ...showing({ value: 5, time: '2026-10-31T23:59:59.999Z' }),
    ];
    expect((await post(url, body(events))).status).toBe(200);
    const r = await send(`${url}/export?from=2026-11-01&to=2026-11-30`, { headers: auth });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(r.headers['content-disposition']).toBe('attachment; filename="moments-2026-11-01-to-2026-11-30.csv"');
    const [header, ...rows] = parseCsv(r.text);
    expect(header).toEqual(['id', 'time', 'type', 'touchpoint', 'stage', 'moment', 'page_path', 'page_title', 'visitor', 'scale', 'value', 'reasons', 'comment', 'contact_email', 'dropped', 'preview', 'context']);
    const inRange = events.filter((e) => e.time.startsWith('2026-11'));
    expect(rows).toHaveLength(inRange.length);
    const col = (name: string) => header.indexOf(name);
    expect(new Set(rows.map((row) => row[col('id')]))).toEqual(new Set(inRange.map((e) => e.id)));
    for (const row of rows) expect(row).toHaveLength(header.length);
    const declined = rows.find((row) => row[col('type')] === 'moment.commented' && row[col('touchpoint')] === 'checkout')!;
    expect(declined[col('comment')]).toBe(tricky.comment);
    expect(JSON.parse(declined[col('context')])).toEqual(tricky.context);
    const answer = rows.find((row) => row[col('reasons')] !== '')!;
    expect(JSON.parse(answer[col('reasons')])).toEqual(['slow', 'a,b']);
    expect([answer[col('scale')], answer[col('value')], answer[col('preview')]]).toEqual(['csat', '1', 'false']);
    expect(rows.find((row) => row[col('touchpoint')] === 'search' && row[col('type')] === 'moment.commented')![col('comment')]).toBe(`'${tricky.formula}`);
  });

  it('exports NDJSON events that match the event schema, filtered by touchpoint and day', async () => {
    const { url } = await start();
    const checkout = showing({ value: 2, comment: tricky.comment, context: tricky.context, time: '2026-11-20T10:00:00.000Z' });
    const search = showing({ touchpoint: 'search', scale: 'nps', value: 3, time: '2026-11-20T11:00:00.000Z' });
    const staged = showing({ touchpoint: 'checkout', stage: 'pay', value: 4, time: '2026-11-20T10:30:00.000Z' });
    const preview = showing({ value: 1, preview: true, time: '2026-11-20T12:00:00.000Z' });
    expect((await post(url, body([...checkout, ...search, ...preview, ...staged, event('moments.dropped', { touchpoint: '', dropped: 3 })]))).status).toBe(200);
    const r = await send(`${url}/export?from=2026-11-20&to=2026-11-20&format=ndjson&touchpoint=checkout`, { headers: auth });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(r.text.endsWith('\n')).toBe(true);
    const lines = r.text.trimEnd().split('\n').map((l) => JSON.parse(l) as MomentEvent);
    expect(validBatch({ events: lines }), JSON.stringify(validBatch.errors)).toBe(true);
    const byId = (a: MomentEvent, b: MomentEvent) => (a.id < b.id ? -1 : 1);
    // Stored events come back as they were sent (preview ones marked as such).
    expect(lines.sort(byId)).toEqual([...checkout, ...preview, ...staged].sort(byId));
    expect(lines.filter((e) => e.stage === 'pay')).toHaveLength(staged.length);
    const all = await send(`${url}/export?from=2026-11-20&to=2026-11-20&format=ndjson`, { headers: auth });
    expect(all.text.trimEnd().split('\n')).toHaveLength(checkout.length + search.length + preview.length + staged.length + 1);
    const empty = await send(`${url}/export?from=2026-11-21&to=2026-11-21&format=ndjson`, { headers: auth });
    expect([empty.status, empty.text]).toEqual([200, '']);
  });

  it('streams with backpressure: a reader that stops holds the store at a few pages, and one that leaves ends the read', async () => {
    let pulled = 0;
    let finished = 0;
    const { url, store } = await start(TOKEN, (s) => ({
      ...s,
      exportPages: async function* (q) {
        try {
          for await (const page of s.exportPages(q)) {
            pulled++;
            yield page;
          }
        } finally {
          finished++;
        }
      },
    }));
    const total = 30_000;
    const events = Array.from({ length: total }, (_, i) => event('moment.shown', { time: '2026-11-20T10:00:00.000Z', page: { path: `/p/${i}`, title: 'x'.repeat(200) } }));
    for (let i = 0; i < total; i += 5000) await store.insert(events.slice(i, i + 5000));

    // Read the headers, then stop reading: the socket buffers fill and the server must wait.
    const req = request(`${url}/export?from=2026-11-01&to=2026-11-30&format=ndjson`, { headers: auth });
    const res = await new Promise<import('node:http').IncomingMessage>((resolve, reject) => req.once('response', resolve).once('error', reject).end());
    res.pause();
    let last = -1;
    while (last !== pulled) {
      last = pulled;
      await new Promise((r) => setTimeout(r, 300));
    }
    const pages = kind === 'sqlite' ? Math.ceil(total / 2000) : Math.ceil(total / 1000);
    expect(pulled).toBeLessThan(pages / 2);
    // Now read it all: every row arrives once.
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (d) => (text += d));
    res.resume();
    await new Promise((r) => res.once('end', r));
    expect(text.trimEnd().split('\n')).toHaveLength(total);
    expect(pulled).toBe(pages);
    expect(finished).toBe(1);

    // A client that leaves mid-stream: the store's read is closed, not run to the end.
    pulled = 0;
    const gone = request(`${url}/export?from=2026-11-01&to=2026-11-30&format=csv`, { headers: auth });
    const goneRes = await new Promise<import('node:http').IncomingMessage>((resolve) => gone.once('response', resolve).end());
    goneRes.pause();
    gone.on('error', () => {});
    await new Promise((r) => setTimeout(r, 200));
    goneRes.destroy();
    for (let i = 0; i < 50 && finished < 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect(finished).toBe(2);
    expect(pulled).toBeLessThan(pages);
    // The store still works after both.
    expect((await post(url, body([event('moment.shown')]))).status).toBe(200);
  });

  it('filters misery comments by touchpoint and by a context key = value (text, numbers, booleans, odd keys)', async () => {
    const { url, store } = await start();
    const odd = 'a.b "c" $[0]';
    const events = [
      ...showing({ touchpoint: 'payment', value: 1, comment: 'declined', context: { code: 'card_declined', status: 402, retry: true }, time: '2026-11-20T10:00:00.000Z' }),
      ...showing({ touchpoint: 'payment', value: 2, comment: 'timeout', context: { code: 'timeout', status: 504, retry: false, [odd]: 'x' }, time: '2026-11-20T11:00:00.000Z' }),
      ...showing({ touchpoint: 'checkout', value: 1, comment: 'also declined', context: { code: 'card_declined' }, time: '2026-11-20T12:00:00.000Z' }),
      ...showing({ touchpoint: 'payment', value: 5, comment: 'magic, not misery', context: { code: 'card_declined' }, time: '2026-11-20T13:00:00.000Z' }),
    ];
    expect((await post(url, body(events))).status).toBe(200);
    const comments = async (q: Record<string, string>) => (await store.miseryComments({ from: '2026-11-01', to: '2026-11-30', ...q })).map((c) => c.comment);
    expect(await comments({})).toEqual(['also declined', 'timeout', 'declined']);
    expect(await comments({ touchpoint: 'payment' })).toEqual(['timeout', 'declined']);
    expect(await comments({ key: 'code', value: 'card_declined' })).toEqual(['also declined', 'declined']);
    expect(await comments({ touchpoint: 'payment', key: 'code', value: 'card_declined' })).toEqual(['declined']);
    expect(await comments({ key: 'status', value: '402' })).toEqual(['declined']);
    expect(await comments({ key: 'retry', value: 'false' })).toEqual(['timeout']);
    expect(await comments({ key: odd, value: 'x' })).toEqual(['timeout']);
    expect(await comments({ key: 'code', value: 'nothing' })).toEqual([]);
  });

  it('stores contact requests and lists those of misery, newest first with their comment, on the map (escaped) and in the export', async () => {
    const { url, store } = await start();
    const xss = '<img src=x onerror=alert(1)>';
    const events = [
      ...showing({ touchpoint: 'payment', value: 1, comment: `Declined ${xss}`, context: { code: 'card_declined', note: xss }, email: 'ana@example.com', time: '2026-11-20T10:00:00.000Z' }),
      ...showing({ touchpoint: 'payment', value: 2, email: "o'brien+refund@example.co.uk", time: '2026-11-21T10:00:00.000Z' }),
      ...showing({ touchpoint: `check<b>out</b>`, value: 1, comment: 'Slow', email: 'bo@example.org', time: '2026-11-22T10:00:00.000Z' }),
      ...showing({ touchpoint: 'payment', value: 5, email: 'happy@example.com', time: '2026-11-23T10:00:00.000Z' }), // magic: not a recovery
      ...showing({ touchpoint: 'payment', value: 1, email: 'preview@example.com', preview: true, time: '2026-11-23T11:00:00.000Z' }),
      ...showing({ touchpoint: 'payment', value: 1, comment: 'no contact asked', time: '2026-11-24T10:00:00.000Z' }),
    ];
    expect((await post(url, body(events))).status).toBe(200);
    // The collector refuses what no widget sends: an address that is none, or one on a schema-1 event.
    const bad = event('moment.contact', { contact: { email: 'not an address' } });
    expect((await post(url, body([bad]))).status).toBe(400);
    expect((await post(url, body([{ ...event('moment.contact'), schema: 1 }]))).status).toBe(400);

    const contacts = async (q: Record<string, string> = {}) => await store.contactRequests({ from: '2026-11-01', to: '2026-11-30', ...q });
    const all = await contacts();
    expect(all.map((c) => c.email)).toEqual(['bo@example.org', "o'brien+refund@example.co.uk", 'ana@example.com']);
    expect(all[2]).toMatchObject({
      touchpoint: 'payment', time: '2026-11-20T10:00:01.000Z', rating: { scale: 'csat', value: 1 }, comment: `Declined ${xss}`,
      context: { code: 'card_declined', note: xss }, page: { path: '/checkout', title: 'Checkout' }, moment: events[0].moment,
    });
    expect(all[1]).not.toHaveProperty('comment');
    expect((await contacts({ touchpoint: 'payment' })).map((c) => c.email)).toEqual(["o'brien+refund@example.co.uk", 'ana@example.com']);
    expect((await contacts({ key: 'code', value: 'card_declined' })).map((c) => c.email)).toEqual(['ana@example.com']);
    // The contact's e-mail is no comment: the comments stay the comments.
    expect((await store.miseryComments({ from: '2026-11-01', to: '2026-11-30' })).map((c) => c.comment)).toEqual(['no contact asked', 'Slow', `Declined ${xss}`]);

    const map = await send(`${url}/map?from=2026-11-01&to=2026-11-30`);
    expect(map.status).toBe(200);
    const section = map.text.slice(map.text.indexOf('<section id="contact">'), map.text.indexOf('<section id="comments">'));
    expect(section).toContain('Customers to contact');
    expect(section.indexOf('bo@example.org')).toBeLessThan(section.indexOf('ana@example.com'));
    expect(section).toContain('<a href="mailto:ana@example.com">ana@example.com</a>');
    expect(section).toContain('href="mailto:o&#39;brien%2Brefund@example.co.uk">o&#39;brien+refund@example.co.uk</a>');
    expect(section).toContain('Declined &lt;img src=x onerror=alert(1)&gt;');
    expect(section).toContain('check&lt;b&gt;out&lt;/b&gt;');
    expect(section).not.toContain('<img');
    expect(section).not.toContain('happy@example.com');
    expect(section).not.toContain('preview@example.com');
    const filtered = await send(`${url}/map?from=2026-11-01&to=2026-11-30&touchpoint=payment&key=code&value=card_declined`);
    const only = filtered.text.slice(filtered.text.indexOf('<section id="contact">'), filtered.text.indexOf('<section id="comments">'));
    expect(only).toContain('ana@example.com');
    expect(only).not.toContain('bo@example.org');

    const csv = await send(`${url}/export?from=2026-11-01&to=2026-11-30`, { headers: auth });
    const [header, ...rows] = parseCsv(csv.text);
    const col = (name: string) => header.indexOf(name);
    const contactRows = rows.filter((row) => row[col('type')] === 'moment.contact');
    expect(contactRows.map((row) => row[col('contact_email')]).sort()).toEqual(['ana@example.com', 'bo@example.org', 'happy@example.com', "o'brien+refund@example.co.uk", 'preview@example.com']);
    expect(contactRows.every((row) => row[col('comment')] === '')).toBe(true);
    expect(rows.filter((row) => row[col('type')] !== 'moment.contact').every((row) => row[col('contact_email')] === '')).toBe(true);
    const ndjson = await send(`${url}/export?from=2026-11-01&to=2026-11-30&format=ndjson`, { headers: auth });
    const lines = ndjson.text.trimEnd().split('\n').map((l) => JSON.parse(l) as MomentEvent);
    expect(validBatch({ events: lines }), JSON.stringify(validBatch.errors)).toBe(true);
    const sent = events.filter((e) => e.type === 'moment.contact');
    expect(lines.filter((e) => e.type === 'moment.contact').sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(sent.sort((a, b) => (a.id < b.id ? -1 : 1)));
  });

  it('summarises the map as JSON matching its schema: shares, scores, change against the previous period, order', async () => {
    const { url } = await start();
    const events = [
      // previous period (2026-11-11 … 2026-11-20): checkout 2 answers, 1 misery (50 %)
      ...showing({ value: 1, time: '2026-11-15T10:00:00.000Z' }),
      ...showing({ value: 5, time: '2026-11-16T10:00:00.000Z' }),
      // this period (2026-11-21 … 2026-11-30): checkout 4 answers: 1, 2, 4, 5 → misery 50 %, magic 50 %, CSAT 50 %
      ...showing({ value: 1, time: '2026-11-21T10:00:00.000Z' }),
      ...showing({ value: 2, time: '2026-11-21T11:00:00.000Z', comment: 'Declined', context: { code: 'card_declined' } }),
      ...showing({ value: 4, time: '2026-11-22T10:00:00.000Z' }),
      ...showing({ value: 5, time: '2026-11-22T11:00:00.000Z' }),
      ...showing({ value: 5, time: '2026-11-22T12:00:00.000Z', dismissed: true }),
      // search, first seen later, all misery: NPS 3, 6
      ...showing({ touchpoint: 'search', stage: 'discover', scale: 'nps', value: 3, time: '2026-11-23T10:00:00.000Z' }),
      ...showing({ touchpoint: 'search', stage: 'discover', scale: 'nps', value: 6, time: '2026-11-23T11:00:00.000Z' }),
      ...showing({ value: 1, time: '2026-11-23T11:00:00.000Z', preview: true }),
    ];
    expect((await post(url, body(events))).status).toBe(200);
    const r = await send(`${url}/api/summary?from=2026-11-21&to=2026-11-30`, { headers: auth });
    expect(r.status).toBe(200);
    const s = r.json();
    expect(validSummary(s), JSON.stringify(validSummary.errors)).toBe(true);
    expect(s.previous).toEqual({ from: '2026-11-11', to: '2026-11-20' });
    expect(s.touchpoints.map((t: any) => t.touchpoint)).toEqual(['checkout', 'search']);
    const [checkout, search] = s.touchpoints;
    expect(checkout).toMatchObject({
      stage: null,
      firstSeen: '2026-11-15', shown: 5, answers: 4, comments: 1, misery: 2, magic: 2, miseryShare: 50, magicShare: 50,
      scale: 'csat', score: { label: 'CSAT', value: 50, unit: '%' },
      previous: { answers: 2, miseryShare: 50, score: 50 },
      change: { answers: 2, miseryShare: 0, score: 0 },
    });
    expect(checkout.days).toEqual([
      { day: '2026-11-21', answers: 2, misery: 2, magic: 0, score: 0 },
      { day: '2026-11-22', answers: 2, misery: 0, magic: 2, score: 100 },
    ]);
    expect(search).toMatchObject({ stage: 'discover', firstSeen: '2026-11-23', answers: 2, misery: 2, miseryShare: 100, score: { label: 'NPS', value: -100, unit: '' }, change: { answers: 2, miseryShare: null, score: null } });
    const worst = (await send(`${url}/api/summary?from=2026-11-21&to=2026-11-30&order=worst`, { headers: auth })).json();
    expect(worst.order).toBe('worst');
    expect(worst.touchpoints.map((t: any) => t.touchpoint)).toEqual(['search', 'checkout']);
  });
});
