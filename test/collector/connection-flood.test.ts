// Issue #19 item 11: a flood of sockets that hold uploads open must neither exhaust the collector's
// fds nor its memory. The collector runs as its own process (the build, as users run it) so its
// RSS is its own; loopback only, a bounded number of sockets, no timing assertions.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { body, event } from './events';
import { post, send } from './http';
import { spawnCollector, type Child } from './spawn-collector';

const dir = mkdtempSync(join(tmpdir(), 'moments-flood-'));
let child: Child | undefined;
afterAll(async () => {
  await child?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

it('answers 503 with Retry-After beyond its connection and upload limits, and its memory stays bounded', async () => {
  child = await spawnCollector({ MOMENTS_DB: join(dir, 'flood.db'), MOMENTS_MAX_CONNECTIONS: '400', MOMENTS_MAX_INFLIGHT_BYTES: String(16 * 1024 * 1024) });
  const pid = child.proc.pid!;
  const { port } = new URL(child.url);
  const now = new Date().toISOString();
  expect((await post(child.url, body([event('moment.shown', { time: now })]))).status).toBe(200);
  const baseline = rssMb(pid);

  // 1,000 sockets, each declaring 262,000 body bytes and sending all but the last one.
  const SOCKETS = 1000;
  const chunk = Buffer.alloc(261_999, 0x20);
  const sockets: Socket[] = [];
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50);
  const replies = await Promise.all(
    Array.from({ length: SOCKETS }, () =>
      new Promise<string>((resolve) => {
        const s = connect(Number(port), '127.0.0.1');
        sockets.push(s);
        let text = '';
        s.on('data', (d) => {
          text += d;
          if (text.includes('\r\n\r\n')) resolve(text);
        });
        s.on('error', () => resolve(text));
        s.on('close', () => resolve(text));
        s.on('connect', () => {
          s.write('POST /moments HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 262000\r\n\r\n');
          s.write(chunk);
        });
        // No answer by then: an upload the collector is holding, within its limits.
        setTimeout(() => resolve(text), 5000);
      }),
    ),
  );
  clearInterval(sampler);
  peak = Math.max(peak, rssMb(pid));
  for (const s of sockets) s.destroy();

  const refused = replies.filter((r) => r.startsWith('HTTP/1.1 503'));
  const held = replies.filter((r) => r === '').length;
  console.log(`flood: ${refused.length} answered 503, ${held} held, ${SOCKETS - refused.length - held} other`);
  expect(refused.length).toBeGreaterThan(SOCKETS / 2);
  for (const r of refused) expect(r.toLowerCase()).toMatch(/\r\nretry-after: \d+\r\n/);

  // Health and ingestion answer again once the flood is gone, and memory went back down.
  let status = 0;
  for (let i = 0; i < 50 && status !== 200; i++) {
    status = (await post(child.url, body([event('moment.shown', { time: new Date().toISOString() })])).catch(() => ({ status: 0 }))).status;
    if (status !== 200) await new Promise((r) => setTimeout(r, 100));
  }
  expect(status).toBe(200);
  const health = (await send(`${child.url}/health`)).json();
  expect(health.limits.inflightBytes).toBe(0);
  expect(health.limits.connections).toBeLessThan(10);
  const after = rssMb(pid);
  console.log(`flood: baseline ${baseline.toFixed(0)} MB, peak ${peak.toFixed(0)} MB, after ${after.toFixed(0)} MB`);
  expect(peak - baseline).toBeLessThan(200);
  expect(after - baseline).toBeLessThan(120);
});
