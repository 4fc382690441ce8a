import { readFileSync } from 'node:fs';

/** One misery alert rule, for one touchpoint or (without `touchpoint`) for each touchpoint separately. */
export type AlertRule = {
  /** Names the rule in alerts, logs and errors; unique in the file. */
  name: string;
  /** Only this touchpoint; omitted or `"*"`: every touchpoint, each on its own. */
  touchpoint?: string;
  /** The sliding window: answers whose time is in the last N minutes (1–1440). */
  windowMinutes: number;
} & (
  | {
      /** Trips when the share of misery answers in the window is above this % (0–100)… */
      miseryShareAbove: number;
      /** …and the window holds at least this many answers (default 10), so two answers cannot trip it. */
      minAnswers: number;
    }
  | {
      /** Trips when the window holds at least this many misery answers. */
      miseryAtLeast: number;
    }
);

/** The alerts file (its path in `MOMENTS_ALERTS`). */
export interface AlertSettings {
  webhook: {
    /** Where alerts are POSTed (a Slack incoming webhook works as it is). */
    url: string;
    /** Shared secret of the `X-Moments-Signature` HMAC; `MOMENTS_ALERT_SECRET` overrides it. */
    secret: string;
  };
  /** Base URL of this collector as people reach it, for the link to the map (default: the listening URL). */
  publicUrl?: string;
  /** How often the rules are checked, in seconds (default 60, at least 1). */
  checkEverySeconds: number;
  rules: AlertRule[];
}

/** The alerts file is wrong: the message names the file, the rule and the field. */
export class AlertConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AlertConfigError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const RULE_KEYS = new Set(['name', 'touchpoint', 'windowMinutes', 'miseryShareAbove', 'minAnswers', 'miseryAtLeast']);

/**
 * Validates a parsed alerts file; every problem names where it is (`rules[1] "burst": windowMinutes
 * must be …`). All problems are reported at once, so one start is enough to fix them.
 * @example
 * const settings = validateAlertSettings(JSON.parse(text), process.env.MOMENTS_ALERT_SECRET);
 */
export function validateAlertSettings(input: unknown, secretFromEnv?: string): AlertSettings {
  const problems: string[] = [];
  if (!isObject(input)) throw new AlertConfigError('must be a JSON object with "webhook" and "rules"');
  const webhook = input.webhook;
  let url = '';
  let secret = secretFromEnv ?? '';
  if (!isObject(webhook)) problems.push('webhook must be an object: { "url": "https://…", "secret": "…" }');
  else {
    url = typeof webhook.url === 'string' ? webhook.url : '';
    try {
      if (!/^https?:$/.test(new URL(url).protocol)) throw new Error();
    } catch {
      problems.push(`webhook.url must be an http(s) URL, not ${JSON.stringify(webhook.url)}`);
    }
    if (!secret) {
      if (typeof webhook.secret === 'string' && webhook.secret.length >= 16) secret = webhook.secret;
      else problems.push('webhook.secret must be a string of at least 16 characters (or set MOMENTS_ALERT_SECRET)');
    }
  }
  let publicUrl: string | undefined;
  if (input.publicUrl !== undefined) {
    if (typeof input.publicUrl === 'string' && /^https?:\/\//.test(input.publicUrl)) publicUrl = input.publicUrl.replace(/\/+$/, '');
    else problems.push(`publicUrl must be an http(s) URL, not ${JSON.stringify(input.publicUrl)}`);
  }
  const every = input.checkEverySeconds ?? 60;
  if (typeof every !== 'number' || !(every >= 1) || every > 3600) problems.push(`checkEverySeconds must be a number from 1 to 3600, not ${JSON.stringify(every)}`);
  const rules: AlertRule[] = [];
  if (!Array.isArray(input.rules) || input.rules.length === 0) problems.push('rules must be a non-empty array');
  else {
    const names = new Set<string>();
    input.rules.forEach((raw: unknown, i: number) => {
      const at = isObject(raw) && typeof raw.name === 'string' && raw.name ? `rules[${i}] "${raw.name}"` : `rules[${i}]`;
      if (!isObject(raw)) return void problems.push(`${at} must be an object`);
      const bad = (field: string, what: string) => problems.push(`${at}: ${field} must be ${what}, not ${JSON.stringify(raw[field])}`);
      for (const key of Object.keys(raw)) if (!RULE_KEYS.has(key)) problems.push(`${at}: unknown field ${key} (known: ${[...RULE_KEYS].join(', ')})`);
      if (typeof raw.name !== 'string' || !raw.name) bad('name', 'a non-empty string');
      else if (names.has(raw.name)) problems.push(`${at}: name is used by an earlier rule`);
      else names.add(raw.name);
      if (raw.touchpoint !== undefined && typeof raw.touchpoint !== 'string') bad('touchpoint', 'a string (omit it, or "*", for every touchpoint)');
      const window = raw.windowMinutes;
      if (typeof window !== 'number' || !Number.isInteger(window) || window < 1 || window > 1440) bad('windowMinutes', 'a whole number of minutes from 1 to 1440');
      const share = 'miseryShareAbove' in raw;
      const count = 'miseryAtLeast' in raw;
      if (share === count) return void problems.push(`${at}: give exactly one of miseryShareAbove (with minAnswers) or miseryAtLeast`);
      const touchpoint = typeof raw.touchpoint === 'string' && raw.touchpoint !== '*' ? { touchpoint: raw.touchpoint } : {};
      const base = { name: String(raw.name), ...touchpoint, windowMinutes: Number(window) };
      if (share) {
        const above = raw.miseryShareAbove;
        const min = raw.minAnswers ?? 10;
        if (typeof above !== 'number' || !(above >= 0) || above >= 100) bad('miseryShareAbove', 'a share in % from 0 to below 100');
        if (typeof min !== 'number' || !Number.isInteger(min) || min < 1) bad('minAnswers', 'a whole number >= 1');
        rules.push({ ...base, miseryShareAbove: Number(above), minAnswers: Number(min) });
      } else {
        if ('minAnswers' in raw) problems.push(`${at}: minAnswers goes with miseryShareAbove, not miseryAtLeast`);
        const least = raw.miseryAtLeast;
        if (typeof least !== 'number' || !Number.isInteger(least) || least < 1) bad('miseryAtLeast', 'a whole number >= 1');
        rules.push({ ...base, miseryAtLeast: Number(least) });
      }
    });
  }
  if (problems.length) throw new AlertConfigError(problems.join('; '));
  return { webhook: { url, secret }, ...(publicUrl ? { publicUrl } : {}), checkEverySeconds: Number(every), rules };
}

/** Reads and validates the alerts file at `path`; errors start with the path. */
export function readAlertSettings(path: string, secretFromEnv?: string): AlertSettings {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new AlertConfigError(`alerts file ${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new AlertConfigError(`alerts file ${path}: not JSON: ${(error as Error).message}`);
  }
  try {
    return validateAlertSettings(parsed, secretFromEnv || undefined);
  } catch (error) {
    throw new AlertConfigError(`alerts file ${path}: ${(error as Error).message}`);
  }
}
