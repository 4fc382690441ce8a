import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDriver, MissingDriverError } from '../../src/collector/store/loadDriver';
import { readSettings } from '../../src/collector/readSettings';
import { ROOT } from './build-collector';
import { body, event } from './events';
import { post, send } from './http';
import { spawnCollector } from './spawn-collector';

const dir = mkdtempSync(join(tmpdir(), 'moments-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('moments-collector command', () => {
  it('with --examples serves examples/ at / and dist/ at /dist/, prints the URLs, and creates the database', async () => {
    const db = join(dir, 'nested/folder/moments.db');
    const child = await spawnCollector({ MOMENTS_DB: db, MOMENTS_ALLOWED_ORIGINS: '' }, ['--examples'], 'bin/moments-collector.js');
    try {
      expect(child.output()).toContain(`dashboard          ${child.url}/dashboard`);
      expect(child.output()).toContain(`examples           ${child.url}/`);
      expect(child.output()).toContain('origins: any (MOMENTS_ALLOWED_ORIGINS unset)');
      const js = await send(`${child.url}/dist/collector.js`);
      expect(js.status).toBe(200);
      expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
      if (existsSync(join(ROOT, 'examples/index.html'))) {
        const index = await send(`${child.url}/`);
        expect([index.status, index.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
      }
      expect((await post(child.url, body([event('moment.shown')]))).status).toBe(200);
      expect(existsSync(db)).toBe(true);
      expect((await send(`${child.url}/dashboard`)).status).toBe(200);
    } finally {
      await child.stop();
    }
    expect(child.output()).toContain('SIGTERM, stopping');
  });

  it('without --examples serves only the collector routes', async () => {
    const child = await spawnCollector({ MOMENTS_DB: join(dir, 'b.db') });
    try {
      expect((await send(`${child.url}/dist/collector.js`)).status).toBe(404);
      expect(child.output()).not.toContain('examples');
    } finally {
      await child.stop();
    }
  });

  it('reads its settings from the environment', () => {
    expect(readSettings({}, [])).toMatchObject({ port: 8080, db: 'data/moments.db', allowedOrigins: [], requireOrigin: false, rateLimit: 600, examples: false });
    const s = readSettings({ PORT: '9000', MOMENTS_DB: 'postgres://u@h/db', MOMENTS_ALLOWED_ORIGINS: 'https://a.example, https://b.example', MOMENTS_REQUIRE_ORIGIN: '1', MOMENTS_RATE_LIMIT: '60', MOMENTS_EXAMPLES: '1' }, []);
    expect(s).toMatchObject({ port: 9000, db: 'postgres://u@h/db', allowedOrigins: ['https://a.example', 'https://b.example'], requireOrigin: true, rateLimit: 60, examples: true });
    expect(readSettings({}, ['--examples']).examples).toBe(true);
    expect(() => readSettings({ PORT: 'eighty' }, [])).toThrow('PORT must be a number >= 0, not eighty');
  });

  it('names the package to install when a database driver is missing', async () => {
    const missing = loadDriver('moments-no-such-driver', () => import('moments-no-such-driver' as string));
    await expect(missing).rejects.toBeInstanceOf(MissingDriverError);
    await expect(missing).rejects.toThrow('moments-collector needs moments-no-such-driver: npm install moments-no-such-driver');
    // Other failures are not disguised as a missing package.
    await expect(loadDriver('x', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});
