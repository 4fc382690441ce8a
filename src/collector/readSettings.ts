/** Settings from the environment and argv (`--examples`); see docs/collector.md. */
export interface CliSettings {
  port: number;
  host: string | undefined;
  db: string;
  allowedOrigins: string[];
  requireOrigin: boolean;
  rateLimit: number;
  maxBodyBytes: number;
  trustProxy: boolean;
  examples: boolean;
  maxConnections: number;
  maxInflightBytes: number;
  maxEventAgeDays: number;
  touchpoints: string[];
  /** `MOMENTS_READ_TOKEN`: enables the read API (export, summary) behind this bearer token. */
  readToken: string | undefined;
  /** `MOMENTS_ALERTS`: path of the misery alerts file (rules and webhook). */
  alertsFile: string | undefined;
  /** `MOMENTS_ALERT_SECRET`: the webhook's HMAC secret (overrides the file's). */
  alertSecret: string | undefined;
}

const flag = (v: string | undefined) => v === '1' || v === 'true' || v === 'yes';

/** Reads {@link CliSettings} from `env` and `argv`. */
export function readSettings(env: NodeJS.ProcessEnv, argv: string[]): CliSettings {
  const int = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number >= 0, not ${raw}`);
    return n;
  };
  return {
    port: int('PORT', 8080),
    host: env.HOST || undefined,
    db: env.MOMENTS_DB || 'data/moments.db',
    allowedOrigins: (env.MOMENTS_ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    requireOrigin: flag(env.MOMENTS_REQUIRE_ORIGIN),
    rateLimit: int('MOMENTS_RATE_LIMIT', 600),
    maxBodyBytes: int('MOMENTS_MAX_BODY', 256 * 1024),
    trustProxy: flag(env.MOMENTS_TRUST_PROXY),
    examples: argv.includes('--examples') || flag(env.MOMENTS_EXAMPLES),
    maxConnections: int('MOMENTS_MAX_CONNECTIONS', 1000),
    maxInflightBytes: int('MOMENTS_MAX_INFLIGHT_BYTES', 32 * 1024 * 1024),
    maxEventAgeDays: int('MOMENTS_MAX_EVENT_AGE_DAYS', 400),
    touchpoints: (env.MOMENTS_TOUCHPOINTS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    readToken: env.MOMENTS_READ_TOKEN || undefined,
    alertsFile: env.MOMENTS_ALERTS || undefined,
    alertSecret: env.MOMENTS_ALERT_SECRET || undefined,
  };
}

