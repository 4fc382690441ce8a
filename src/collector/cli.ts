import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createAlertMonitor, type AlertMonitor } from './alerts/alertMonitor';
import { readAlertSettings } from './alerts/alertSettings';
import { MissingDriverError } from './store/loadDriver';
import { createCollector } from './http/collector';
import type { Mount } from './http/serveStatic';
import { readSettings, type CliSettings } from './readSettings';
import { openStore } from './store/store';

/** Hides the password of a postgres URL in the start-up log. */
const redact = (db: string) => db.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');

/** Runs the collector until SIGINT/SIGTERM. */
export async function main(env = process.env, argv = process.argv.slice(2)): Promise<void> {
  const s = readSettings(env, argv);
  // A wrong alerts file stops the start with a message naming the rule and field, before anything opens.
  const alerts = s.alertsFile ? readAlertSettings(s.alertsFile, s.alertSecret) : undefined;
  let store;
  try {
    store = await openStore(s.db);
  } catch (error) {
    if (error instanceof MissingDriverError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const mounts: Mount[] = [];
  if (s.examples) {
    // dist/collector.js sits in dist/, beside the widget builds; the examples are one folder up.
    const dist = fileURLToPath(new URL('./', import.meta.url));
    const examples = fileURLToPath(new URL('../examples/', import.meta.url));
    if (existsSync(examples)) mounts.push({ prefix: '/', dir: examples });
    mounts.push({ prefix: '/dist/', dir: dist });
  }
  const collector = createCollector({
    store,
    allowedOrigins: s.allowedOrigins,
    requireOrigin: s.requireOrigin,
    rateLimit: s.rateLimit,
    maxBodyBytes: s.maxBodyBytes,
    trustProxy: s.trustProxy,
    readToken: s.readToken,
    mounts,
    limits: { maxConnections: s.maxConnections, maxInflightBytes: s.maxInflightBytes },
    timeWindow: { maxAgeDays: s.maxEventAgeDays, maxSkewMinutes: 10 },
    touchpoints: s.touchpoints,
  });
  const url = await collector.listen(s.port, s.host);
  let monitor: AlertMonitor | undefined;
  if (alerts) {
    monitor = createAlertMonitor({ store, settings: alerts, baseUrl: () => url });
    monitor.start();
  }
  const lines = [
    `Moments collector on ${url} (${store.kind}: ${redact(s.db)})`,
    `  POST ${url}/moments   origins: ${originsText(s)}; rate limit: ${s.rateLimit ? `${s.rateLimit} requests/min per client` : 'off'}`,
    `  map of moments     ${url}/map`,
    `  dashboard          ${url}/dashboard`,
    s.readToken ? `  read API           ${url}/export, ${url}/api/summary (bearer token: MOMENTS_READ_TOKEN)` : '  read API           off (set MOMENTS_READ_TOKEN to enable /export and /api/summary)',
  ];
  if (alerts) lines.push(`  misery alerts      ${alerts.rules.length} rule${alerts.rules.length === 1 ? '' : 's'}, checked every ${alerts.checkEverySeconds} s, to ${new URL(alerts.webhook.url).origin}`);
  if (s.examples) lines.push(`  examples           ${url}/`, `  widget builds      ${url}/dist/`);
  console.log(lines.join('\n'));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`moments-collector: ${signal}, stopping`);
    monitor?.close();
    await collector.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

function originsText(s: CliSettings): string {
  const any = s.allowedOrigins.length === 0 ? 'any (MOMENTS_ALLOWED_ORIGINS unset)' : s.allowedOrigins.join(', ');
  return any + (s.requireOrigin ? ', Origin required' : '');
}

/** Runs {@link main}, printing a failure in one line and exiting 1. */
export function run(): void {
  main().catch((error) => {
    console.error(`moments-collector: ${(error as Error).message ?? error}`);
    process.exit(1);
  });
}

// `node dist/collector.js` runs it; `bin/moments-collector.js` calls run(); the bench imports the
// exports below without starting a server.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) run();

export { openStore } from './store/store';
export { createCollector } from './http/collector';
