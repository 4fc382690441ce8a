// The command with the read API and misery alerts configured through the environment, as users run it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCollector, ROOT } from './build-collector';
import { send } from './http';
import { spawnCollector } from './spawn-collector';

const dir = mkdtempSync(join(tmpdir(), 'moments-cli-alerts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('moments-collector with MOMENTS_READ_TOKEN and MOMENTS_ALERTS', () => {
  it('refuses to start on a wrong alerts file, naming the rule and field', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ webhook: { url: 'http://127.0.0.1:9/hook', secret: 'x'.repeat(16) }, rules: [{ name: 'payment', windowMinutes: 30, miseryShareAbove: 'high' }] }));
    await buildCollector();
    const proc = spawn(process.execPath, ['dist/collector.js'], { cwd: ROOT, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', MOMENTS_DB: join(dir, 'bad.db'), MOMENTS_ALERTS: file }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    proc.stdout.on('data', (d) => (out += d));
    proc.stderr.on('data', (d) => (out += d));
    const code = await new Promise((r) => proc.once('exit', r));
    expect(code).toBe(1);
    expect(out.trim()).toBe(`moments-collector: alerts file ${file}: rules[0] "payment": miseryShareAbove must be a share in % from 0 to below 100, not "high"`);
  });

  it('prints the read API and alerts on start, and serves /export only with the token', async () => {
    const file = join(dir, 'alerts.json');
    writeFileSync(file, JSON.stringify({ webhook: { url: 'https://hooks.example/abc' }, checkEverySeconds: 30, rules: [{ name: 'burst', windowMinutes: 10, miseryAtLeast: 5 }] }));
    const child = await spawnCollector({ MOMENTS_DB: join(dir, 'ok.db'), MOMENTS_READ_TOKEN: 'tok-123', MOMENTS_ALERTS: file, MOMENTS_ALERT_SECRET: 's'.repeat(20) });
    try {
      expect(child.output()).toContain(`read API           ${child.url}/export, ${child.url}/api/summary (bearer token: MOMENTS_READ_TOKEN)`);
      expect(child.output()).toContain('misery alerts      1 rule, checked every 30 s, to https://hooks.example');
      expect((await send(`${child.url}/export?from=2026-11-01&to=2026-11-30`)).status).toBe(401);
      expect((await send(`${child.url}/export?from=2026-11-01&to=2026-11-30`, { headers: { authorization: 'Bearer tok-123' } })).status).toBe(200);
      expect((await send(`${child.url}/map`)).status).toBe(200);
    } finally {
      await child.stop();
    }
  });
});
