import { readFileSync, realpathSync, existsSync, mkdirSync } from 'node:fs';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { createHmac, timingSafeEqual, createHash, randomInt } from 'node:crypto';
import { createServer } from 'node:http';
import { stat, readFile } from 'node:fs/promises';
import { resolve, join, sep, extname, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const slackText = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const clip = (s, n) => s.length > n ? `${s.slice(0, n - 1)}\u2026` : s;
function conditionText(rule) {
  return "miseryShareAbove" in rule ? `misery share above ${rule.miseryShareAbove}% with at least ${rule.minAnswers} answers in ${rule.windowMinutes} min` : `at least ${rule.miseryAtLeast} misery answers in ${rule.windowMinutes} min`;
}
function alertPayload(trip) {
  const { rule } = trip;
  const tp = trip.touchpoint || "(no touchpoint)";
  const text = `Moments alert: ${tp} has ${trip.misery} moments of misery of ${trip.answers} answers (${trip.share}%) in the last ${rule.windowMinutes} min (rule "${rule.name}": ${conditionText(rule)})`;
  const comments = trip.comments.map((c) => ({
    time: c.time,
    comment: c.comment,
    ...c.rating ? { rating: c.rating } : {},
    ...c.context ? { context: c.context } : {}
  }));
  const commentLines = comments.map((c) => {
    const context = c.context && Object.keys(c.context).length ? ` _${slackText(clip(JSON.stringify(c.context), 200))}_` : "";
    return `\u2022 ${slackText(c.time.slice(11, 16))} UTC${c.rating ? ` (${c.rating.scale} ${c.rating.value})` : ""}: ${slackText(clip(c.comment, 300))}${context}`;
  });
  const blocks = [
    { type: "section", text: { type: "mrkdwn", text: `*Moments of misery at ${slackText(tp)}*` } },
    {
      type: "section",
      fields: [
        { type: "mrkdwn", text: `*Touchpoint*
${slackText(tp)}` },
        { type: "mrkdwn", text: `*Window*
last ${rule.windowMinutes} min` },
        { type: "mrkdwn", text: `*Misery*
${trip.misery} of ${trip.answers} answers (${trip.share}%)` },
        // Slack takes at most 2,000 characters per field.
        { type: "mrkdwn", text: clip(`*Rule*
${slackText(rule.name)}: ${slackText(conditionText(rule))}`, 1900) }
      ]
    }
  ];
  if (commentLines.length) blocks.push({ type: "section", text: { type: "mrkdwn", text: clip(`*Latest comments*
${commentLines.join("\n")}`, 2900) } });
  blocks.push({ type: "section", text: { type: "mrkdwn", text: `<${trip.mapUrl}|Open the map of moments for ${slackText(tp)}>` } });
  return {
    text,
    blocks,
    alert: {
      rule: rule.name,
      condition: conditionText(rule),
      touchpoint: trip.touchpoint,
      window: { minutes: rule.windowMinutes, since: trip.since, until: trip.until },
      answers: trip.answers,
      misery: trip.misery,
      miseryShare: trip.share,
      comments,
      mapUrl: trip.mapUrl
    }
  };
}

function sleep(ms, signal) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });
}
const signature = (body, secret) => `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
async function postWebhook(body, options) {
  const attempts = options.attempts ?? 5;
  const headers = { "content-type": "application/json", "user-agent": "moments-collector", "x-moments-signature": signature(body, options.secret) };
  let error = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (options.signal?.aborted) return { ok: false, attempts: attempt - 1, error: "cancelled" };
    try {
      const timeout = AbortSignal.timeout(options.timeoutMs ?? 1e4);
      const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
      const res = await fetch(options.url, { method: "POST", headers, body, signal, redirect: "error" });
      await res.arrayBuffer().catch(() => void 0);
      if (res.ok) return { ok: true, attempts: attempt, status: res.status };
      error = `answered ${res.status}`;
      if (res.status < 500 && res.status !== 429) return { ok: false, attempts: attempt, error };
    } catch (e) {
      error = e.name === "TimeoutError" ? "timed out" : `${e.message}${e.cause ? `: ${e.cause.message}` : ""}`;
    }
    if (attempt < attempts) await sleep((options.backoffMs ?? 1e3) * 2 ** (attempt - 1), options.signal);
  }
  return { ok: false, attempts, error };
}

const share$1 = (misery, answers) => answers ? Math.round(1e3 * misery / answers) / 10 : 0;
function trips(rule, answers, misery) {
  if ("miseryShareAbove" in rule) return answers >= rule.minAnswers && share$1(misery, answers) > rule.miseryShareAbove;
  return misery >= rule.miseryAtLeast;
}
function createAlertMonitor(options) {
  const { store, settings } = options;
  const log = options.log ?? ((line) => console.error(line));
  const cancel = new AbortController();
  let timer;
  let closed = false;
  function deliver(trip) {
    const body = JSON.stringify(alertPayload(trip));
    void postWebhook(body, { url: settings.webhook.url, secret: settings.webhook.secret, ...options.webhook, signal: cancel.signal }).then((result) => {
      if (result.ok) log(`moments-collector: alert "${trip.rule.name}" for ${JSON.stringify(trip.touchpoint)} sent (${result.attempts} attempt${result.attempts === 1 ? "" : "s"})`);
      else if (!closed) log(`moments-collector: alert "${trip.rule.name}" for ${JSON.stringify(trip.touchpoint)} not delivered after ${result.attempts} attempts: ${result.error}`);
      options.onDelivery?.(trip, result);
    });
  }
  async function checkRule(rule, now, windows) {
    const until = now.toISOString();
    const since = new Date(now.getTime() - rule.windowMinutes * 6e4).toISOString();
    let counts = windows.get(rule.windowMinutes);
    if (!counts) windows.set(rule.windowMinutes, counts = store.answerWindow(since, until));
    const rows = (await counts).filter((r) => rule.touchpoint === void 0 || r.touchpoint === rule.touchpoint);
    const tripping = rows.filter((r) => trips(rule, r.answers, r.misery));
    const claimed = new Set(await store.claimAlerts(rule.name, tripping.map((r) => r.touchpoint)));
    const base = settings.publicUrl ?? options.baseUrl();
    for (const r of tripping) {
      if (!claimed.has(r.touchpoint)) continue;
      const comments = await store.miseryComments({ from: since.slice(0, 10), to: until.slice(0, 10), touchpoint: r.touchpoint, limit: 3 });
      const query = new URLSearchParams({ from: since.slice(0, 10), to: until.slice(0, 10), touchpoint: r.touchpoint });
      deliver({ rule, touchpoint: r.touchpoint, since, until, answers: r.answers, misery: r.misery, share: share$1(r.misery, r.answers), comments, mapUrl: `${base}/map?${query}#comments` });
    }
  }
  async function check(now = /* @__PURE__ */ new Date()) {
    const windows = /* @__PURE__ */ new Map();
    for (const rule of settings.rules) {
      if (closed) return;
      try {
        await checkRule(rule, now, windows);
      } catch (error) {
        log(`moments-collector: alert rule "${rule.name}" could not be checked: ${error.message}`);
      }
    }
  }
  return {
    start() {
      const tick = () => {
        timer = setTimeout(async () => {
          await check();
          if (!closed) tick();
        }, settings.checkEverySeconds * 1e3);
        timer.unref();
      };
      if (!closed && !timer) tick();
    },
    check,
    close() {
      closed = true;
      clearTimeout(timer);
      cancel.abort();
    }
  };
}

class AlertConfigError extends Error {
  constructor(message) {
    super(message);
    this.name = "AlertConfigError";
  }
}
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const RULE_KEYS = /* @__PURE__ */ new Set(["name", "touchpoint", "windowMinutes", "miseryShareAbove", "minAnswers", "miseryAtLeast"]);
function validateAlertSettings(input, secretFromEnv) {
  const problems = [];
  if (!isObject(input)) throw new AlertConfigError('must be a JSON object with "webhook" and "rules"');
  const webhook = input.webhook;
  let url = "";
  let secret = secretFromEnv ?? "";
  if (!isObject(webhook)) problems.push('webhook must be an object: { "url": "https://\u2026", "secret": "\u2026" }');
  else {
    url = typeof webhook.url === "string" ? webhook.url : "";
    try {
      if (!/^https?:$/.test(new URL(url).protocol)) throw new Error();
    } catch {
      problems.push(`webhook.url must be an http(s) URL, not ${JSON.stringify(webhook.url)}`);
    }
    if (!secret) {
      if (typeof webhook.secret === "string" && webhook.secret.length >= 16) secret = webhook.secret;
      else problems.push("webhook.secret must be a string of at least 16 characters (or set MOMENTS_ALERT_SECRET)");
    }
  }
  let publicUrl;
  if (input.publicUrl !== void 0) {
    if (typeof input.publicUrl === "string" && /^https?:\/\//.test(input.publicUrl)) publicUrl = input.publicUrl.replace(/\/+$/, "");
    else problems.push(`publicUrl must be an http(s) URL, not ${JSON.stringify(input.publicUrl)}`);
  }
  const every = input.checkEverySeconds ?? 60;
  if (typeof every !== "number" || !(every >= 1) || every > 3600) problems.push(`checkEverySeconds must be a number from 1 to 3600, not ${JSON.stringify(every)}`);
  const rules = [];
  if (!Array.isArray(input.rules) || input.rules.length === 0) problems.push("rules must be a non-empty array");
  else {
    const names = /* @__PURE__ */ new Set();
    input.rules.forEach((raw, i) => {
      const at = isObject(raw) && typeof raw.name === "string" && raw.name ? `rules[${i}] "${raw.name}"` : `rules[${i}]`;
      if (!isObject(raw)) return void problems.push(`${at} must be an object`);
      const bad = (field, what) => problems.push(`${at}: ${field} must be ${what}, not ${JSON.stringify(raw[field])}`);
      for (const key of Object.keys(raw)) if (!RULE_KEYS.has(key)) problems.push(`${at}: unknown field ${key} (known: ${[...RULE_KEYS].join(", ")})`);
      if (typeof raw.name !== "string" || !raw.name) bad("name", "a non-empty string");
      else if (names.has(raw.name)) problems.push(`${at}: name is used by an earlier rule`);
      else names.add(raw.name);
      if (raw.touchpoint !== void 0 && typeof raw.touchpoint !== "string") bad("touchpoint", 'a string (omit it, or "*", for every touchpoint)');
      const window = raw.windowMinutes;
      if (typeof window !== "number" || !Number.isInteger(window) || window < 1 || window > 1440) bad("windowMinutes", "a whole number of minutes from 1 to 1440");
      const share = "miseryShareAbove" in raw;
      const count = "miseryAtLeast" in raw;
      if (share === count) return void problems.push(`${at}: give exactly one of miseryShareAbove (with minAnswers) or miseryAtLeast`);
      const touchpoint = typeof raw.touchpoint === "string" && raw.touchpoint !== "*" ? { touchpoint: raw.touchpoint } : {};
      const base = { name: String(raw.name), ...touchpoint, windowMinutes: Number(window) };
      if (share) {
        const above = raw.miseryShareAbove;
        const min = raw.minAnswers ?? 10;
        if (typeof above !== "number" || !(above >= 0) || above >= 100) bad("miseryShareAbove", "a share in % from 0 to below 100");
        if (typeof min !== "number" || !Number.isInteger(min) || min < 1) bad("minAnswers", "a whole number >= 1");
        rules.push({ ...base, miseryShareAbove: Number(above), minAnswers: Number(min) });
      } else {
        if ("minAnswers" in raw) problems.push(`${at}: minAnswers goes with miseryShareAbove, not miseryAtLeast`);
        const least = raw.miseryAtLeast;
        if (typeof least !== "number" || !Number.isInteger(least) || least < 1) bad("miseryAtLeast", "a whole number >= 1");
        rules.push({ ...base, miseryAtLeast: Number(least) });
      }
    });
  }
  if (problems.length) throw new AlertConfigError(problems.join("; "));
  return { webhook: { url, secret }, ...publicUrl ? { publicUrl } : {}, checkEverySeconds: Number(every), rules };
}
function readAlertSettings(path, secretFromEnv) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new AlertConfigError(`alerts file ${path}: cannot be read (${error.code ?? error.message})`);
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new AlertConfigError(`alerts file ${path}: not JSON: ${error.message}`);
  }
  try {
    return validateAlertSettings(parsed, secretFromEnv || void 0);
  } catch (error) {
    throw new AlertConfigError(`alerts file ${path}: ${error.message}`);
  }
}

class MissingDriverError extends Error {
  constructor(name, cause) {
    super(`moments-collector needs ${name}: npm install ${name}`, { cause });
    this.name = "MissingDriverError";
  }
}
async function loadDriver(name, load) {
  try {
    return await load();
  } catch (error) {
    const code = error.code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND" || /Cannot find (module|package)/.test(String(error))) {
      throw new MissingDriverError(name, error);
    }
    throw error;
  }
}

function limitConnections(server, options = {}) {
  const maxConnections = options.maxConnections ?? 1e3;
  const maxInflight = options.maxInflightBytes ?? 32 * 1024 * 1024;
  const retryAfter = String(options.retryAfterSeconds ?? 5);
  const busy = JSON.stringify({ error: "too many connections; retry later" });
  const refusal = `HTTP/1.1 503 Service Unavailable\r
retry-after: ${retryAfter}\r
content-type: application/json; charset=utf-8\r
content-length: ${Buffer.byteLength(busy)}\r
cache-control: no-store\r
connection: close\r
\r
${busy}`;
  let connections = 0;
  let inflight = 0;
  server.on("connection", (socket) => {
    if (connections >= maxConnections) {
      socket.pause();
      socket.end(refusal);
      setTimeout(() => socket.destroy(), 1e3).unref();
      return;
    }
    connections++;
    socket.once("close", () => connections--);
  });
  return {
    reserve(bytes) {
      if (inflight + bytes > maxInflight) return false;
      inflight += bytes;
      return true;
    },
    fits: (bytes) => inflight + bytes <= maxInflight,
    release(bytes) {
      inflight -= bytes;
    },
    retryAfter,
    stats: () => ({ connections, inflightBytes: inflight })
  };
}

const LAST_INSTANT = "9999-12-31T23:59:59.999Z";
function dayAfter(day) {
  const d = /* @__PURE__ */ new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.getUTCFullYear() > 9999 ? LAST_INSTANT : d.toISOString();
}

const DAY$1 = /^\d{4}-\d{2}-\d{2}$/;
const isDay$1 = (s) => DAY$1.test(s) && (/* @__PURE__ */ new Date(`${s}T00:00:00Z`)).toISOString().slice(0, 10) === s;
function parseDayRange(params) {
  const from = params.get("from");
  const to = params.get("to");
  if (!from || !to) return { ok: false, error: "from and to are required (YYYY-MM-DD, inclusive UTC days)" };
  if (!isDay$1(from)) return { ok: false, error: `from must be a day as YYYY-MM-DD, not ${from}` };
  if (!isDay$1(to)) return { ok: false, error: `to must be a day as YYYY-MM-DD, not ${to}` };
  if (from > to) return { ok: false, error: `from (${from}) is after to (${to})` };
  return { ok: true, query: { from, to } };
}
function parseExportQuery(params) {
  const range = parseDayRange(params);
  if (!range.ok) return range;
  const format = params.get("format") ?? "csv";
  if (format !== "csv" && format !== "ndjson") return { ok: false, error: `format must be csv or ndjson, not ${format}` };
  const touchpoint = params.get("touchpoint");
  return { ok: true, query: { ...range.query, format, ...touchpoint !== null ? { touchpoint } : {} } };
}
function timeBounds(q) {
  return [`${q.from}T00:00:00.000Z`, dayAfter(q.to)];
}

const CSV_COLUMNS = [
  "id",
  "time",
  "type",
  "touchpoint",
  "stage",
  "moment",
  "page_path",
  "page_title",
  "visitor",
  "scale",
  "value",
  "reasons",
  "comment",
  "contact_email",
  "dropped",
  "preview",
  "context"
];
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
function csvField(value) {
  if (value === null || value === void 0) return "";
  if (typeof value !== "string") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
const CSV_HEADER = `${CSV_COLUMNS.join(",")}\r
`;
function csvRecord(e) {
  return [
    csvField(e.id),
    csvField(e.time),
    csvField(e.type),
    csvField(e.touchpoint),
    csvField(e.stage),
    csvField(e.moment),
    csvField(e.page.path),
    csvField(e.page.title),
    csvField(e.visitor),
    csvField(e.rating?.scale),
    csvField(e.rating?.value),
    csvField(e.reasons === void 0 ? void 0 : JSON.stringify(e.reasons)),
    csvField(e.comment),
    csvField(e.contact?.email),
    csvField(e.dropped),
    csvField(e.preview === true),
    csvField(e.context === void 0 ? void 0 : JSON.stringify(e.context))
  ].join(",") + "\r\n";
}

function drained(res) {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}
async function streamExport(res, pages, q) {
  let gone = false;
  res.once("close", () => gone = true);
  try {
    let next = await pages.next();
    const name = `moments-${q.from}-to-${q.to}${q.touchpoint !== void 0 ? `-${q.touchpoint.replace(/[^\w.-]+/g, "_").slice(0, 60)}` : ""}.${q.format}`;
    res.writeHead(200, {
      "content-type": q.format === "csv" ? "text/csv; charset=utf-8; header=present" : "application/x-ndjson; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff"
    });
    if (q.format === "csv") res.write(CSV_HEADER);
    while (!next.done && !gone) {
      let chunk = "";
      for (const e of next.value) chunk += q.format === "csv" ? csvRecord(e) : `${JSON.stringify(e)}
`;
      if (!res.write(chunk)) await drained(res);
      if (gone) break;
      next = await pages.next();
    }
    res.end();
  } finally {
    await pages.return(void 0);
  }
}

function moodOf(scale, value) {
  switch (scale) {
    case "thumbs":
      return value >= 1 ? 1 : -1;
    case "nps":
      return value <= 6 ? -1 : value >= 9 ? 1 : 0;
    default:
      return value <= 2 ? -1 : value >= 4 ? 1 : 0;
  }
}

function score(scale, counts) {
  let total = 0;
  let good = 0;
  let bad = 0;
  for (let v = 0; v < counts.length; v++) {
    const n = counts[v] ?? 0;
    total += n;
    if (scale === "nps") {
      if (v >= 9) good += n;
      else if (v <= 6) bad += n;
    } else if (scale === "thumbs") {
      if (v >= 1) good += n;
    } else if (v >= 4) good += n;
  }
  const share = (n) => total ? Math.round(1e3 * n / total) / 10 : null;
  if (scale === "nps") return { label: "NPS", value: total ? Math.round(100 * (good - bad) / total) : null, unit: "" };
  if (scale === "thumbs") return { label: "Thumbs up", value: share(good), unit: "%" };
  return { label: scale === "csat" ? "CSAT" : "CSAT (4\u20135)", value: share(good), unit: "%" };
}

const share = (part, whole) => whole ? Math.round(1e3 * part / whole) / 10 : null;
const minus = (a, b) => a === null || b === null ? null : Math.round(10 * (a - b)) / 10;
function tally(rollups) {
  const out = /* @__PURE__ */ new Map();
  const get = (touchpoint) => {
    let t = out.get(touchpoint);
    if (!t) out.set(touchpoint, t = { shown: 0, comments: 0, byScale: /* @__PURE__ */ new Map(), byDay: /* @__PURE__ */ new Map() });
    return t;
  };
  for (const t of rollups.totals) Object.assign(get(t.touchpoint), { shown: Number(t.shown), comments: Number(t.commented) });
  for (const r of rollups.ratings) {
    const t = get(r.touchpoint);
    const add = (m) => {
      let counts = m.get(r.scale);
      if (!counts) m.set(r.scale, counts = new Array(11).fill(0));
      counts[r.value] += Number(r.count);
    };
    add(t.byScale);
    let day = t.byDay.get(r.day);
    if (!day) t.byDay.set(r.day, day = /* @__PURE__ */ new Map());
    add(day);
  }
  return out;
}
const sum = (counts) => counts.reduce((a, b) => a + b, 0);
function moods(byScale) {
  let answers = 0;
  let misery = 0;
  let magic = 0;
  for (const [scale, counts] of byScale) {
    counts.forEach((n, value) => {
      if (!n) return;
      answers += n;
      const mood = moodOf(scale, value);
      if (mood < 0) misery += n;
      else if (mood > 0) magic += n;
    });
  }
  return { answers, misery, magic };
}
function mainScale(byScale) {
  let best = null;
  let most = -1;
  for (const [scale, counts] of [...byScale].sort(([a], [b]) => a < b ? -1 : 1)) {
    const n = sum(counts);
    if (n > most) [best, most] = [scale, n];
  }
  return best;
}
function mapFigures(range, previousRange, current, previous, firstSeen, order = "journey") {
  const now = tally(current);
  const then = tally(previous);
  const seen = new Map(firstSeen.map((f) => [f.touchpoint, f.firstDay]));
  const stageOf = new Map(firstSeen.map((f) => [f.touchpoint, f.stage ?? null]));
  const stageStart = /* @__PURE__ */ new Map();
  for (const f of firstSeen) {
    if (f.stage && !(f.firstDay >= (stageStart.get(f.stage) ?? "9999"))) stageStart.set(f.stage, f.firstDay);
  }
  const names = /* @__PURE__ */ new Set([...now.keys(), ...then.keys()]);
  const touchpoints = [...names].map((touchpoint) => {
    const t = now.get(touchpoint) ?? { shown: 0, comments: 0, byScale: /* @__PURE__ */ new Map(), byDay: /* @__PURE__ */ new Map() };
    const p = then.get(touchpoint);
    const m = moods(t.byScale);
    const pm = p ? moods(p.byScale) : { answers: 0, misery: 0};
    const scale = mainScale(t.byScale) ?? (p ? mainScale(p.byScale) : null);
    const scoreNow = scale ? score(scale, t.byScale.get(scale) ?? []) : null;
    const scoreThen = scale && p?.byScale.has(scale) ? score(scale, p.byScale.get(scale)).value : null;
    const miseryShare = share(m.misery, m.answers);
    const previousShare = share(pm.misery, pm.answers);
    const days = [...t.byDay].sort(([a], [b]) => a < b ? -1 : 1).map(([day, byScale]) => ({ day, ...moods(byScale), score: scale && byScale.has(scale) ? score(scale, byScale.get(scale)).value : null }));
    return {
      touchpoint,
      stage: stageOf.get(touchpoint) ?? null,
      firstSeen: seen.get(touchpoint) ?? null,
      shown: t.shown,
      answers: m.answers,
      comments: t.comments,
      misery: m.misery,
      magic: m.magic,
      miseryShare,
      magicShare: share(m.magic, m.answers),
      scale,
      score: scoreNow,
      previous: { answers: pm.answers, miseryShare: previousShare, score: scoreThen },
      change: { answers: m.answers - pm.answers, miseryShare: minus(miseryShare, previousShare), score: minus(scoreNow?.value ?? null, scoreThen) },
      days
    };
  });
  const byName = (a, b) => a.touchpoint < b.touchpoint ? -1 : a.touchpoint > b.touchpoint ? 1 : 0;
  const compare = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  const first = (t) => t.firstSeen ?? "9999";
  const groupDay = (t) => t.stage ? stageStart.get(t.stage) ?? first(t) : first(t);
  const journey = (a, b) => compare(groupDay(a), groupDay(b)) || compare(a.stage ?? "", b.stage ?? "") || compare(first(a), first(b)) || byName(a, b);
  const worst = (a, b) => (b.miseryShare ?? -1) - (a.miseryShare ?? -1) || b.misery - a.misery || journey(a, b);
  touchpoints.sort(order === "worst" ? worst : journey);
  return { from: range.from, to: range.to, previous: previousRange, order, touchpoints };
}

const DAY_MS$1 = 864e5;
const dayNumber = (day) => Date.parse(`${day}T00:00:00Z`) / DAY_MS$1;
const dayText = (n) => new Date(n * DAY_MS$1).toISOString().slice(0, 10);
function previousPeriod(range) {
  const from = dayNumber(range.from);
  const length = dayNumber(range.to) - from + 1;
  return { from: dayText(from - length), to: dayText(from - 1) };
}
function daysBetween(from, to, limit = 3660) {
  const out = [];
  for (let n = dayNumber(from), end = dayNumber(to); n <= end && out.length < limit; n++) out.push(dayText(n));
  return out;
}

async function loadMap(store, range, order = "journey") {
  const before = previousPeriod(range);
  const [current, previous, firstSeen] = await Promise.all([
    store.dashboard({ ...range, limit: 0 }),
    store.dashboard({ ...before, limit: 0 }),
    store.touchpointOrder()
  ]);
  return mapFigures(range, before, current, previous, firstSeen, order);
}

class StoreUnavailableError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "StoreUnavailableError";
  }
}
async function openStore(url) {
  if (url && /^postgres(ql)?:\/\//i.test(url)) {
    const { openPgStore } = await Promise.resolve().then(() => openPgStore$1);
    return openPgStore(url);
  }
  const { openSqliteStore } = await Promise.resolve().then(() => openSqliteStore$1);
  return openSqliteStore(url || "data/moments.db");
}

const digest = (text) => createHash("sha256").update(text).digest();
function readTokenCheck(token) {
  const expected = digest(token);
  return (req) => {
    const header = req.headers.authorization ?? "";
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    return !!match && timingSafeEqual(digest(match[1]), expected);
  };
}

const json$2 = (res, status, body, headers = {}) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": String(Buffer.byteLength(text)), "cache-control": "no-store", ...headers });
  res.end(text);
};
function createReadApi(store, token) {
  if (!token) return async () => false;
  const allowed = readTokenCheck(token);
  return async (req, res, pathname, params) => {
    if (pathname !== "/export" && pathname !== "/api/summary") return false;
    if (!allowed(req)) {
      json$2(res, 401, { error: "a valid Authorization: Bearer token is required" }, { "www-authenticate": 'Bearer realm="moments"' });
      return true;
    }
    if (req.method !== "GET") {
      json$2(res, 405, { error: "use GET" }, { allow: "GET" });
      return true;
    }
    try {
      if (pathname === "/export") {
        const parsed = parseExportQuery(params);
        if (!parsed.ok) json$2(res, 400, { error: parsed.error });
        else await streamExport(res, store.exportPages(parsed.query), parsed.query);
      } else {
        const parsed = parseDayRange(params);
        const order = params.get("order") ?? "journey";
        if (!parsed.ok) json$2(res, 400, { error: parsed.error });
        else if (order !== "journey" && order !== "worst") json$2(res, 400, { error: `order must be journey or worst, not ${order}` });
        else json$2(res, 200, await loadMap(store, parsed.query, order));
      }
    } catch (error) {
      if (!(error instanceof StoreUnavailableError) || res.headersSent) throw error;
      json$2(res, 503, { error: "database unavailable; retry later" }, { "retry-after": "5" });
    }
    return true;
  };
}

const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const DASHBOARD_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const SCALE_NAMES = { thumbs: "Thumbs", emoji5: "Emoji (1\u20135)", stars5: "Stars (1\u20135)", csat: "CSAT (1\u20135)", nps: "NPS (0\u201310)" };
const MOOD_CLASS$1 = { "-1": "bad", "0": "mid", "1": "good" };
const fmt$1 = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const pct$1 = (a, b) => b ? `${Math.round(100 * a / b)}%` : "\u2013";
const showScore = (s) => s.value === null ? "\u2013" : `${s.value}${s.unit}`;
function distributionChart(f) {
  const max = Math.max(1, ...f.distribution.map((d) => d.count));
  const row = 22;
  const bars = f.distribution.map((d, i) => {
    const w = Math.round(d.count / max * 260);
    const y = i * row;
    return `<text x="0" y="${y + 15}">${escapeHtml(d.value)}</text><rect class="bar ${MOOD_CLASS$1[moodOf(f.scale, d.value)]}" x="28" y="${y + 4}" width="${w}" height="15" rx="3"><title>${escapeHtml(d.value)}: ${fmt$1(d.count)}</title></rect><text x="${34 + w}" y="${y + 15}">${fmt$1(d.count)}</text>`;
  }).join("");
  return `<svg viewBox="0 0 360 ${f.distribution.length * row}" role="img" aria-label="${escapeHtml(SCALE_NAMES[f.scale])} distribution">${bars}</svg>`;
}
function daysOf(from, to) {
  const out = [];
  const d = /* @__PURE__ */ new Date(`${from}T00:00:00Z`);
  const end = /* @__PURE__ */ new Date(`${to}T00:00:00Z`);
  while (d <= end && out.length < 3660) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}
function dayChart(f, q) {
  const days = daysOf(q.from, q.to);
  const byDay = new Map(f.days.map((d) => [d.day, d]));
  const W = 600;
  const H = 120;
  const nps = f.scale === "nps";
  const zero = nps ? H / 2 : H;
  const step = W / Math.max(1, days.length);
  const cols = days.map((day, i) => {
    const d = byDay.get(day);
    if (!d || d.score.value === null) return "";
    const v = d.score.value;
    const len = Math.max(1, Math.abs(v) / 100 * (nps ? H / 2 : H));
    const y = v >= 0 ? zero - len : zero;
    const cls = nps ? v >= 0 ? "good" : "bad" : "";
    return `<rect class="bar ${cls}" x="${(i * step + step * 0.1).toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(0.5, step * 0.8).toFixed(1)}" height="${len.toFixed(1)}"><title>${escapeHtml(day)}: ${escapeHtml(showScore(d.score))} (${fmt$1(d.answers)} answers)</title></rect>`;
  }).join("");
  return `<svg viewBox="0 0 ${W} ${H + 16}" role="img" aria-label="${escapeHtml(f.score.label)} by day"><line class="axis" x1="0" x2="${W}" y1="${zero}" y2="${zero}"/>${cols}<text x="0" y="${H + 14}">${escapeHtml(days[0] ?? "")}</text><text x="${W}" y="${H + 14}" text-anchor="end">${escapeHtml(days[days.length - 1] ?? "")}</text></svg>`;
}
function touchpointSection(t, q) {
  const scales = t.scales.map(
    (s) => `<div class="scale" data-scale="${escapeHtml(s.scale)}">
  <div><h3>${escapeHtml(SCALE_NAMES[s.scale])}</h3><div class="score" data-score="${escapeHtml(s.score.label)}">${escapeHtml(showScore(s.score))}</div>
  <div class="muted">${escapeHtml(s.score.label)} \xB7 ${fmt$1(s.answers)} ${s.answers === 1 ? "answer" : "answers"}</div>${distributionChart(s)}</div>
  <div><h3>${escapeHtml(s.score.label)} by day</h3>${dayChart(s, q)}</div>
</div>`
  ).join("\n");
  return `<section class="touchpoint" id="tp-${escapeHtml(t.touchpoint)}" data-touchpoint="${escapeHtml(t.touchpoint)}">
<h2>${t.touchpoint ? escapeHtml(t.touchpoint) : '<span class="muted">(no touchpoint)</span>'}</h2>
<ul class="counts">
  <li><b data-count="shown">${fmt$1(t.shown)}</b><span>shown</span></li>
  <li><b data-count="answered">${fmt$1(t.answered)}</b><span>answered (${pct$1(t.answered, t.shown)})</span></li>
  <li><b data-count="dismissed">${fmt$1(t.dismissed)}</b><span>dismissed (${pct$1(t.dismissed, t.shown)})</span></li>
  <li><b data-count="commented">${fmt$1(t.commented)}</b><span>comments</span></li>
</ul>
${scales || '<p class="empty">No answers in this range.</p>'}
</section>`;
}
function link(q, mood, page = 1) {
  const p = new URLSearchParams({ from: q.from, to: q.to });
  if (mood) p.set("mood", mood);
  if (page > 1) p.set("page", String(page));
  return `/dashboard?${p}`;
}
function pager(f, q) {
  const size = q.touchpointLimit ?? 0;
  const offset = q.touchpointOffset ?? 0;
  if (!size || !f.more && offset === 0) return "";
  const page = Math.floor(offset / size) + 1;
  const shown = f.touchpoints.length ? `Touchpoints ${fmt$1(offset + 1)}\u2013${fmt$1(offset + f.touchpoints.length)}` : `Page ${page}`;
  const previous = page > 1 ? ` \xB7 <a href="${escapeHtml(link(q, q.mood, page - 1))}" rel="prev">previous</a>` : "";
  const next = f.more ? ` \xB7 <a href="${escapeHtml(link(q, q.mood, page + 1))}" rel="next">next</a>` : "";
  return `<nav class="pager muted" aria-label="Touchpoint pages">${shown}${previous}${next}</nav>`;
}
function commentsSection$1(f, q) {
  const filters = [
    [void 0, "All"],
    ["misery", "Moments of misery"],
    ["magic", "Moments of magic"]
  ].map(([m, label]) => `<a href="${escapeHtml(link(q, m))}"${q.mood === m ? ' aria-current="page"' : ""}>${label}</a>`).join("");
  const items = f.comments.map((c) => {
    const rating = c.rating ? `<span class="rating ${MOOD_CLASS$1[moodOf(c.rating.scale, c.rating.value)]}">${escapeHtml(c.rating.scale)} ${escapeHtml(c.rating.value)}</span> \xB7 ` : "";
    const reasons = c.reasons?.length ? `<ul class="chips">${c.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join("")}</ul>` : "";
    const context = c.context && Object.keys(c.context).length ? `<pre class="context">${escapeHtml(JSON.stringify(c.context, null, 2))}</pre>` : "";
    return `<li data-id="${escapeHtml(c.id)}"><div class="muted">${rating}<time datetime="${escapeHtml(c.time)}">${escapeHtml(c.time.slice(0, 16).replace("T", " "))} UTC</time> \xB7 ${escapeHtml(c.touchpoint)} \xB7 <span class="page">${escapeHtml(c.page.title)} (${escapeHtml(c.page.path)})</span></div>
<p class="comment">${escapeHtml(c.comment)}</p>${reasons}${context}</li>`;
  }).join("\n");
  return `<section id="comments"><h2>Latest comments</h2><nav class="filters" aria-label="Filter comments">${filters}</nav>
${items ? `<ol class="comments">${items}</ol>` : '<p class="empty">No comments in this range.</p>'}</section>`;
}
function renderDashboard(f, q, note) {
  const body = f.touchpoints.length ? f.touchpoints.map((t) => touchpointSection(t, q)).join("\n") : '<section><p class="empty">No moments in this range yet.</p></section>';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Moments dashboard</title><link rel="stylesheet" href="/dashboard.css"></head>
<body>
<header><h1>Moments</h1><nav class="views" aria-label="Views"><a href="/map?${escapeHtml(new URLSearchParams({ from: q.from, to: q.to }).toString())}">Map</a><a href="/dashboard" aria-current="page">Details</a></nav>
<form method="get" action="/dashboard">
  <label>From <input type="date" name="from" value="${escapeHtml(q.from)}" required></label>
  <label>To <input type="date" name="to" value="${escapeHtml(q.to)}" required></label>
  <label>Comments <select name="mood">
    <option value="">All</option>
    <option value="misery"${q.mood === "misery" ? " selected" : ""}>Moments of misery</option>
    <option value="magic"${q.mood === "magic" ? " selected" : ""}>Moments of magic</option>
  </select></label>
  <button type="submit">Show</button>
</form></header>
<main>
${note ? `<p class="muted" role="status">${escapeHtml(note)}</p>` : ""}
${f.dropped ? `<p class="muted">${fmt$1(f.dropped)} events were dropped by full widget queues in this range.</p>` : ""}
${body}
${pager(f, q)}
${commentsSection$1(f, q)}
</main>
</body>
</html>`;
}

const dashboardCss = `
:root { color-scheme: light dark; --fg: #1d2330; --muted: #667085; --bg: #f6f7f9; --card: #fff; --line: #e3e6ea;
  --bar: #4f6bed; --bad: #d9534f; --mid: #c7a23a; --good: #2f9e6a; font: 15px/1.45 system-ui, sans-serif; }
@media (prefers-color-scheme: dark) { :root { --fg: #e7e9ee; --muted: #9aa3b2; --bg: #14171c; --card: #1d2128; --line: #2c323b; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); }
header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; justify-content: space-between; padding: 1rem 1.5rem; background: var(--card); border-bottom: 1px solid var(--line); }
header h1 { margin: 0; font-size: 1.3rem; }
/* Map / Details switch (the map's own styles are in /map.css). */
.views { display: flex; gap: .5rem; }
.views a { color: inherit; text-decoration: none; padding: .2rem .6rem; border-radius: 6px; }
.views a[aria-current="page"] { background: var(--bg); font-weight: 600; }
form { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; }
label { display: grid; gap: .15rem; font-size: .8rem; color: var(--muted); }
input, select, button { font: inherit; padding: .3rem .5rem; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }
button { background: var(--bar); color: #fff; border-color: var(--bar); cursor: pointer; }
main { padding: 1.5rem; display: grid; gap: 1.5rem; max-width: 1200px; margin: 0 auto; }
section { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.25rem; }
section h2 { margin: 0 0 .75rem; font-size: 1.1rem; overflow-wrap: anywhere; }
.counts { display: flex; flex-wrap: wrap; gap: 1.5rem; margin: 0 0 1rem; padding: 0; list-style: none; }
.counts b { display: block; font-size: 1.6rem; font-variant-numeric: tabular-nums; }
.counts span, .muted { color: var(--muted); font-size: .85rem; }
.scale { display: grid; grid-template-columns: minmax(220px, 1fr) minmax(260px, 2fr); gap: 1.5rem; padding: .75rem 0; border-top: 1px solid var(--line); }
.scale h3 { margin: 0 0 .5rem; font-size: .95rem; }
.score { font-size: 2rem; font-weight: 600; font-variant-numeric: tabular-nums; }
svg { width: 100%; height: auto; display: block; }
svg text { fill: var(--muted); font-size: 11px; }
.bar { fill: var(--bar); } .bar.bad { fill: var(--bad); } .bar.mid { fill: var(--mid); } .bar.good { fill: var(--good); }
.axis { stroke: var(--line); }
.filters { display: flex; gap: .5rem; margin-bottom: .75rem; }
.filters a { padding: .2rem .7rem; border: 1px solid var(--line); border-radius: 999px; color: inherit; text-decoration: none; }
.filters a[aria-current="page"] { background: var(--bar); border-color: var(--bar); color: #fff; }
ol.comments { list-style: none; margin: 0; padding: 0; display: grid; gap: .75rem; }
ol.comments li { border-top: 1px solid var(--line); padding-top: .75rem; }
.comment { margin: .25rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.chips { display: inline-flex; flex-wrap: wrap; gap: .3rem; margin: 0; padding: 0; list-style: none; }
.chips li { border: 0; padding: .05rem .5rem; border-radius: 999px; background: var(--bg); font-size: .8rem; }
.rating { font-weight: 600; } .rating.bad { color: var(--bad); } .rating.good { color: var(--good); }
pre { margin: .25rem 0 0; font-size: .8rem; color: var(--muted); white-space: pre-wrap; overflow-wrap: anywhere; }
.empty { color: var(--muted); }
@media (max-width: 700px) { .scale { grid-template-columns: 1fr; } }
`;

const mapCss = `
ol.map { list-style: none; margin: 0; padding: 0; display: grid; gap: .75rem; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); }
.moment { border: 1px solid var(--line); border-radius: 10px; padding: .75rem .9rem; display: grid; gap: .4rem; min-width: 0; }
.stage { margin: 0; font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); overflow-wrap: anywhere; }
.moment h2 { margin: 0; font-size: 1rem; overflow-wrap: anywhere; }
.moment h2 a { color: inherit; }
.figures { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: .3rem .75rem; margin: 0; }
.figures dt { color: var(--muted); font-size: .75rem; }
.figures dd { margin: 0; font-size: 1.15rem; font-weight: 600; font-variant-numeric: tabular-nums; }
.figures dd.bad { color: var(--bad); } .figures dd.good { color: var(--good); }
.change { font-size: .75rem; font-weight: 400; color: var(--muted); white-space: nowrap; }
.change.worse { color: var(--bad); } .change.better { color: var(--good); }
svg.trend { height: 2.5rem; }
.links { margin: 0; font-size: .85rem; }
.active-filters { display: flex; flex-wrap: wrap; gap: .5rem; margin: 0 0 .75rem; padding: 0; list-style: none; }
.active-filters li { border: 1px solid var(--line); border-radius: 999px; padding: .1rem .6rem; overflow-wrap: anywhere; }
.active-filters a { margin-left: .3rem; text-decoration: none; }
ul.context { display: flex; flex-wrap: wrap; gap: .3rem; margin: .25rem 0 0; padding: 0; list-style: none; font-size: .8rem; }
ul.context li { border: 1px solid var(--line); border-radius: 6px; padding: .05rem .4rem; overflow-wrap: anywhere; }
ul.context a { color: inherit; }
ul.context .key { color: var(--muted); }
a.tp { color: inherit; }
.email { margin: .25rem 0 0; font-weight: 600; overflow-wrap: anywhere; }
@media (max-width: 700px) { header, main { padding: .75rem; } form { gap: .5rem; } form label { flex: 1 1 40%; } form input, form select { width: 100%; } }
`;

const MOOD_CLASS = { "-1": "bad", "0": "mid", "1": "good" };
const fmt = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const pct = (n) => n === null ? "\u2013" : `${n}%`;
const signed = (n) => n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : "\xB10";
function mapLink(q, change = {}, hash = "") {
  const merged = { from: q.from, to: q.to, order: q.order === "worst" ? "worst" : void 0, touchpoint: q.touchpoint, key: q.key, value: q.value, ...change };
  const p = new URLSearchParams();
  for (const [name, v] of Object.entries(merged)) if (v !== void 0) p.set(name, v);
  return `/map?${p}${hash}`;
}
const detailLink = (q, touchpoint) => `/dashboard?${new URLSearchParams({ from: q.from, to: q.to })}#tp-${encodeURIComponent(touchpoint)}`;
function trendChart(t, q) {
  const days = daysBetween(q.from, q.to);
  const byDay = new Map(t.days.map((d) => [d.day, d]));
  const W = 200;
  const H = 40;
  const step = W / Math.max(1, days.length);
  const cols = days.map((day, i) => {
    const d = byDay.get(day);
    if (!d || !d.answers) return "";
    const share = d.misery / d.answers;
    const len = Math.max(1, share * H);
    const title = `${day}: ${fmt(d.answers)} answers, ${Math.round(share * 100)}% misery${d.score === null ? "" : `, score ${d.score}`}`;
    return `<rect class="bar ${share >= 0.5 ? "bad" : share > 0 ? "mid" : "good"}" x="${(i * step + step * 0.1).toFixed(1)}" y="${(H - len).toFixed(1)}" width="${Math.max(0.5, step * 0.8).toFixed(1)}" height="${len.toFixed(1)}"><title>${escapeHtml(title)}</title></rect>`;
  }).join("");
  return `<svg class="trend" viewBox="0 0 ${W} ${H + 1}" preserveAspectRatio="none" role="img" aria-label="Misery share by day"><line class="axis" x1="0" x2="${W}" y1="${H + 0.5}" y2="${H + 0.5}"/>${cols}</svg>`;
}
function changeText(value, unit, worseWhenUp) {
  if (value === null) return '<span class="change">new</span>';
  const cls = value === 0 ? "" : value > 0 === worseWhenUp ? " worse" : " better";
  return `<span class="change${cls}">${signed(value)}${unit}</span>`;
}
function card(t, q) {
  const name = t.touchpoint ? escapeHtml(t.touchpoint) : '<span class="muted">(no touchpoint)</span>';
  const score = t.score ? `${t.score.value === null ? "\u2013" : `${t.score.value}${t.score.unit}`}` : "\u2013";
  return `<li class="moment" data-touchpoint="${escapeHtml(t.touchpoint)}">
${t.stage ? `<p class="stage" data-stage="${escapeHtml(t.stage)}">${escapeHtml(t.stage)}</p>` : ""}<h2><a href="${escapeHtml(detailLink(q, t.touchpoint))}">${name}</a></h2>
<dl class="figures">
  <div><dt>Answers</dt><dd data-figure="answers">${fmt(t.answers)} ${changeText(t.change.answers, "", false)}</dd></div>
  <div><dt>Misery</dt><dd data-figure="misery" class="bad">${pct(t.miseryShare)} ${changeText(t.change.miseryShare, " pts", true)}</dd></div>
  <div><dt>Magic</dt><dd data-figure="magic" class="good">${pct(t.magicShare)}</dd></div>
  <div><dt>${escapeHtml(t.score?.label ?? "Score")}</dt><dd data-figure="score">${escapeHtml(score)} ${t.score ? changeText(t.change.score, "", false) : ""}</dd></div>
</dl>
${trendChart(t, q)}
<p class="links"><a href="${escapeHtml(mapLink(q, { touchpoint: t.touchpoint }, "#comments"))}">Misery comments</a> \xB7 <a href="${escapeHtml(detailLink(q, t.touchpoint))}">Details</a></p>
</li>`;
}
function contextEntry(q, key, value) {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  if (value !== null && typeof value === "object") return `<li><span class="key">${escapeHtml(key)}</span> = ${escapeHtml(text)}</li>`;
  return `<li><a href="${escapeHtml(mapLink(q, { key, value: text }, "#comments"))}" title="Only comments with ${escapeHtml(key)} = ${escapeHtml(text)}"><span class="key">${escapeHtml(key)}</span> = ${escapeHtml(text)}</a></li>`;
}
function commentItem(c, q) {
  const rating = c.rating ? `<span class="rating ${MOOD_CLASS[moodOf(c.rating.scale, c.rating.value)]}">${escapeHtml(c.rating.scale)} ${escapeHtml(c.rating.value)}</span> \xB7 ` : "";
  const context = c.context && Object.keys(c.context).length ? `<ul class="context">${Object.entries(c.context).map(([k, v]) => contextEntry(q, k, v)).join("")}</ul>` : "";
  const reasons = c.reasons?.length ? `<ul class="chips">${c.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join("")}</ul>` : "";
  return `<li data-id="${escapeHtml(c.id)}"><div class="muted">${rating}<time datetime="${escapeHtml(c.time)}">${escapeHtml(c.time.slice(0, 16).replace("T", " "))} UTC</time> \xB7 <a class="tp" href="${escapeHtml(mapLink(q, { touchpoint: c.touchpoint }, "#comments"))}">${escapeHtml(c.touchpoint)}</a> \xB7 <span class="page">${escapeHtml(c.page.title)} (${escapeHtml(c.page.path)})</span></div>
<p class="comment">${escapeHtml(c.comment)}</p>${reasons}${context}</li>`;
}
const mailto = (email) => `mailto:${encodeURIComponent(email).replace("%40", "@")}`;
function contactItem(c, q) {
  const rating = c.rating ? `<span class="rating ${MOOD_CLASS[moodOf(c.rating.scale, c.rating.value)]}">${escapeHtml(c.rating.scale)} ${escapeHtml(c.rating.value)}</span> \xB7 ` : "";
  const context = c.context && Object.keys(c.context).length ? `<ul class="context">${Object.entries(c.context).map(([k, v]) => contextEntry(q, k, v)).join("")}</ul>` : "";
  return `<li data-id="${escapeHtml(c.id)}" data-moment="${escapeHtml(c.moment)}"><div class="muted">${rating}<time datetime="${escapeHtml(c.time)}">${escapeHtml(c.time.slice(0, 16).replace("T", " "))} UTC</time> \xB7 <a class="tp" href="${escapeHtml(mapLink(q, { touchpoint: c.touchpoint }, "#contact"))}">${escapeHtml(c.touchpoint)}</a> \xB7 <span class="page">${escapeHtml(c.page.title)} (${escapeHtml(c.page.path)})</span></div>
<p class="email"><a href="${escapeHtml(mailto(c.email))}">${escapeHtml(c.email)}</a></p>${c.comment !== void 0 ? `<p class="comment">${escapeHtml(c.comment)}</p>` : ""}${context}</li>`;
}
function contactsSection(contacts, q) {
  const items = contacts.map((c) => contactItem(c, q)).join("\n");
  return `<section id="contact"><h2>Customers to contact</h2>
<p class="muted">Moments of misery whose customer asked to be contacted, newest first (same filters as the comments). The addresses are personal data: keep this page for the team.</p>
${items ? `<ol class="comments contacts">${items}</ol>` : '<p class="empty">No customer asked to be contacted about a moment of misery in this range.</p>'}</section>`;
}
function commentsSection(comments, q) {
  const active = [];
  if (q.touchpoint !== void 0) active.push(`<li>touchpoint = <b>${escapeHtml(q.touchpoint)}</b> <a href="${escapeHtml(mapLink(q, { touchpoint: void 0 }, "#comments"))}" aria-label="Remove the touchpoint filter">\xD7</a></li>`);
  if (q.key !== void 0) active.push(`<li><b>${escapeHtml(q.key)}</b> = <b>${escapeHtml(q.value)}</b> <a href="${escapeHtml(mapLink(q, { key: void 0, value: void 0 }, "#comments"))}" aria-label="Remove the context filter">\xD7</a></li>`);
  const items = comments.map((c) => commentItem(c, q)).join("\n");
  return `<section id="comments"><h2>Comments of misery</h2>
${active.length ? `<ul class="active-filters" aria-label="Filters">${active.join("")}</ul>` : '<p class="muted">Newest first, every touchpoint. Pick a touchpoint or a context value to narrow them.</p>'}
${items ? `<ol class="comments">${items}</ol>` : '<p class="empty">No comments of misery match.</p>'}</section>`;
}
function renderMap(f, comments, q, note, contacts = []) {
  const cards = f.touchpoints.length ? `<ol class="map">${f.touchpoints.map((t) => card(t, q)).join("\n")}</ol>` : '<p class="empty">No moments in this range yet.</p>';
  const orderLinks = [["journey", "Journey order"], ["worst", "Worst first"]].map(([order, label]) => `<a href="${escapeHtml(mapLink(q, { order: order === "worst" ? "worst" : void 0 }))}"${q.order === order ? ' aria-current="page"' : ""}>${label}</a>`).join("");
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Moments map</title><link rel="stylesheet" href="/dashboard.css"><link rel="stylesheet" href="/map.css"></head>
<body>
<header><h1>Moments</h1><nav class="views" aria-label="Views"><a href="${escapeHtml(mapLink(q))}" aria-current="page">Map</a><a href="/dashboard?${escapeHtml(new URLSearchParams({ from: q.from, to: q.to }).toString())}">Details</a></nav>
<form method="get" action="/map">
  <label>From <input type="date" name="from" value="${escapeHtml(q.from)}" required></label>
  <label>To <input type="date" name="to" value="${escapeHtml(q.to)}" required></label>
  <label>Order <select name="order"><option value="journey">Journey</option><option value="worst"${q.order === "worst" ? " selected" : ""}>Worst first</option></select></label>
  <label>Touchpoint <input name="touchpoint" value="${escapeHtml(q.touchpoint ?? "")}" list="touchpoints" size="12"></label>
  <label>Context key <input name="key" value="${escapeHtml(q.key ?? "")}" size="8" placeholder="code"></label>
  <label>Value <input name="value" value="${escapeHtml(q.value ?? "")}" size="10" placeholder="card_declined"></label>
  <button type="submit">Show</button>
  <datalist id="touchpoints">${f.touchpoints.map((t) => `<option value="${escapeHtml(t.touchpoint)}"></option>`).join("")}</datalist>
</form></header>
<main>
${note ? `<p class="muted" role="status">${escapeHtml(note)}</p>` : ""}
<section id="map"><h2>Map of moments</h2>
<p class="muted">${escapeHtml(f.from)} to ${escapeHtml(f.to)}, changes against ${escapeHtml(f.previous.from)} to ${escapeHtml(f.previous.to)}.</p>
<nav class="filters" aria-label="Order">${orderLinks}</nav>
${cards}
</section>
${contactsSection(contacts, q)}
${commentsSection(comments, q)}
</main>
</body>
</html>`;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (s) => !!s && DAY.test(s) && (/* @__PURE__ */ new Date(`${s}T00:00:00Z`)).toISOString().startsWith(s);
const dayOf = (ms) => new Date(ms).toISOString().slice(0, 10);
const DAY_MS = 864e5;
const MAX_VIEW_DAYS = 366;
const TOUCHPOINTS_PER_PAGE = 50;
const MAX_PAGE = 1e3;
function parseDashboardQuery(params, now = /* @__PURE__ */ new Date()) {
  const today = dayOf(now.getTime());
  const tomorrow = dayOf(now.getTime() + DAY_MS);
  const monthAgo = dayOf(now.getTime() - 29 * DAY_MS);
  const notes = [];
  let from = params.get("from");
  let to = params.get("to");
  if (from && !isDay(from)) notes.push(`ignored from=${from} (use YYYY-MM-DD)`);
  if (to && !isDay(to)) notes.push(`ignored to=${to} (use YYYY-MM-DD)`);
  from = isDay(from) ? from : monthAgo;
  to = isDay(to) ? to : today;
  if (from > to) [from, to] = [to, from];
  if (to > tomorrow) {
    notes.push(`the range ends ${tomorrow} at the latest (no later events are accepted)`);
    to = tomorrow;
    if (from > to) from = to;
  }
  const earliest = dayOf(Date.parse(`${to}T00:00:00Z`) - (MAX_VIEW_DAYS - 1) * DAY_MS);
  if (from < earliest) {
    notes.push(`one view covers at most ${MAX_VIEW_DAYS} days; showing ${earliest} to ${to}`);
    from = earliest;
  }
  const m = params.get("mood");
  const mood = m === "misery" || m === "magic" ? m : void 0;
  const pageText = params.get("page");
  const page = pageText && /^[1-9]\d{0,3}$/.test(pageText) ? Math.min(Number(pageText), MAX_PAGE) : 1;
  if (pageText && pageText !== String(page)) notes.push(`ignored page=${pageText} (use 1 to ${MAX_PAGE})`);
  const query = { from, to, mood, touchpointLimit: TOUCHPOINTS_PER_PAGE, touchpointOffset: (page - 1) * TOUCHPOINTS_PER_PAGE };
  return { query, note: notes.length ? notes.join("; ") : void 0 };
}

function parseMapQuery(params, now = /* @__PURE__ */ new Date()) {
  const { query, note } = parseDashboardQuery(params, now);
  const notes = note ? [note] : [];
  const order = params.get("order");
  if (order && order !== "journey" && order !== "worst") notes.push(`ignored order=${order} (use journey or worst)`);
  const text = (name) => {
    const v = params.get(name);
    return v === null || v === "" ? void 0 : v.slice(0, 200);
  };
  const key = text("key");
  const value = params.get("value") ?? void 0;
  if (key !== void 0 && value === void 0) notes.push(`ignored key=${key} without a value`);
  return {
    query: {
      from: query.from,
      to: query.to,
      order: order === "worst" ? "worst" : "journey",
      ...text("touchpoint") !== void 0 ? { touchpoint: text("touchpoint") } : {},
      ...key !== void 0 && value !== void 0 ? { key, value: value.slice(0, 200) } : {}
    },
    note: notes.length ? notes.join("; ") : void 0
  };
}

function createMapRoutes(store) {
  return async (req, res, pathname, params) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    if (pathname === "/map.css") {
      res.writeHead(200, { "content-type": "text/css; charset=utf-8", "cache-control": "max-age=300", "x-content-type-options": "nosniff" });
      res.end(req.method === "HEAD" ? void 0 : mapCss);
      return true;
    }
    if (pathname !== "/map" && pathname !== "/map/") return false;
    const { query, note } = parseMapQuery(params);
    let html;
    try {
      const filters = { from: query.from, to: query.to, touchpoint: query.touchpoint, key: query.key, value: query.value };
      const [figures, comments, contacts] = await Promise.all([loadMap(store, query, query.order), store.miseryComments(filters), store.contactRequests(filters)]);
      html = renderMap(figures, comments, query, note, contacts);
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      const text = JSON.stringify({ error: "database unavailable; retry later" });
      res.writeHead(503, { "content-type": "application/json; charset=utf-8", "retry-after": "5", "cache-control": "no-store" });
      res.end(text);
      return true;
    }
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": DASHBOARD_CSP,
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "cache-control": "no-store"
    });
    res.end(req.method === "HEAD" ? void 0 : html);
    return true;
  };
}

function createLogLimiter(log, intervalMs = 6e4, now = Date.now) {
  const causes = /* @__PURE__ */ new Map();
  return (cause, line) => {
    const t = now();
    const seen = causes.get(cause);
    if (seen && t < seen.until) {
      seen.skipped++;
      return;
    }
    const more = seen?.skipped ? ` (${seen.skipped} more like it since the last line)` : "";
    if (causes.size > 1e3) {
      for (const [k, v] of causes) if (v.until <= t) causes.delete(k);
    }
    causes.set(cause, { until: t + intervalMs, skipped: 0 });
    log(line + more);
  };
}

function createOriginPolicy(allowed, requireOrigin = false) {
  const list = new Set((allowed ?? []).map((o) => o.trim().replace(/\/+$/, "").toLowerCase()).filter(Boolean));
  const any = list.size === 0;
  return {
    allows(origin) {
      if (origin === void 0) return !requireOrigin;
      return any || list.has(origin.toLowerCase());
    }
  };
}

function createRateLimiter(perMinute, maxClients = 1e5) {
  const buckets = /* @__PURE__ */ new Map();
  const perMs = perMinute / 6e4;
  return {
    take(key, now = Date.now()) {
      if (perMinute <= 0) return 0;
      let b = buckets.get(key);
      if (!b) {
        if (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value);
        buckets.set(key, b = { tokens: perMinute, at: now });
      } else {
        b.tokens = Math.min(perMinute, b.tokens + (now - b.at) * perMs);
        b.at = now;
      }
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - b.tokens) / perMs / 1e3));
    }
  };
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json"
};
async function serveStatic(mounts, req, res, pathname) {
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  if (decoded.includes("\0")) return false;
  for (const m of sorted) {
    if (!decoded.startsWith(m.prefix)) continue;
    const root = resolve(m.dir);
    let file = resolve(join(root, decoded.slice(m.prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) return false;
    try {
      let s = await stat(file);
      if (s.isDirectory()) {
        if (!decoded.endsWith("/")) {
          res.writeHead(301, { location: `${pathname}/` }).end();
          return true;
        }
        file = join(file, "index.html");
        s = await stat(file);
      }
      const data = await readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
        "content-length": data.length,
        "cache-control": "no-cache",
        "x-content-type-options": "nosniff",
        // The example pages load the widget from /dist/ and its chunks may be imported cross-origin.
        "access-control-allow-origin": "*"
      });
      res.end(req.method === "HEAD" ? void 0 : data);
      return true;
    } catch {
      continue;
    }
  }
  return false;
}

const SCALE_VALUES = {
  thumbs: [0, 1],
  emoji5: [1, 2, 3, 4, 5],
  stars5: [1, 2, 3, 4, 5],
  csat: [1, 2, 3, 4, 5],
  nps: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
};
function summarize(data) {
  const byTp = /* @__PURE__ */ new Map();
  const get = (touchpoint) => {
    let t = byTp.get(touchpoint);
    if (!t) byTp.set(touchpoint, t = { touchpoint, shown: 0, answered: 0, dismissed: 0, commented: 0, scales: [] });
    return t;
  };
  for (const t of data.totals) {
    Object.assign(get(t.touchpoint), {
      shown: Number(t.shown),
      answered: Number(t.answered),
      dismissed: Number(t.dismissed),
      commented: Number(t.commented)
    });
  }
  const hist = /* @__PURE__ */ new Map();
  for (const r of data.ratings) {
    let scales = hist.get(r.touchpoint);
    if (!scales) hist.set(r.touchpoint, scales = /* @__PURE__ */ new Map());
    let days = scales.get(r.scale);
    if (!days) scales.set(r.scale, days = /* @__PURE__ */ new Map());
    let counts = days.get(r.day);
    if (!counts) days.set(r.day, counts = new Array(11).fill(0));
    counts[r.value] += Number(r.count);
  }
  for (const [touchpoint, scales] of hist) {
    const t = get(touchpoint);
    for (const [scale, days] of [...scales].sort(([a], [b]) => a < b ? -1 : 1)) {
      const all = new Array(11).fill(0);
      const series = [];
      for (const [day, counts] of [...days].sort(([a], [b]) => a < b ? -1 : 1)) {
        counts.forEach((n, v) => all[v] += n);
        series.push({ day, answers: counts.reduce((a, b) => a + b, 0), score: score(scale, counts) });
      }
      t.scales.push({
        scale,
        answers: all.reduce((a, b) => a + b, 0),
        distribution: SCALE_VALUES[scale].map((value) => ({ value, count: all[value] })),
        score: score(scale, all),
        days: series
      });
    }
  }
  return {
    touchpoints: [...byTp.values()].sort((a, b) => a.touchpoint < b.touchpoint ? -1 : 1),
    comments: data.comments,
    dropped: Number(data.dropped),
    ...data.more === void 0 ? {} : { more: data.more }
  };
}

function touchpointProblem(events, allowed) {
  for (let i = 0; i < events.length; i++) {
    const { touchpoint, type } = events[i];
    if (type === "moments.dropped" && touchpoint === "") continue;
    if (!allowed.has(touchpoint)) return `events[${i}].touchpoint ${JSON.stringify(touchpoint)} is not one of the collector's touchpoints (MOMENTS_TOUCHPOINTS)`;
  }
  return void 0;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
function isDateTime(text) {
  return DATE_TIME.test(text) && !Number.isNaN(Date.parse(text));
}

const MAX_EMAIL = 254;
const EMAIL = /^[\w.!#$%&'*+/=?^`{|}~-]+@[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)+$/i;
const isEmail = (text) => text.length <= MAX_EMAIL && EMAIL.test(text);

const formats = { "date-time": { type: "string", validate: isDateTime }, email: { type: "string", validate: isEmail } };
const schema32 = { "properties": { "schema": { "enum": [1, 2], "description": "Schema version: 1, or 2 for an event with reason and for moment.contact." }, "id": { "type": "string", "minLength": 8, "maxLength": 64, "description": "Unique id for de-duplication (UUID)." }, "type": { "enum": ["moment.shown", "moment.answered", "moment.commented", "moment.contact", "moment.dismissed", "moments.dropped"], "description": "What happened." }, "touchpoint": { "type": "string", "maxLength": 100, "description": "The touchpoint's id (empty for moments.dropped)." }, "stage": { "type": "string", "minLength": 1, "maxLength": 100, "description": "The touchpoint's journey stage, when its config names one." }, "moment": { "type": "string", "maxLength": 64, "description": "One id shared by all events of one showing." }, "time": { "type": "string", "format": "date-time", "maxLength": 40, "description": "ISO 8601 time the event was built." }, "page": { "type": "object", "required": ["path", "title"], "additionalProperties": false, "properties": { "path": { "type": "string", "maxLength": 2048, "description": "location.pathname (no query or fragment unless configured), cut to 2048 code points." }, "title": { "type": "string", "maxLength": 512, "description": "document.title, cut to 512 code points." } } }, "visitor": { "type": "string", "maxLength": 64, "description": "Random first-party visitor id." }, "context": { "type": "object", "description": "JSON context of the moment (at most 2048 UTF-8 bytes serialised)." }, "rating": { "type": "object", "required": ["scale", "value"], "additionalProperties": false, "properties": { "scale": { "enum": ["thumbs", "emoji5", "stars5", "nps", "csat"] }, "value": { "type": "integer", "minimum": 0, "maximum": 10 } }, "allOf": [{ "if": { "properties": { "scale": { "const": "thumbs" } } }, "then": { "properties": { "value": { "maximum": 1 } } } }, { "if": { "properties": { "scale": { "enum": ["emoji5", "stars5", "csat"] } } }, "then": { "properties": { "value": { "minimum": 1, "maximum": 5 } } } }], "description": "With moment.answered: the scale and the value chosen (thumbs 0/1; emoji5, stars5, csat 1\u20135; nps 0\u201310)." }, "reasons": { "type": "array", "items": { "type": "string", "maxLength": 200 }, "maxItems": 20, "description": "With a follow-up's moment.answered: the reason chips chosen." }, "comment": { "type": "string", "minLength": 1, "maxLength": 5e3, "description": "With moment.commented: the comment, trimmed." }, "contact": { "type": "object", "required": ["email"], "additionalProperties": false, "properties": { "email": { "type": "string", "format": "email", "minLength": 3, "maxLength": 254 } }, "description": "Schema 2, with moment.contact: the e-mail address the visitor typed into the contact step's field to be contacted about this moment (not redacted: given for that purpose)." }, "dropped": { "type": "integer", "minimum": 1, "maximum": 1e6, "description": "With moments.dropped: events the full queue dropped (at most 1,000,000 per event, so the dashboard's sums never overflow)." }, "preview": { "type": "boolean", "description": "True for events of a preview showing." }, "reason": { "const": "preempted", "description": "Schema 2, with moment.dismissed: why the prompt closed without the visitor closing it (preempted: a higher-priority prompt replaced it)." } }};
const func1 = Object.prototype.hasOwnProperty;
const func2 = (function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 55296 && value <= 56319 && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 64512) === 56320)
        pos++;
    }
  }
  return length;
});
const formats0 = formats["date-time"];
const formats2 = formats.email;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.events === void 0 && (missing0 = "events")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "events")) {
            validate20.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
          }
        }
        if (_errs1 === errors) {
          if (data.events !== void 0) {
            let data0 = data.events;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (Array.isArray(data0)) {
                if (data0.length > 500) {
                  validate20.errors = [{ instancePath: instancePath + "/events", schemaPath: "#/properties/events/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" }];
                  return false;
                } else {
                  if (data0.length < 1) {
                    validate20.errors = [{ instancePath: instancePath + "/events", schemaPath: "#/properties/events/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                    return false;
                  } else {
                    var valid1 = true;
                    const len0 = data0.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data1 = data0[i0];
                      const _errs4 = errors;
                      const _errs5 = errors;
                      const _errs7 = errors;
                      const _errs8 = errors;
                      let valid4 = true;
                      const _errs9 = errors;
                      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                        if (data1.type !== void 0) {
                          if ("moment.answered" !== data1.type) {
                            const err0 = {};
                            if (vErrors === null) {
                              vErrors = [err0];
                            } else {
                              vErrors.push(err0);
                            }
                            errors++;
                          }
                        }
                      }
                      var _valid0 = _errs9 === errors;
                      errors = _errs8;
                      if (vErrors !== null) {
                        if (_errs8) {
                          vErrors.length = _errs8;
                        } else {
                          vErrors = null;
                        }
                      }
                      if (_valid0) {
                        const _errs11 = errors;
                        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                          let missing1;
                          if (data1.rating === void 0 && (missing1 = "rating")) {
                            validate20.errors = [{ instancePath: instancePath + "/events/" + i0, schemaPath: "moment.schema.json/allOf/0/then/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                            return false;
                          }
                        }
                        var _valid0 = _errs11 === errors;
                        valid4 = _valid0;
                      }
                      if (!valid4) {
                        const err1 = { instancePath: instancePath + "/events/" + i0, schemaPath: "moment.schema.json/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                        if (vErrors === null) {
                          vErrors = [err1];
                        } else {
                          vErrors.push(err1);
                        }
                        errors++;
                        validate20.errors = vErrors;
                        return false;
                      }
                      var valid3 = _errs7 === errors;
                      if (valid3) {
                        const _errs12 = errors;
                        const _errs13 = errors;
                        let valid6 = true;
                        const _errs14 = errors;
                        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                          if (data1.type !== void 0) {
                            if ("moment.commented" !== data1.type) {
                              const err2 = {};
                              if (vErrors === null) {
                                vErrors = [err2];
                              } else {
                                vErrors.push(err2);
                              }
                              errors++;
                            }
                          }
                        }
                        var _valid1 = _errs14 === errors;
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                        if (_valid1) {
                          const _errs16 = errors;
                          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                            let missing2;
                            if (data1.comment === void 0 && (missing2 = "comment")) {
                              validate20.errors = [{ instancePath: instancePath + "/events/" + i0, schemaPath: "moment.schema.json/allOf/1/then/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                              return false;
                            }
                          }
                          var _valid1 = _errs16 === errors;
                          valid6 = _valid1;
                        }
                        if (!valid6) {
                          const err3 = { instancePath: instancePath + "/events/" + i0, schemaPath: "moment.schema.json/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                          if (vErrors === null) {
                            vErrors = [err3];
                          } else {
                            vErrors.push(err3);
                          }
                          errors++;
                          validate20.errors = vErrors;
                          return false;
                        }
                        var valid3 = _errs12 === errors;
                        if (valid3) {
                          const _errs17 = errors;
                          const _errs18 = errors;
                          let valid8 = true;
                          const _errs19 = errors;
                          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                            if (data1.type !== void 0) {
                              if ("moments.dropped" !== data1.type) {
                                const err4 = {};
                                if (vErrors === null) {
                                  vErrors = [err4];
                                } else {
                                  vErrors.push(err4);
                                }
                                errors++;
                              }
                            }
                          }
                          var _valid2 = _errs19 === errors;
                          errors = _errs18;
                          if (vErrors !== null) {
                            if (_errs18) {
                              vErrors.length = _errs18;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (_valid2) {
                            const _errs21 = errors;
                            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                              let missing3;
                              if (data1.dropped === void 0 && (missing3 = "dropped")) {
                                validate20.errors = [{ instancePath: instancePath + "/events/" + i0, schemaPath: "moment.schema.json/allOf/2/then/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                return false;
                              }
                            }
                            var _valid2 = _errs21 === errors;
                            valid8 = _valid2;
                          }
                          if (!valid8) {
                            const err5 = { instancePath: instancePath + "/events/" + i0, schemaPath: "moment.schema.json/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                            if (vErrors === null) {
                              vErrors = [err5];
                            } else {
                              vErrors.push(err5);
                            }
                            errors++;
                            validate20.errors = vErrors;
                            return false;
                          }
                          var valid3 = _errs17 === errors;
                          if (valid3) {
                            const _errs22 = errors;
                            const _errs23 = errors;
                            let valid10 = true;
                            const _errs24 = errors;
                            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                              if (data1.type !== void 0) {
                                if ("moment.contact" !== data1.type) {
                                  const err6 = {};
                                  if (vErrors === null) {
                                    vErrors = [err6];
                                  } else {
                                    vErrors.push(err6);
                                  }
                                  errors++;
                                }
                              }
                            }
                            var _valid3 = _errs24 === errors;
                            errors = _errs23;
                            if (vErrors !== null) {
                              if (_errs23) {
                                vErrors.length = _errs23;
                              } else {
                                vErrors = null;
                              }
                            }
                            if (_valid3) {
                              const _errs26 = errors;
                              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                                let missing4;
                                if (data1.contact === void 0 && (missing4 = "contact")) {
                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i0, schemaPath: "moment.schema.json/allOf/3/then/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                  return false;
                                } else {
                                  if (data1.schema !== void 0) {
                                    if (2 !== data1.schema) {
                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/schema", schemaPath: "moment.schema.json/allOf/3/then/properties/schema/const", keyword: "const", params: { allowedValue: 2 }, message: "must be equal to constant" }];
                                      return false;
                                    }
                                  }
                                }
                              }
                              var _valid3 = _errs26 === errors;
                              valid10 = _valid3;
                              if (valid10) {
                                var props0 = {};
                                props0.schema = true;
                                props0.type = true;
                              }
                            }
                            if (!valid10) {
                              const err7 = { instancePath: instancePath + "/events/" + i0, schemaPath: "moment.schema.json/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                              if (vErrors === null) {
                                vErrors = [err7];
                              } else {
                                vErrors.push(err7);
                              }
                              errors++;
                              validate20.errors = vErrors;
                              return false;
                            }
                            var valid3 = _errs22 === errors;
                            if (valid3) {
                              if (props0 !== true) {
                                props0 = props0 || {};
                                props0.type = true;
                              }
                              const _errs28 = errors;
                              const _errs29 = errors;
                              let valid13 = true;
                              const _errs30 = errors;
                              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                                if (data1.contact === void 0 && ("contact")) {
                                  const err8 = {};
                                  if (vErrors === null) {
                                    vErrors = [err8];
                                  } else {
                                    vErrors.push(err8);
                                  }
                                  errors++;
                                }
                              }
                              var _valid4 = _errs30 === errors;
                              errors = _errs29;
                              if (vErrors !== null) {
                                if (_errs29) {
                                  vErrors.length = _errs29;
                                } else {
                                  vErrors = null;
                                }
                              }
                              if (_valid4) {
                                const _errs31 = errors;
                                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                                  if (data1.type !== void 0) {
                                    if ("moment.contact" !== data1.type) {
                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/type", schemaPath: "moment.schema.json/allOf/4/then/properties/type/const", keyword: "const", params: { allowedValue: "moment.contact" }, message: "must be equal to constant" }];
                                      return false;
                                    }
                                  }
                                }
                                var _valid4 = _errs31 === errors;
                                valid13 = _valid4;
                                if (valid13) {
                                  var props1 = {};
                                  props1.type = true;
                                }
                              }
                              if (!valid13) {
                                const err9 = { instancePath: instancePath + "/events/" + i0, schemaPath: "moment.schema.json/allOf/4/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                                if (vErrors === null) {
                                  vErrors = [err9];
                                } else {
                                  vErrors.push(err9);
                                }
                                errors++;
                                validate20.errors = vErrors;
                                return false;
                              }
                              var valid3 = _errs28 === errors;
                              if (valid3) {
                                if (props0 !== true && props1 !== void 0) {
                                  if (props1 === true) {
                                    props0 = true;
                                  } else {
                                    props0 = props0 || {};
                                    Object.assign(props0, props1);
                                  }
                                }
                                const _errs33 = errors;
                                const _errs34 = errors;
                                let valid15 = true;
                                const _errs35 = errors;
                                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                                  if (data1.reason === void 0 && ("reason")) {
                                    const err10 = {};
                                    if (vErrors === null) {
                                      vErrors = [err10];
                                    } else {
                                      vErrors.push(err10);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid5 = _errs35 === errors;
                                errors = _errs34;
                                if (vErrors !== null) {
                                  if (_errs34) {
                                    vErrors.length = _errs34;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                                if (_valid5) {
                                  const _errs36 = errors;
                                  if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                                    if (data1.type !== void 0) {
                                      const _errs37 = errors;
                                      if ("moment.dismissed" !== data1.type) {
                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/type", schemaPath: "moment.schema.json/allOf/5/then/properties/type/const", keyword: "const", params: { allowedValue: "moment.dismissed" }, message: "must be equal to constant" }];
                                        return false;
                                      }
                                      var valid16 = _errs37 === errors;
                                    } else {
                                      var valid16 = true;
                                    }
                                    if (valid16) {
                                      if (data1.schema !== void 0) {
                                        const _errs38 = errors;
                                        if (2 !== data1.schema) {
                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/schema", schemaPath: "moment.schema.json/allOf/5/then/properties/schema/const", keyword: "const", params: { allowedValue: 2 }, message: "must be equal to constant" }];
                                          return false;
                                        }
                                        var valid16 = _errs38 === errors;
                                      } else {
                                        var valid16 = true;
                                      }
                                    }
                                  }
                                  var _valid5 = _errs36 === errors;
                                  valid15 = _valid5;
                                  if (valid15) {
                                    var props2 = {};
                                    props2.type = true;
                                    props2.schema = true;
                                  }
                                }
                                if (!valid15) {
                                  const err11 = { instancePath: instancePath + "/events/" + i0, schemaPath: "moment.schema.json/allOf/5/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                                  if (vErrors === null) {
                                    vErrors = [err11];
                                  } else {
                                    vErrors.push(err11);
                                  }
                                  errors++;
                                  validate20.errors = vErrors;
                                  return false;
                                }
                                var valid3 = _errs33 === errors;
                                if (valid3) {
                                  if (props0 !== true && props2 !== void 0) {
                                    if (props2 === true) {
                                      props0 = true;
                                    } else {
                                      props0 = props0 || {};
                                      Object.assign(props0, props2);
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                      if (errors === _errs5) {
                        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                          let missing7;
                          if (data1.schema === void 0 && (missing7 = "schema") || data1.id === void 0 && (missing7 = "id") || data1.type === void 0 && (missing7 = "type") || data1.touchpoint === void 0 && (missing7 = "touchpoint") || data1.moment === void 0 && (missing7 = "moment") || data1.time === void 0 && (missing7 = "time") || data1.page === void 0 && (missing7 = "page")) {
                            validate20.errors = [{ instancePath: instancePath + "/events/" + i0, schemaPath: "moment.schema.json/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" }];
                            return false;
                          } else {
                            const _errs39 = errors;
                            for (const key1 in data1) {
                              if (!func1.call(schema32.properties, key1)) {
                                validate20.errors = [{ instancePath: instancePath + "/events/" + i0, schemaPath: "moment.schema.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                return false;
                              }
                            }
                            if (_errs39 === errors) {
                              if (data1.schema !== void 0) {
                                let data10 = data1.schema;
                                const _errs40 = errors;
                                if (!(data10 === 1 || data10 === 2)) {
                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/schema", schemaPath: "moment.schema.json/properties/schema/enum", keyword: "enum", params: { allowedValues: schema32.properties.schema.enum }, message: "must be equal to one of the allowed values" }];
                                  return false;
                                }
                                var valid17 = _errs40 === errors;
                              } else {
                                var valid17 = true;
                              }
                              if (valid17) {
                                if (data1.id !== void 0) {
                                  let data11 = data1.id;
                                  const _errs41 = errors;
                                  if (errors === _errs41) {
                                    if (typeof data11 === "string") {
                                      if (func2(data11) > 64) {
                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/id", schemaPath: "moment.schema.json/properties/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" }];
                                        return false;
                                      } else {
                                        if (func2(data11) < 8) {
                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/id", schemaPath: "moment.schema.json/properties/id/minLength", keyword: "minLength", params: { limit: 8 }, message: "must NOT have fewer than 8 characters" }];
                                          return false;
                                        }
                                      }
                                    } else {
                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/id", schemaPath: "moment.schema.json/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid17 = _errs41 === errors;
                                } else {
                                  var valid17 = true;
                                }
                                if (valid17) {
                                  if (data1.type !== void 0) {
                                    let data12 = data1.type;
                                    const _errs43 = errors;
                                    if (!(data12 === "moment.shown" || data12 === "moment.answered" || data12 === "moment.commented" || data12 === "moment.contact" || data12 === "moment.dismissed" || data12 === "moments.dropped")) {
                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/type", schemaPath: "moment.schema.json/properties/type/enum", keyword: "enum", params: { allowedValues: schema32.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                                      return false;
                                    }
                                    var valid17 = _errs43 === errors;
                                  } else {
                                    var valid17 = true;
                                  }
                                  if (valid17) {
                                    if (data1.touchpoint !== void 0) {
                                      let data13 = data1.touchpoint;
                                      const _errs44 = errors;
                                      if (errors === _errs44) {
                                        if (typeof data13 === "string") {
                                          if (func2(data13) > 100) {
                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/touchpoint", schemaPath: "moment.schema.json/properties/touchpoint/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" }];
                                            return false;
                                          }
                                        } else {
                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/touchpoint", schemaPath: "moment.schema.json/properties/touchpoint/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid17 = _errs44 === errors;
                                    } else {
                                      var valid17 = true;
                                    }
                                    if (valid17) {
                                      if (data1.stage !== void 0) {
                                        let data14 = data1.stage;
                                        const _errs46 = errors;
                                        if (errors === _errs46) {
                                          if (typeof data14 === "string") {
                                            if (func2(data14) > 100) {
                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/stage", schemaPath: "moment.schema.json/properties/stage/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" }];
                                              return false;
                                            } else {
                                              if (func2(data14) < 1) {
                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/stage", schemaPath: "moment.schema.json/properties/stage/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                return false;
                                              }
                                            }
                                          } else {
                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/stage", schemaPath: "moment.schema.json/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                        }
                                        var valid17 = _errs46 === errors;
                                      } else {
                                        var valid17 = true;
                                      }
                                      if (valid17) {
                                        if (data1.moment !== void 0) {
                                          let data15 = data1.moment;
                                          const _errs48 = errors;
                                          if (errors === _errs48) {
                                            if (typeof data15 === "string") {
                                              if (func2(data15) > 64) {
                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/moment", schemaPath: "moment.schema.json/properties/moment/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" }];
                                                return false;
                                              }
                                            } else {
                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/moment", schemaPath: "moment.schema.json/properties/moment/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                          }
                                          var valid17 = _errs48 === errors;
                                        } else {
                                          var valid17 = true;
                                        }
                                        if (valid17) {
                                          if (data1.time !== void 0) {
                                            let data16 = data1.time;
                                            const _errs50 = errors;
                                            if (errors === _errs50) {
                                              if (errors === _errs50) {
                                                if (typeof data16 === "string") {
                                                  if (func2(data16) > 40) {
                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/time", schemaPath: "moment.schema.json/properties/time/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters" }];
                                                    return false;
                                                  } else {
                                                    if (!formats0.validate(data16)) {
                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/time", schemaPath: "moment.schema.json/properties/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                                      return false;
                                                    }
                                                  }
                                                } else {
                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/time", schemaPath: "moment.schema.json/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                              }
                                            }
                                            var valid17 = _errs50 === errors;
                                          } else {
                                            var valid17 = true;
                                          }
                                          if (valid17) {
                                            if (data1.page !== void 0) {
                                              let data17 = data1.page;
                                              const _errs52 = errors;
                                              if (errors === _errs52) {
                                                if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                                  let missing8;
                                                  if (data17.path === void 0 && (missing8 = "path") || data17.title === void 0 && (missing8 = "title")) {
                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/page", schemaPath: "moment.schema.json/properties/page/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" }];
                                                    return false;
                                                  } else {
                                                    const _errs54 = errors;
                                                    for (const key2 in data17) {
                                                      if (!(key2 === "path" || key2 === "title")) {
                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/page", schemaPath: "moment.schema.json/properties/page/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                                        return false;
                                                      }
                                                    }
                                                    if (_errs54 === errors) {
                                                      if (data17.path !== void 0) {
                                                        let data18 = data17.path;
                                                        const _errs55 = errors;
                                                        if (errors === _errs55) {
                                                          if (typeof data18 === "string") {
                                                            if (func2(data18) > 2048) {
                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/page/path", schemaPath: "moment.schema.json/properties/page/properties/path/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" }];
                                                              return false;
                                                            }
                                                          } else {
                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/page/path", schemaPath: "moment.schema.json/properties/page/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid18 = _errs55 === errors;
                                                      } else {
                                                        var valid18 = true;
                                                      }
                                                      if (valid18) {
                                                        if (data17.title !== void 0) {
                                                          let data19 = data17.title;
                                                          const _errs57 = errors;
                                                          if (errors === _errs57) {
                                                            if (typeof data19 === "string") {
                                                              if (func2(data19) > 512) {
                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/page/title", schemaPath: "moment.schema.json/properties/page/properties/title/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }];
                                                                return false;
                                                              }
                                                            } else {
                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/page/title", schemaPath: "moment.schema.json/properties/page/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid18 = _errs57 === errors;
                                                        } else {
                                                          var valid18 = true;
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/page", schemaPath: "moment.schema.json/properties/page/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                              }
                                              var valid17 = _errs52 === errors;
                                            } else {
                                              var valid17 = true;
                                            }
                                            if (valid17) {
                                              if (data1.visitor !== void 0) {
                                                let data20 = data1.visitor;
                                                const _errs59 = errors;
                                                if (errors === _errs59) {
                                                  if (typeof data20 === "string") {
                                                    if (func2(data20) > 64) {
                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/visitor", schemaPath: "moment.schema.json/properties/visitor/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" }];
                                                      return false;
                                                    }
                                                  } else {
                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/visitor", schemaPath: "moment.schema.json/properties/visitor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                }
                                                var valid17 = _errs59 === errors;
                                              } else {
                                                var valid17 = true;
                                              }
                                              if (valid17) {
                                                if (data1.context !== void 0) {
                                                  let data21 = data1.context;
                                                  const _errs61 = errors;
                                                  if (!(data21 && typeof data21 == "object" && !Array.isArray(data21))) {
                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/context", schemaPath: "moment.schema.json/properties/context/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                  }
                                                  var valid17 = _errs61 === errors;
                                                } else {
                                                  var valid17 = true;
                                                }
                                                if (valid17) {
                                                  if (data1.rating !== void 0) {
                                                    let data22 = data1.rating;
                                                    const _errs63 = errors;
                                                    const _errs65 = errors;
                                                    const _errs66 = errors;
                                                    let valid20 = true;
                                                    const _errs67 = errors;
                                                    if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                                      if (data22.scale !== void 0) {
                                                        if ("thumbs" !== data22.scale) {
                                                          const err12 = {};
                                                          if (vErrors === null) {
                                                            vErrors = [err12];
                                                          } else {
                                                            vErrors.push(err12);
                                                          }
                                                          errors++;
                                                        }
                                                      }
                                                    }
                                                    var _valid6 = _errs67 === errors;
                                                    errors = _errs66;
                                                    if (vErrors !== null) {
                                                      if (_errs66) {
                                                        vErrors.length = _errs66;
                                                      } else {
                                                        vErrors = null;
                                                      }
                                                    }
                                                    if (_valid6) {
                                                      const _errs69 = errors;
                                                      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                                        if (data22.value !== void 0) {
                                                          let data24 = data22.value;
                                                          if (typeof data24 == "number") {
                                                            if (data24 > 1 || isNaN(data24)) {
                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/rating/value", schemaPath: "moment.schema.json/properties/rating/allOf/0/then/properties/value/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }];
                                                              return false;
                                                            }
                                                          }
                                                        }
                                                      }
                                                      var _valid6 = _errs69 === errors;
                                                      valid20 = _valid6;
                                                      if (valid20) {
                                                        var props3 = {};
                                                        props3.value = true;
                                                        props3.scale = true;
                                                      }
                                                    }
                                                    if (!valid20) {
                                                      const err13 = { instancePath: instancePath + "/events/" + i0 + "/rating", schemaPath: "moment.schema.json/properties/rating/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                                                      if (vErrors === null) {
                                                        vErrors = [err13];
                                                      } else {
                                                        vErrors.push(err13);
                                                      }
                                                      errors++;
                                                      validate20.errors = vErrors;
                                                      return false;
                                                    }
                                                    var valid19 = _errs65 === errors;
                                                    if (valid19) {
                                                      const _errs71 = errors;
                                                      const _errs72 = errors;
                                                      let valid23 = true;
                                                      const _errs73 = errors;
                                                      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                                        if (data22.scale !== void 0) {
                                                          let data25 = data22.scale;
                                                          if (!(data25 === "emoji5" || data25 === "stars5" || data25 === "csat")) {
                                                            const err14 = {};
                                                            if (vErrors === null) {
                                                              vErrors = [err14];
                                                            } else {
                                                              vErrors.push(err14);
                                                            }
                                                            errors++;
                                                          }
                                                        }
                                                      }
                                                      var _valid7 = _errs73 === errors;
                                                      errors = _errs72;
                                                      if (vErrors !== null) {
                                                        if (_errs72) {
                                                          vErrors.length = _errs72;
                                                        } else {
                                                          vErrors = null;
                                                        }
                                                      }
                                                      if (_valid7) {
                                                        const _errs75 = errors;
                                                        if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                                          if (data22.value !== void 0) {
                                                            let data26 = data22.value;
                                                            if (typeof data26 == "number") {
                                                              if (data26 > 5 || isNaN(data26)) {
                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/rating/value", schemaPath: "moment.schema.json/properties/rating/allOf/1/then/properties/value/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5" }];
                                                                return false;
                                                              } else {
                                                                if (data26 < 1 || isNaN(data26)) {
                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/rating/value", schemaPath: "moment.schema.json/properties/rating/allOf/1/then/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                        var _valid7 = _errs75 === errors;
                                                        valid23 = _valid7;
                                                        if (valid23) {
                                                          var props4 = {};
                                                          props4.value = true;
                                                          props4.scale = true;
                                                        }
                                                      }
                                                      if (!valid23) {
                                                        const err15 = { instancePath: instancePath + "/events/" + i0 + "/rating", schemaPath: "moment.schema.json/properties/rating/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                                                        if (vErrors === null) {
                                                          vErrors = [err15];
                                                        } else {
                                                          vErrors.push(err15);
                                                        }
                                                        errors++;
                                                        validate20.errors = vErrors;
                                                        return false;
                                                      }
                                                      var valid19 = _errs71 === errors;
                                                      if (valid19) {
                                                        if (props3 !== true && props4 !== void 0) {
                                                          if (props4 === true) {
                                                            props3 = true;
                                                          } else {
                                                            props3 = props3 || {};
                                                            Object.assign(props3, props4);
                                                          }
                                                        }
                                                      }
                                                    }
                                                    if (errors === _errs63) {
                                                      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                                        let missing9;
                                                        if (data22.scale === void 0 && (missing9 = "scale") || data22.value === void 0 && (missing9 = "value")) {
                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/rating", schemaPath: "moment.schema.json/properties/rating/required", keyword: "required", params: { missingProperty: missing9 }, message: "must have required property '" + missing9 + "'" }];
                                                          return false;
                                                        } else {
                                                          const _errs77 = errors;
                                                          for (const key3 in data22) {
                                                            if (!(key3 === "scale" || key3 === "value")) {
                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/rating", schemaPath: "moment.schema.json/properties/rating/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                                              return false;
                                                            }
                                                          }
                                                          if (_errs77 === errors) {
                                                            if (data22.scale !== void 0) {
                                                              let data27 = data22.scale;
                                                              const _errs78 = errors;
                                                              if (!(data27 === "thumbs" || data27 === "emoji5" || data27 === "stars5" || data27 === "nps" || data27 === "csat")) {
                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/rating/scale", schemaPath: "moment.schema.json/properties/rating/properties/scale/enum", keyword: "enum", params: { allowedValues: schema32.properties.rating.properties.scale.enum }, message: "must be equal to one of the allowed values" }];
                                                                return false;
                                                              }
                                                              var valid26 = _errs78 === errors;
                                                            } else {
                                                              var valid26 = true;
                                                            }
                                                            if (valid26) {
                                                              if (data22.value !== void 0) {
                                                                let data28 = data22.value;
                                                                const _errs79 = errors;
                                                                if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)))) {
                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/rating/value", schemaPath: "moment.schema.json/properties/rating/properties/value/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                  return false;
                                                                }
                                                                if (errors === _errs79) {
                                                                  if (typeof data28 == "number") {
                                                                    if (data28 > 10 || isNaN(data28)) {
                                                                      validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/rating/value", schemaPath: "moment.schema.json/properties/rating/properties/value/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }];
                                                                      return false;
                                                                    } else {
                                                                      if (data28 < 0 || isNaN(data28)) {
                                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/rating/value", schemaPath: "moment.schema.json/properties/rating/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                                var valid26 = _errs79 === errors;
                                                              } else {
                                                                var valid26 = true;
                                                              }
                                                            }
                                                          }
                                                        }
                                                      } else {
                                                        validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/rating", schemaPath: "moment.schema.json/properties/rating/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid17 = _errs63 === errors;
                                                  } else {
                                                    var valid17 = true;
                                                  }
                                                  if (valid17) {
                                                    if (data1.reasons !== void 0) {
                                                      let data29 = data1.reasons;
                                                      const _errs81 = errors;
                                                      if (errors === _errs81) {
                                                        if (Array.isArray(data29)) {
                                                          if (data29.length > 20) {
                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/reasons", schemaPath: "moment.schema.json/properties/reasons/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" }];
                                                            return false;
                                                          } else {
                                                            var valid27 = true;
                                                            const len1 = data29.length;
                                                            for (let i1 = 0; i1 < len1; i1++) {
                                                              let data30 = data29[i1];
                                                              const _errs83 = errors;
                                                              if (errors === _errs83) {
                                                                if (typeof data30 === "string") {
                                                                  if (func2(data30) > 200) {
                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/reasons/" + i1, schemaPath: "moment.schema.json/properties/reasons/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                                    return false;
                                                                  }
                                                                } else {
                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/reasons/" + i1, schemaPath: "moment.schema.json/properties/reasons/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid27 = _errs83 === errors;
                                                              if (!valid27) {
                                                                break;
                                                              }
                                                            }
                                                          }
                                                        } else {
                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/reasons", schemaPath: "moment.schema.json/properties/reasons/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid17 = _errs81 === errors;
                                                    } else {
                                                      var valid17 = true;
                                                    }
                                                    if (valid17) {
                                                      if (data1.comment !== void 0) {
                                                        let data31 = data1.comment;
                                                        const _errs85 = errors;
                                                        if (errors === _errs85) {
                                                          if (typeof data31 === "string") {
                                                            if (func2(data31) > 5e3) {
                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/comment", schemaPath: "moment.schema.json/properties/comment/maxLength", keyword: "maxLength", params: { limit: 5e3 }, message: "must NOT have more than 5000 characters" }];
                                                              return false;
                                                            } else {
                                                              if (func2(data31) < 1) {
                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/comment", schemaPath: "moment.schema.json/properties/comment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                return false;
                                                              }
                                                            }
                                                          } else {
                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/comment", schemaPath: "moment.schema.json/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid17 = _errs85 === errors;
                                                      } else {
                                                        var valid17 = true;
                                                      }
                                                      if (valid17) {
                                                        if (data1.contact !== void 0) {
                                                          let data32 = data1.contact;
                                                          const _errs87 = errors;
                                                          if (errors === _errs87) {
                                                            if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                                                              let missing10;
                                                              if (data32.email === void 0 && (missing10 = "email")) {
                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/contact", schemaPath: "moment.schema.json/properties/contact/required", keyword: "required", params: { missingProperty: missing10 }, message: "must have required property '" + missing10 + "'" }];
                                                                return false;
                                                              } else {
                                                                const _errs89 = errors;
                                                                for (const key4 in data32) {
                                                                  if (!(key4 === "email")) {
                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/contact", schemaPath: "moment.schema.json/properties/contact/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                                                                    return false;
                                                                  }
                                                                }
                                                                if (_errs89 === errors) {
                                                                  if (data32.email !== void 0) {
                                                                    let data33 = data32.email;
                                                                    const _errs90 = errors;
                                                                    if (errors === _errs90) {
                                                                      if (errors === _errs90) {
                                                                        if (typeof data33 === "string") {
                                                                          if (func2(data33) > 254) {
                                                                            validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/contact/email", schemaPath: "moment.schema.json/properties/contact/properties/email/maxLength", keyword: "maxLength", params: { limit: 254 }, message: "must NOT have more than 254 characters" }];
                                                                            return false;
                                                                          } else {
                                                                            if (func2(data33) < 3) {
                                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/contact/email", schemaPath: "moment.schema.json/properties/contact/properties/email/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" }];
                                                                              return false;
                                                                            } else {
                                                                              if (!formats2.validate(data33)) {
                                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/contact/email", schemaPath: "moment.schema.json/properties/contact/properties/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"' }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                          }
                                                                        } else {
                                                                          validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/contact/email", schemaPath: "moment.schema.json/properties/contact/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            } else {
                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/contact", schemaPath: "moment.schema.json/properties/contact/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid17 = _errs87 === errors;
                                                        } else {
                                                          var valid17 = true;
                                                        }
                                                        if (valid17) {
                                                          if (data1.dropped !== void 0) {
                                                            let data34 = data1.dropped;
                                                            const _errs92 = errors;
                                                            if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)))) {
                                                              validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/dropped", schemaPath: "moment.schema.json/properties/dropped/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                              return false;
                                                            }
                                                            if (errors === _errs92) {
                                                              if (typeof data34 == "number") {
                                                                if (data34 > 1e6 || isNaN(data34)) {
                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/dropped", schemaPath: "moment.schema.json/properties/dropped/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000" }];
                                                                  return false;
                                                                } else {
                                                                  if (data34 < 1 || isNaN(data34)) {
                                                                    validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/dropped", schemaPath: "moment.schema.json/properties/dropped/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                            var valid17 = _errs92 === errors;
                                                          } else {
                                                            var valid17 = true;
                                                          }
                                                          if (valid17) {
                                                            if (data1.preview !== void 0) {
                                                              const _errs94 = errors;
                                                              if (typeof data1.preview !== "boolean") {
                                                                validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/preview", schemaPath: "moment.schema.json/properties/preview/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                                return false;
                                                              }
                                                              var valid17 = _errs94 === errors;
                                                            } else {
                                                              var valid17 = true;
                                                            }
                                                            if (valid17) {
                                                              if (data1.reason !== void 0) {
                                                                const _errs96 = errors;
                                                                if ("preempted" !== data1.reason) {
                                                                  validate20.errors = [{ instancePath: instancePath + "/events/" + i0 + "/reason", schemaPath: "moment.schema.json/properties/reason/const", keyword: "const", params: { allowedValue: "preempted" }, message: "must be equal to constant" }];
                                                                  return false;
                                                                }
                                                                var valid17 = _errs96 === errors;
                                                              } else {
                                                                var valid17 = true;
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/events/" + i0, schemaPath: "moment.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid1 = _errs4 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  }
                }
              } else {
                validate20.errors = [{ instancePath: instancePath + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
          }
        }
      }
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const batchValidator = validate20;

const MAX_CONTEXT_BYTES = 2048;

function utf8Length(text) {
  return new TextEncoder().encode(text).length;
}

const DEFAULT_TIME_WINDOW = { maxAgeDays: 400, maxSkewMinutes: 10 };
const PARTS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|([+-])(\d{2}):(\d{2}))$/i;
function eventTimeProblem(time, now, window = DEFAULT_TIME_WINDOW) {
  const m = PARTS.exec(time);
  if (!m) return `is not an ISO 8601 time (${time})`;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offsetOk = m[7] === void 0 || Number(m[8]) <= 23 && Number(m[9]) <= 59;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59 || !offsetOk) {
    return `is not a real date or time (${time})`;
  }
  const at = Date.parse(time);
  if (at > now + window.maxSkewMinutes * 6e4) return `is more than ${window.maxSkewMinutes} minutes ahead of the collector's clock (${time})`;
  if (at < now - window.maxAgeDays * 864e5) return `is more than ${window.maxAgeDays} days old (${time})`;
  return void 0;
}

const MAX_JSON_DEPTH = 32;
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;
const LONE_SURROGATE = new RegExp("\\p{Cs}", "u");
function nestingDepth(text, limit) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return depth;
    } else if (c === 125 || c === 93) depth--;
  }
  return depth;
}
function firstUnfaithful(value, path, checkStrings) {
  if (typeof value === "number") return Number.isFinite(value) ? void 0 : `${path || "body"} is a number too large for JSON (it would be stored as null)`;
  if (typeof value === "string") return checkStrings && LONE_SURROGATE.test(value) ? `${path || "body"} contains a lone UTF-16 surrogate (not valid Unicode text)` : void 0;
  if (value === null || typeof value !== "object") return void 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstUnfaithful(value[i], `${path || "body"}[${i}]`, checkStrings);
      if (found) return found;
    }
    return void 0;
  }
  for (const key of Object.keys(value)) {
    if (checkStrings && LONE_SURROGATE.test(key)) return `${path || "body"} has a key with a lone UTF-16 surrogate (not valid Unicode text)`;
    const found = firstUnfaithful(value[key], path ? `${path}.${key}` : key, checkStrings);
    if (found) return found;
  }
  return void 0;
}
function parseJson(text, maxDepth = MAX_JSON_DEPTH) {
  if (nestingDepth(text, maxDepth) > maxDepth) return { ok: false, error: `body must not nest arrays and objects more than ${maxDepth} levels deep` };
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `body is not JSON: ${error.message}` };
  }
  const problem = firstUnfaithful(value, "", SURROGATE_ESCAPE.test(text));
  return problem ? { ok: false, error: problem } : { ok: true, value };
}

const NUL_ESCAPE = /(^|[^\\])(\\\\)*\\u0000/i;
const validator = () => batchValidator;
function where(instancePath) {
  if (!instancePath) return "body";
  return instancePath.slice(1).split("/").map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")).map((p, i) => /^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}
function describe(e) {
  let text = `${where(e.instancePath)} ${e.message ?? "is invalid"}`;
  const p = e.params;
  if (e.keyword === "additionalProperties") text += ` ('${String(p.additionalProperty)}')`;
  else if (e.keyword === "enum") text += ` (${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")})`;
  else if (e.keyword === "const") text += ` (${JSON.stringify(p.allowedValue)})`;
  return text;
}
function validateBatch(body, options = {}) {
  const parsed = parseJson(body);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  if (body.includes("\\u0000") && NUL_ESCAPE.test(body)) return { ok: false, error: "body must not contain U+0000 (\\u0000) in strings" };
  const validate = validator();
  if (!validate(data)) return { ok: false, error: describe(validate.errors[0]) };
  const events = data.events;
  const now = options.now ?? Date.now();
  for (let i = 0; i < events.length; i++) {
    const timeProblem = eventTimeProblem(events[i].time, now, options.timeWindow ?? DEFAULT_TIME_WINDOW);
    if (timeProblem) return { ok: false, error: `events[${i}].time ${timeProblem}` };
    const context = events[i].context;
    if (context !== void 0 && utf8Length(JSON.stringify(context)) > MAX_CONTEXT_BYTES) {
      return { ok: false, error: `events[${i}].context must be at most ${MAX_CONTEXT_BYTES} bytes as JSON` };
    }
  }
  return { ok: true, events };
}

const JSON_TYPE = "application/json; charset=utf-8";
const HEADER_TOKEN = /^[!#$%&'*+.^_`|~0-9a-z-]+$/i;
const decoder = new TextDecoder("utf-8", { fatal: true });
function oneLine(error) {
  if (!(error instanceof Error)) return String(error);
  const at = error.stack?.split("\n").find((l) => l.trimStart().startsWith("at "))?.trim();
  return `${error.name}: ${error.message}${at ? ` (${at})` : ""}`;
}
class HttpError extends Error {
  constructor(status, message, headers = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
  status;
  headers;
}
const BODY_IDLE_MS = 1e4;
class ClientGoneError extends Error {
}
function readBody(req, limit, limits) {
  const declared = Number(req.headers["content-length"]);
  if (declared > limit) return Promise.reject(new HttpError(413, `body must be at most ${limit} bytes`));
  const busy = () => new HttpError(503, "too many uploads in progress; retry later", { "retry-after": limits.retryAfter });
  if (declared > 0 && !limits.fits(declared)) return Promise.reject(busy());
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    let settled = false;
    const idle = setTimeout(() => settle(new HttpError(408, `no body bytes arrived for ${BODY_IDLE_MS / 1e3} s`)), BODY_IDLE_MS);
    const settle = (error, text) => {
      if (settled) return;
      settled = true;
      clearTimeout(idle);
      req.off("data", onData);
      limits.release(size);
      if (error) {
        req.pause();
        reject(error);
      } else resolve(text);
    };
    const onData = (chunk) => {
      if (size + chunk.length > limit) return settle(new HttpError(413, `body must be at most ${limit} bytes`));
      if (!limits.reserve(chunk.length)) return settle(busy());
      idle.refresh();
      size += chunk.length;
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("error", () => settle(new ClientGoneError("the client closed the connection mid-upload")));
    req.once("close", () => settle(new ClientGoneError("the client closed the connection mid-upload")));
    req.once("end", () => {
      let text;
      try {
        text = decoder.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
      } catch {
        return settle(new HttpError(400, "body is not valid UTF-8"));
      }
      settle(void 0, text);
    });
  });
}
function createCollector(options) {
  const { store } = options;
  const origins = createOriginPolicy(options.allowedOrigins, options.requireOrigin);
  const limiter = createRateLimiter(options.rateLimit ?? 600);
  const maxBody = options.maxBodyBytes ?? 256 * 1024;
  const log = options.log ?? ((line) => console.error(line));
  const logOnce = createLogLimiter(log);
  const allowedTouchpoints = options.touchpoints?.length ? new Set(options.touchpoints) : void 0;
  const readApi = createReadApi(store, options.readToken);
  const mapRoutes = createMapRoutes(store);
  let url = "";
  let limits;
  function send(res, status, body, headers = {}) {
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": JSON_TYPE, "content-length": String(Buffer.byteLength(text)), "cache-control": "no-store", ...headers });
    res.end(text);
  }
  function clientIp(req) {
    const forwarded = options.trustProxy ? String(req.headers["x-forwarded-for"] ?? "").split(",")[0].trim() : "";
    return forwarded || req.socket.remoteAddress || "unknown";
  }
  async function moments(req, res) {
    const origin = req.headers.origin;
    const allowed = origins.allows(origin);
    const cors = allowed && origin ? { "access-control-allow-origin": origin, "access-control-allow-credentials": "true", vary: "Origin" } : { vary: "Origin" };
    if (req.method === "OPTIONS") {
      if (!allowed || !origin) return send(res, 403, { error: `origin ${origin ?? "(none)"} is not allowed` });
      const requested = String(req.headers["access-control-request-headers"] ?? "").split(",").map((s) => s.trim().toLowerCase()).filter((s) => s && HEADER_TOKEN.test(s));
      const allowHeaders = [.../* @__PURE__ */ new Set(["content-type", ...requested])].join(", ");
      res.writeHead(204, {
        ...cors,
        vary: "Origin, Access-Control-Request-Headers",
        "access-control-allow-methods": "POST, OPTIONS",
        "access-control-allow-headers": allowHeaders,
        "access-control-max-age": "86400"
      });
      return void res.end();
    }
    if (req.method !== "POST") return send(res, 405, { error: "use POST" }, { allow: "POST, OPTIONS" });
    if (!allowed) {
      req.resume();
      return send(res, 403, { error: origin ? `origin ${origin} is not allowed` : "an Origin header is required" });
    }
    const wait = limiter.take(clientIp(req));
    if (wait) {
      req.resume();
      return send(res, 429, { error: `too many requests; retry in ${wait} s` }, { ...cors, "retry-after": String(wait) });
    }
    const type = String(req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
    if (type && type !== "application/json" && type !== "text/plain") {
      req.resume();
      return send(res, 415, { error: `content-type must be application/json or text/plain, not ${type}` }, cors);
    }
    let body;
    try {
      body = await readBody(req, maxBody, limits);
    } catch (error) {
      if (error instanceof ClientGoneError) return void (logOnce(`client-gone ${error.message}`, `moments-collector: ${error.message}`), res.destroy());
      if (!(error instanceof HttpError)) throw error;
      send(res, error.status, { error: error.message }, { ...cors, ...error.headers, connection: "close" });
      if (error.status === 413 || error.status === 503 || error.status === 408) res.on("finish", () => req.destroy());
      if (error.status === 503) logOnce("inflight", "moments-collector: in-flight upload budget spent; refusing uploads with 503");
      return;
    }
    const batch = validateBatch(body, { timeWindow: options.timeWindow });
    if (!batch.ok) return send(res, 400, { error: batch.error }, cors);
    const notAllowed = allowedTouchpoints && touchpointProblem(batch.events, allowedTouchpoints);
    if (notAllowed) return send(res, 400, { error: notAllowed }, cors);
    try {
      const result = await store.insert(batch.events);
      send(res, 200, result, cors);
    } catch (error) {
      if (error instanceof StoreUnavailableError) return send(res, 503, { error: "database unavailable; retry later" }, { ...cors, "retry-after": "5" });
      logOnce(`store ${String(error)}`, `moments-collector: storing a batch failed: ${oneLine(error)}`);
      send(res, 500, { error: "could not store the batch" }, cors);
    }
  }
  async function dashboard(req, res, params) {
    const { query, note } = parseDashboardQuery(params);
    try {
      const html = renderDashboard(summarize(await store.dashboard(query)), query, note);
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": DASHBOARD_CSP,
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        "cache-control": "no-store"
      });
      res.end(req.method === "HEAD" ? void 0 : html);
    } catch (error) {
      if (error instanceof StoreUnavailableError) return send(res, 503, { error: "database unavailable; retry later" }, { "retry-after": "5" });
      throw error;
    }
  }
  const server = createServer({ connectionsCheckingInterval: 2e3 }, async (req, res) => {
    try {
      if (req.url === "/moments") return await moments(req, res);
      const raw = req.url ?? "/";
      const queryAt = raw.indexOf("?");
      const pathname = queryAt < 0 ? raw : raw.slice(0, queryAt);
      const searchParams = new URLSearchParams(queryAt < 0 ? "" : raw.slice(queryAt + 1));
      if (pathname === "/moments") return await moments(req, res);
      if (await readApi(req, res, pathname, searchParams)) return;
      if (await mapRoutes(req, res, pathname, searchParams)) return;
      if (req.method === "GET" || req.method === "HEAD") {
        if (pathname === "/dashboard" || pathname === "/dashboard/") return await dashboard(req, res, searchParams);
        if (pathname === "/dashboard.css") {
          res.writeHead(200, { "content-type": "text/css; charset=utf-8", "cache-control": "max-age=300", "x-content-type-options": "nosniff" });
          return void res.end(req.method === "HEAD" ? void 0 : dashboardCss);
        }
        if (pathname === "/health") return send(res, 200, { ok: true, store: store.kind, ...store.stats ? { writes: store.stats() } : {}, limits: limits.stats() });
        if (options.mounts?.length && await serveStatic(options.mounts, req, res, pathname)) return;
        if (pathname === "/favicon.ico") return void res.writeHead(204, { "cache-control": "max-age=86400" }).end();
      }
      send(res, 404, { error: `no route for ${req.method} ${pathname}` });
    } catch (error) {
      logOnce(`error ${String(error)}`, `moments-collector: ${oneLine(error)}`);
      if (!res.headersSent) send(res, 500, { error: "internal error" });
      else res.destroy();
    }
  });
  server.requestTimeout = 3e4;
  server.headersTimeout = 1e4;
  server.keepAliveTimeout = 5e3;
  limits = limitConnections(server, options.limits);
  return {
    listen(port = 0, host) {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          const a = server.address();
          const shown = !host || host === "0.0.0.0" || host === "::" ? "localhost" : a.family === "IPv6" ? `[${a.address}]` : a.address;
          url = `http://${shown}:${a.port}`;
          resolve(url);
        });
      });
    },
    get url() {
      return url;
    },
    async close() {
      await new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 2e3).unref();
      });
      await store.close();
    }
  };
}

const flag = (v) => v === "1" || v === "true" || v === "yes";
function readSettings(env, argv) {
  const int = (name, fallback) => {
    const raw = env[name];
    if (raw === void 0 || raw === "") return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number >= 0, not ${raw}`);
    return n;
  };
  return {
    port: int("PORT", 8080),
    host: env.HOST || void 0,
    db: env.MOMENTS_DB || "data/moments.db",
    allowedOrigins: (env.MOMENTS_ALLOWED_ORIGINS ?? "").split(",").map((s) => s.trim()).filter(Boolean),
    requireOrigin: flag(env.MOMENTS_REQUIRE_ORIGIN),
    rateLimit: int("MOMENTS_RATE_LIMIT", 600),
    maxBodyBytes: int("MOMENTS_MAX_BODY", 256 * 1024),
    trustProxy: flag(env.MOMENTS_TRUST_PROXY),
    examples: argv.includes("--examples") || flag(env.MOMENTS_EXAMPLES),
    maxConnections: int("MOMENTS_MAX_CONNECTIONS", 1e3),
    maxInflightBytes: int("MOMENTS_MAX_INFLIGHT_BYTES", 32 * 1024 * 1024),
    maxEventAgeDays: int("MOMENTS_MAX_EVENT_AGE_DAYS", 400),
    touchpoints: (env.MOMENTS_TOUCHPOINTS ?? "").split(",").map((s) => s.trim()).filter(Boolean),
    readToken: env.MOMENTS_READ_TOKEN || void 0,
    alertsFile: env.MOMENTS_ALERTS || void 0,
    alertSecret: env.MOMENTS_ALERT_SECRET || void 0
  };
}

const redact = (db) => db.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");
async function main(env = process.env, argv = process.argv.slice(2)) {
  const s = readSettings(env, argv);
  const alerts = s.alertsFile ? readAlertSettings(s.alertsFile, s.alertSecret) : void 0;
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
  const mounts = [];
  if (s.examples) {
    const dist = fileURLToPath(new URL("./", import.meta.url));
    const examples = fileURLToPath(new URL("../examples/", import.meta.url));
    if (existsSync(examples)) mounts.push({ prefix: "/", dir: examples });
    mounts.push({ prefix: "/dist/", dir: dist });
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
    touchpoints: s.touchpoints
  });
  const url = await collector.listen(s.port, s.host);
  let monitor;
  if (alerts) {
    monitor = createAlertMonitor({ store, settings: alerts, baseUrl: () => url });
    monitor.start();
  }
  const lines = [
    `Moments collector on ${url} (${store.kind}: ${redact(s.db)})`,
    `  POST ${url}/moments   origins: ${originsText(s)}; rate limit: ${s.rateLimit ? `${s.rateLimit} requests/min per client` : "off"}`,
    `  map of moments     ${url}/map`,
    `  dashboard          ${url}/dashboard`,
    s.readToken ? `  read API           ${url}/export, ${url}/api/summary (bearer token: MOMENTS_READ_TOKEN)` : "  read API           off (set MOMENTS_READ_TOKEN to enable /export and /api/summary)"
  ];
  if (alerts) lines.push(`  misery alerts      ${alerts.rules.length} rule${alerts.rules.length === 1 ? "" : "s"}, checked every ${alerts.checkEverySeconds} s, to ${new URL(alerts.webhook.url).origin}`);
  if (s.examples) lines.push(`  examples           ${url}/`, `  widget builds      ${url}/dist/`);
  console.log(lines.join("\n"));
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`moments-collector: ${signal}, stopping`);
    monitor?.close();
    await collector.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}
function originsText(s) {
  const any = s.allowedOrigins.length === 0 ? "any (MOMENTS_ALLOWED_ORIGINS unset)" : s.allowedOrigins.join(", ");
  return any + (s.requireOrigin ? ", Origin required" : "");
}
function run() {
  main().catch((error) => {
    console.error(`moments-collector: ${error.message ?? error}`);
    process.exit(1);
  });
}
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) run();

const json$1 = (v) => v === null ? void 0 : typeof v === "string" ? JSON.parse(v) : v;
function commentRow(c) {
  const row = {
    id: c.id,
    time: c.time instanceof Date ? c.time.toISOString() : c.time,
    touchpoint: c.touchpoint,
    moment: c.moment,
    comment: c.comment,
    page: { path: c.page_path, title: c.page_title }
  };
  const context = json$1(c.context);
  if (context !== void 0) row.context = context;
  if (c.scale !== null && c.value !== null) row.rating = { scale: c.scale, value: Number(c.value) };
  const reasons = json$1(c.reasons);
  if (reasons !== void 0) row.reasons = reasons;
  return row;
}

const NETWORK = /* @__PURE__ */ new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
const UNAVAILABLE = /* @__PURE__ */ new Set(["57P01", "57P02", "57P03", "53300", "53400", "58030"]);
function isUnavailable(error) {
  const e = error;
  if (e?.code && (NETWORK.has(e.code) || UNAVAILABLE.has(e.code) || e.code.startsWith("08"))) return true;
  if (Array.isArray(e?.errors) && e.errors.some(isUnavailable)) return true;
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)/i.test(String(e?.message ?? ""));
}
const isRetryable = (error) => ["40P01", "40001"].includes(error?.code ?? "");
function rethrowPg(error) {
  if (isUnavailable(error)) throw new StoreUnavailableError(`database unavailable: ${error.message}`, { cause: error });
  throw error;
}

function pgAlertReads(pool) {
  async function query(sql, params) {
    try {
      return (await pool.query(sql, params)).rows;
    } catch (error) {
      return rethrowPg(error);
    }
  }
  return {
    async answerWindow(since, until) {
      const rows = await query(
        `SELECT e.touchpoint, count(DISTINCT e.moment) AS answers, count(DISTINCT CASE WHEN m.mood = -1 THEN e.moment END) AS misery
         FROM events e JOIN moments m ON m.moment = e.moment
         WHERE e.type = 'moment.answered' AND NOT e.preview AND e.time >= $1 AND e.time < $2 GROUP BY e.touchpoint`,
        [since, until]
      );
      return rows.map((r) => ({ touchpoint: r.touchpoint, answers: Number(r.answers), misery: Number(r.misery) }));
    },
    async claimAlerts(rule, tripping) {
      await query("UPDATE alert_state SET tripped = false, changed_at = now() WHERE rule = $1 AND tripped AND NOT (touchpoint = ANY($2::text[]))", [rule, tripping]);
      if (!tripping.length) return [];
      const rows = await query(
        `INSERT INTO alert_state (rule, touchpoint, tripped) SELECT $1, t, true FROM unnest($2::text[]) AS t ORDER BY t COLLATE "C"
         ON CONFLICT (rule, touchpoint) DO UPDATE SET tripped = true, changed_at = now() WHERE alert_state.tripped = false
         RETURNING touchpoint`,
        [rule, tripping]
      );
      return rows.map((r) => r.touchpoint);
    }
  };
}

function eventRow(e) {
  const time = new Date(e.time).toISOString();
  return {
    id: e.id,
    type: e.type,
    touchpoint: e.touchpoint,
    stage: e.stage ?? null,
    moment: e.moment,
    time,
    day: time.slice(0, 10),
    page_path: e.page.path,
    page_title: e.page.title,
    visitor: e.visitor ?? null,
    context: e.context === void 0 ? null : JSON.stringify(e.context),
    scale: e.rating?.scale ?? null,
    value: e.rating?.value ?? null,
    reasons: e.reasons === void 0 ? null : JSON.stringify(e.reasons),
    comment: e.comment ?? e.contact?.email ?? null,
    dropped: e.dropped ?? null,
    preview: e.preview === true,
    mood: e.rating ? moodOf(e.rating.scale, e.rating.value) : null
  };
}

const STORED_EVENT_COLUMNS = "id, type, touchpoint, stage, moment, time, page_path, page_title, visitor, context, scale, value, reasons, comment, dropped, preview";
const json = (v) => v === null ? void 0 : typeof v === "string" ? JSON.parse(v) : v;
function storedEvent(c) {
  const e = {
    schema: 1,
    id: c.id,
    type: c.type,
    touchpoint: c.touchpoint,
    moment: c.moment,
    time: c.time instanceof Date ? c.time.toISOString() : c.time,
    page: { path: c.page_path, title: c.page_title }
  };
  if (c.stage !== null) e.stage = c.stage;
  if (c.visitor !== null) e.visitor = c.visitor;
  const context = json(c.context);
  if (context !== void 0) e.context = context;
  if (c.scale !== null && c.value !== null) e.rating = { scale: c.scale, value: Number(c.value) };
  const reasons = json(c.reasons);
  if (reasons !== void 0) e.reasons = reasons;
  if (c.comment !== null && e.type === "moment.contact") Object.assign(e, { schema: 2, contact: { email: c.comment } });
  else if (c.comment !== null) e.comment = c.comment;
  if (c.dropped !== null) e.dropped = Number(c.dropped);
  if (c.preview === true || c.preview === 1) e.preview = true;
  return e;
}

const ROWS_PER_FETCH = 1e3;
function pgExportPages(pool) {
  return async function* pages(q) {
    const [start, end] = timeBounds(q);
    let client;
    try {
      client = await pool.connect();
    } catch (error) {
      return rethrowPg(error);
    }
    let state = "open";
    try {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      const params = [start, end];
      if (q.touchpoint !== void 0) params.push(q.touchpoint);
      await client.query(
        `DECLARE moments_export NO SCROLL CURSOR FOR SELECT ${STORED_EVENT_COLUMNS} FROM events
         WHERE time >= $1 AND time < $2 ${q.touchpoint !== void 0 ? "AND touchpoint = $3" : ""}`,
        params
      );
      for (; ; ) {
        const { rows } = await client.query(`FETCH ${ROWS_PER_FETCH} FROM moments_export`);
        if (rows.length === 0) break;
        yield rows.map(storedEvent);
      }
      await client.query("COMMIT");
      state = "done";
    } catch (error) {
      if (isUnavailable(error)) state = "broken";
      return rethrowPg(error);
    } finally {
      if (state === "open") await client.query("ROLLBACK").catch(() => state = "broken");
      client.release(state === "broken");
    }
  };
}

function createGroupCommit(writeMany, options) {
  const { writeOne, retryAlone = () => true, maxGroup = 256 } = options;
  let queue = [];
  let running;
  let scheduled = false;
  let commits = 0;
  let batches = 0;
  async function run() {
    while (queue.length) {
      const group = queue.slice(0, maxGroup);
      queue = queue.slice(group.length);
      try {
        const results = await writeMany(group.map((p) => p.batch));
        commits++;
        batches += group.length;
        group.forEach((p, i) => p.resolve(results[i]));
      } catch (error) {
        if (group.length === 1 || !retryAlone(error)) {
          for (const p of group) p.reject(error);
          continue;
        }
        for (const p of group) await writeOne(p.batch).then(p.resolve, p.reject);
      }
    }
  }
  function start() {
    scheduled = false;
    running = run().finally(() => {
      running = void 0;
      if (queue.length) start();
    });
  }
  return {
    push(batch) {
      return new Promise((resolve, reject) => {
        queue.push({ batch, resolve, reject });
        if (!running && !scheduled) {
          scheduled = true;
          setImmediate(start);
        }
      });
    },
    stats: () => ({ commits, batches }),
    async drain() {
      while (running || scheduled || queue.length) await (running ?? new Promise((r) => setImmediate(r)));
    }
  };
}

function contactRequest(c) {
  const row = {
    id: c.id,
    time: c.time instanceof Date ? c.time.toISOString() : c.time,
    touchpoint: c.touchpoint,
    moment: c.moment,
    email: c.email,
    page: { path: c.page_path, title: c.page_title }
  };
  if (c.scale !== null && c.value !== null) row.rating = { scale: c.scale, value: Number(c.value) };
  if (c.comment !== null) row.comment = c.comment;
  if (c.context !== null) row.context = typeof c.context === "string" ? JSON.parse(c.context) : c.context;
  return row;
}

function pgMapReads(pool) {
  async function read(sql, params) {
    try {
      return (await pool.query(sql, params)).rows;
    } catch (error) {
      return rethrowPg(error);
    }
  }
  return {
    async touchpointOrder() {
      return read(
        `SELECT d.touchpoint, d."firstDay", s.stage FROM (SELECT touchpoint, to_char(min(day), 'YYYY-MM-DD') AS "firstDay" FROM daily GROUP BY touchpoint) d
         LEFT JOIN touchpoint_stages s ON s.touchpoint = d.touchpoint`,
        []
      );
    },
    async miseryComments(q) {
      const filter = q.key !== void 0 && q.value !== void 0;
      const rows = await read(
        `SELECT e.id, e.time, e.touchpoint, e.moment, e.comment, e.page_path, e.page_title, e.context, m.scale, m.value, m.reasons
         FROM events e JOIN moments m ON m.moment = e.moment
         WHERE e.type = 'moment.commented' AND NOT e.preview AND e.time >= $1 AND e.time < $2 AND m.mood = -1
           AND ($3::text IS NULL OR e.touchpoint = $3) AND ($4::text IS NULL OR e.context ->> $4 = $5)
         ORDER BY e.time DESC, e.id COLLATE "C" DESC LIMIT $6`,
        [`${q.from}T00:00:00.000Z`, dayAfter(q.to), q.touchpoint ?? null, filter ? q.key : null, filter ? q.value : null, q.limit ?? 50]
      );
      return rows.map(commentRow);
    },
    async contactRequests(q) {
      const filter = q.key !== void 0 && q.value !== void 0;
      const rows = await read(
        `SELECT e.id, e.time, e.touchpoint, e.moment, e.comment AS email, e.page_path, e.page_title, e.context, m.scale, m.value,
           (SELECT c.comment FROM events c WHERE c.moment = e.moment AND c.type = 'moment.commented' ORDER BY c.time LIMIT 1) AS comment
         FROM events e JOIN moments m ON m.moment = e.moment
         WHERE e.type = 'moment.contact' AND NOT e.preview AND e.time >= $1 AND e.time < $2 AND m.mood = -1
           AND ($3::text IS NULL OR e.touchpoint = $3) AND ($4::text IS NULL OR e.context ->> $4 = $5)
         ORDER BY e.time DESC, e.id COLLATE "C" DESC LIMIT $6`,
        [`${q.from}T00:00:00.000Z`, dayAfter(q.to), q.touchpoint ?? null, filter ? q.key : null, filter ? q.value : null, q.limit ?? 50]
      );
      return rows.map(contactRequest);
    }
  };
}

const pgMigrations = [
  `
  CREATE TABLE events (
    id text PRIMARY KEY,
    type text NOT NULL,
    touchpoint text NOT NULL,
    moment text NOT NULL,
    time timestamptz NOT NULL,
    day date NOT NULL,
    page_path text NOT NULL,
    page_title text NOT NULL,
    visitor text,
    context json,
    scale text,
    value smallint,
    reasons json,
    comment text,
    dropped integer,
    preview boolean NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX events_comments ON events (time DESC, id COLLATE "C" DESC) WHERE type = 'moment.commented' AND NOT preview;
  CREATE TABLE moments (
    moment text PRIMARY KEY,
    touchpoint text NOT NULL,
    day date NOT NULL,
    scale text NOT NULL,
    value smallint NOT NULL,
    mood smallint NOT NULL,
    reasons json
  );
  CREATE TABLE daily (
    day date NOT NULL,
    touchpoint text NOT NULL,
    shard smallint NOT NULL,
    shown bigint NOT NULL DEFAULT 0,
    answered bigint NOT NULL DEFAULT 0,
    dismissed bigint NOT NULL DEFAULT 0,
    commented bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (day, touchpoint, shard)
  );
  CREATE TABLE daily_ratings (
    day date NOT NULL,
    touchpoint text NOT NULL,
    scale text NOT NULL,
    value smallint NOT NULL,
    shard smallint NOT NULL,
    n bigint NOT NULL,
    PRIMARY KEY (day, touchpoint, scale, value, shard)
  );
  CREATE TABLE daily_dropped (
    day date NOT NULL,
    shard smallint NOT NULL,
    dropped bigint NOT NULL,
    PRIMARY KEY (day, shard)
  );
  `,
  // 2: misery alerts (src/collector/alerts): answers by time for the sliding windows, and each rule's
  // state; a trip is claimed with one conditional upsert, so one replica sends each alert. And journey
  // stages: each event's stage, and the latest stage per touchpoint for the map of moments' order.
  `
  ALTER TABLE events ADD COLUMN stage text;
  CREATE TABLE touchpoint_stages (
    touchpoint text PRIMARY KEY,
    stage text NOT NULL
  );
  CREATE INDEX events_answers ON events (time) WHERE type = 'moment.answered' AND NOT preview;
  CREATE TABLE alert_state (
    rule text NOT NULL,
    touchpoint text NOT NULL,
    tripped boolean NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (rule, touchpoint)
  );
  `,
  // 3: contact requests (\`moment.contact\`, whose \`comment\` column holds the e-mail the visitor gave) for the map:
  // their own partial index, few rows; and comments by moment, so each request finds its moment's comment
  // without a scan.
  `
  CREATE INDEX events_contacts ON events (time DESC, id COLLATE "C" DESC) WHERE type = 'moment.contact' AND NOT preview;
  CREATE INDEX events_comment_moments ON events (moment) WHERE type = 'moment.commented';
  `
];

function createReadGate(concurrency, maxWaiting) {
  let running = 0;
  const queue = [];
  const next = () => {
    running--;
    queue.shift()?.();
  };
  return async (read) => {
    if (running >= concurrency) {
      if (queue.length >= maxWaiting) throw new StoreUnavailableError("too many dashboard reads in progress");
      await new Promise((resolve) => queue.push(resolve));
    }
    running++;
    try {
      return await read();
    } finally {
      next();
    }
  };
}

class RollupDelta {
  daily = /* @__PURE__ */ new Map();
  ratings = /* @__PURE__ */ new Map();
  dropped = /* @__PURE__ */ new Map();
  /** The latest stage each touchpoint named in the transaction (non-preview events). */
  stages = /* @__PURE__ */ new Map();
  cell(day, touchpoint) {
    const key = `${day}\0${touchpoint}`;
    let d = this.daily.get(key);
    if (!d) this.daily.set(key, d = { day, touchpoint, shown: 0, answered: 0, dismissed: 0, commented: 0 });
    return d;
  }
  /** Counts an inserted, non-preview event other than an answer. */
  add(row) {
    if (row.preview) return;
    if (row.stage !== null) this.stages.set(row.touchpoint, row.stage);
    if (row.type === "moment.shown") this.cell(row.day, row.touchpoint).shown++;
    else if (row.type === "moment.dismissed") this.cell(row.day, row.touchpoint).dismissed++;
    else if (row.type === "moment.commented") this.cell(row.day, row.touchpoint).commented++;
    else if (row.type === "moments.dropped") this.dropped.set(row.day, (this.dropped.get(row.day) ?? 0) + (row.dropped ?? 0));
  }
  /** Counts the first answer of a moment (its day, touchpoint and rating). */
  answer(row) {
    if (row.stage !== null) this.stages.set(row.touchpoint, row.stage);
    this.cell(row.day, row.touchpoint).answered++;
    const key = `${row.day}\0${row.touchpoint}\0${row.scale}\0${row.value}`;
    const r = this.ratings.get(key);
    if (r) r.n++;
    else this.ratings.set(key, { day: row.day, touchpoint: row.touchpoint, scale: row.scale, value: row.value, n: 1 });
  }
  /** Rows sorted by key, so concurrent writers lock rollup rows in one order (no deadlocks). */
  sorted() {
    const byKey = (m) => [...m.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, v]) => v);
    return {
      daily: byKey(this.daily),
      ratings: byKey(this.ratings),
      dropped: [...this.dropped.entries()].sort(([a], [b]) => a < b ? -1 : 1).map(([day, n]) => ({ day, n }))
    };
  }
}

const MIGRATION_LOCK = 4202611;
const EVENT_COLUMNS = "id text, type text, touchpoint text, stage text, moment text, time timestamptz, day date, page_path text, page_title text, visitor text, context text, scale text, value smallint, reasons text, comment text, dropped integer, preview boolean";
const INSERT_EVENTS = `INSERT INTO events (id, type, touchpoint, stage, moment, time, day, page_path, page_title, visitor, context, scale, value, reasons, comment, dropped, preview)
  SELECT id, type, touchpoint, stage, moment, time, day, page_path, page_title, visitor, context::json, scale, value, reasons::json, comment, dropped, preview
  FROM json_to_recordset($1::json) AS x(${EVENT_COLUMNS}) ORDER BY id COLLATE "C"
  ON CONFLICT (id) DO NOTHING RETURNING id`;
const INSERT_MOMENTS = `INSERT INTO moments (moment, touchpoint, day, scale, value, mood, reasons)
  SELECT moment, touchpoint, day, scale, value, mood, reasons::json
  FROM json_to_recordset($1::json) AS x(moment text, touchpoint text, day date, scale text, value smallint, mood smallint, reasons text) ORDER BY moment COLLATE "C"
  ON CONFLICT (moment) DO NOTHING RETURNING moment`;
const SET_REASONS = `UPDATE moments SET reasons = x.reasons::json FROM json_to_recordset($1::json) AS x(moment text, reasons text) WHERE moments.moment = x.moment`;
const UP_DAILY = `INSERT INTO daily (day, touchpoint, shard, shown, answered, dismissed, commented)
  SELECT day, touchpoint, $2, shown, answered, dismissed, commented
  FROM json_to_recordset($1::json) AS x(day date, touchpoint text, shown bigint, answered bigint, dismissed bigint, commented bigint)
  ON CONFLICT (day, touchpoint, shard) DO UPDATE SET shown = daily.shown + excluded.shown, answered = daily.answered + excluded.answered,
    dismissed = daily.dismissed + excluded.dismissed, commented = daily.commented + excluded.commented`;
const UP_RATINGS = `INSERT INTO daily_ratings (day, touchpoint, scale, value, shard, n)
  SELECT day, touchpoint, scale, value, $2, n FROM json_to_recordset($1::json) AS x(day date, touchpoint text, scale text, value smallint, n bigint)
  ON CONFLICT (day, touchpoint, scale, value, shard) DO UPDATE SET n = daily_ratings.n + excluded.n`;
const UP_STAGES = `INSERT INTO touchpoint_stages (touchpoint, stage)
  SELECT touchpoint, stage FROM json_to_recordset($1::json) AS x(touchpoint text, stage text) ORDER BY touchpoint COLLATE "C"
  ON CONFLICT (touchpoint) DO UPDATE SET stage = excluded.stage WHERE touchpoint_stages.stage IS DISTINCT FROM excluded.stage`;
const UP_DROPPED = `INSERT INTO daily_dropped (day, shard, dropped)
  SELECT day, $2, n FROM json_to_recordset($1::json) AS x(day date, n bigint)
  ON CONFLICT (day, shard) DO UPDATE SET dropped = daily_dropped.dropped + excluded.dropped`;
async function openPgStore(url, options = {}) {
  const { default: pg } = await loadDriver("pg", () => import('pg'));
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 8,
    connectionTimeoutMillis: 3e3,
    idleTimeoutMillis: 1e4,
    query_timeout: 15e3,
    application_name: "moments-collector"
  });
  pool.on("error", () => {
  });
  await startUp(pool, options.startTimeoutMs ?? 3e4);
  const shard = randomInt(0, 32768);
  async function transaction(work) {
    for (let attempt = 0; ; attempt++) {
      let client;
      try {
        client = await pool.connect();
      } catch (error) {
        return rethrowPg(error);
      }
      let broken = false;
      try {
        await client.query("BEGIN");
        const result = await work(client);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        broken = isUnavailable(error);
        if (!broken) await client.query("ROLLBACK").catch(() => broken = true);
        if (isRetryable(error) && attempt < 4) continue;
        return rethrowPg(error);
      } finally {
        client.release(broken);
      }
    }
  }
  const knownStages = /* @__PURE__ */ new Map();
  async function writeGroup(batches) {
    let stages = [];
    const results = await transaction(async (c) => {
      const all = batches.flat();
      const { rows } = await c.query(INSERT_EVENTS, [JSON.stringify(all)]);
      const inserted = new Set(rows.map((r) => r.id));
      const delta = new RollupDelta();
      const firstAnswers = /* @__PURE__ */ new Map();
      const withReasons = [];
      const results2 = batches.map((batch) => {
        let stored = 0;
        for (const row of batch) {
          if (!inserted.delete(row.id)) continue;
          stored++;
          if (row.type === "moment.answered" && !row.preview) {
            if (!firstAnswers.has(row.moment)) firstAnswers.set(row.moment, row);
            else if (row.reasons !== null) withReasons.push({ moment: row.moment, reasons: row.reasons });
          } else delta.add(row);
        }
        return { stored, duplicates: batch.length - stored };
      });
      if (firstAnswers.size) {
        const candidates = [...firstAnswers.values()];
        const { rows: fresh } = await c.query(INSERT_MOMENTS, [JSON.stringify(candidates)]);
        const isNew = new Set(fresh.map((r) => r.moment));
        for (const r of candidates) {
          if (isNew.has(r.moment)) delta.answer(r);
          else if (r.reasons !== null) withReasons.push({ moment: r.moment, reasons: r.reasons });
        }
      }
      if (withReasons.length) await c.query(SET_REASONS, [JSON.stringify(withReasons)]);
      const { daily, ratings, dropped } = delta.sorted();
      if (daily.length) await c.query(UP_DAILY, [JSON.stringify(daily), shard]);
      if (ratings.length) await c.query(UP_RATINGS, [JSON.stringify(ratings), shard]);
      if (dropped.length) await c.query(UP_DROPPED, [JSON.stringify(dropped), shard]);
      stages = [...delta.stages].filter(([touchpoint, stage]) => knownStages.get(touchpoint) !== stage).map(([touchpoint, stage]) => ({ touchpoint, stage }));
      if (stages.length) await c.query(UP_STAGES, [JSON.stringify(stages)]);
      return results2;
    });
    for (const s of stages) knownStages.set(s.touchpoint, s.stage);
    return results;
  }
  const group = createGroupCommit(writeGroup, {
    writeOne: async (batch) => (await writeGroup([batch]))[0],
    // With the database down every batch would fail again: answer them all 503 at once.
    retryAlone: (error) => !(error instanceof StoreUnavailableError)
  });
  async function read(sql, params) {
    try {
      return (await pool.query(sql, params)).rows;
    } catch (error) {
      return rethrowPg(error);
    }
  }
  const gate = createReadGate(2, 64);
  function readView(queries) {
    return gate(async () => {
      let client;
      try {
        client = await pool.connect();
      } catch (error) {
        return rethrowPg(error);
      }
      let broken = false;
      try {
        await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        await client.query("SET LOCAL statement_timeout = '20s'");
        const out = [];
        for (const [sql, params] of queries) out.push((await client.query(sql, params)).rows);
        await client.query("COMMIT");
        return out;
      } catch (error) {
        broken = isUnavailable(error);
        if (!broken) await client.query("ROLLBACK").catch(() => broken = true);
        return rethrowPg(error);
      } finally {
        client.release(broken);
      }
    });
  }
  let closed = false;
  return {
    kind: "postgres",
    ...pgMapReads(pool),
    ...pgAlertReads(pool),
    exportPages: pgExportPages(pool),
    async insert(events) {
      if (closed) throw new Error("store is closed");
      return group.push(events.map(eventRow));
    },
    async dashboard(q) {
      const limit = q.touchpointLimit === void 0 ? null : Math.max(0, Math.floor(Number(q.touchpointLimit)));
      const offset = Math.max(0, Math.floor(Number(q.touchpointOffset ?? 0)));
      const page = `SELECT touchpoint FROM daily WHERE day BETWEEN $1::date AND $2::date GROUP BY touchpoint ORDER BY touchpoint COLLATE "C" LIMIT $3 OFFSET $4`;
      const [totals, ratings, dropped, comments] = await readView([
        [
          `SELECT touchpoint, sum(shown) AS shown, sum(answered) AS answered, sum(dismissed) AS dismissed, sum(commented) AS commented
           FROM daily WHERE day BETWEEN $1::date AND $2::date GROUP BY touchpoint ORDER BY touchpoint COLLATE "C" LIMIT $3 OFFSET $4`,
          [q.from, q.to, limit === null ? null : limit + 1, offset]
        ],
        [
          `SELECT to_char(day, 'YYYY-MM-DD') AS day, touchpoint, scale, value, sum(n) AS count FROM daily_ratings
           WHERE day BETWEEN $1::date AND $2::date AND touchpoint IN (SELECT touchpoint FROM (${page}) p LIMIT $5)
           GROUP BY day, touchpoint, scale, value
           ORDER BY day, touchpoint COLLATE "C", scale COLLATE "C", value`,
          [q.from, q.to, limit === null ? null : limit + 1, offset, limit]
        ],
        ["SELECT coalesce(sum(dropped), 0) AS n FROM daily_dropped WHERE day BETWEEN $1::date AND $2::date", [q.from, q.to]],
        [
          `SELECT e.id, e.time, e.touchpoint, e.moment, e.comment, e.page_path, e.page_title, e.context, m.scale, m.value, m.reasons
           FROM events e LEFT JOIN moments m ON m.moment = e.moment
           WHERE e.type = 'moment.commented' AND NOT e.preview AND e.time >= $1 AND e.time < $2
             ${q.mood === "misery" ? "AND m.mood = -1" : q.mood === "magic" ? "AND m.mood = 1" : ""}
           ORDER BY e.time DESC, e.id COLLATE "C" DESC LIMIT $3`,
          [`${q.from}T00:00:00.000Z`, dayAfter(q.to), q.limit ?? 50]
        ]
      ]);
      const shown = limit === null ? totals : totals.slice(0, limit);
      const data = {
        totals: shown.map((t) => ({ touchpoint: t.touchpoint, shown: Number(t.shown), answered: Number(t.answered), dismissed: Number(t.dismissed), commented: Number(t.commented) })),
        ratings: ratings.map((r) => ({ ...r, value: Number(r.value), count: Number(r.count) })),
        dropped: Number(dropped[0].n),
        comments: comments.map(commentRow)
      };
      if (limit !== null) data.more = totals.length > limit;
      return data;
    },
    stats: () => group.stats(),
    async count() {
      return Number((await read("SELECT count(*) AS n FROM events", []))[0].n);
    },
    async close() {
      if (closed) return;
      closed = true;
      await group.drain();
      await pool.end();
    }
  };
}
async function startUp(pool, timeoutMs) {
  const end = Date.now() + timeoutMs;
  for (let wait = 250; ; wait = Math.min(wait * 2, 4e3)) {
    try {
      return await migrate$1(pool);
    } catch (error) {
      if (!isUnavailable(error) || Date.now() + wait > end) {
        await pool.end().catch(() => {
        });
        throw error;
      }
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}
async function migrate$1(pool) {
  const c = await pool.connect();
  try {
    await c.query("BEGIN");
    await c.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await c.query("CREATE TABLE IF NOT EXISTS moments_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
    const { rows } = await c.query("SELECT max(version) AS v FROM moments_schema");
    for (let v = rows[0].v ?? 0; v < pgMigrations.length; v++) {
      await c.query(pgMigrations[v]);
      await c.query("INSERT INTO moments_schema (version) VALUES ($1)", [v + 1]);
    }
    await c.query("COMMIT");
  } catch (error) {
    await c.query("ROLLBACK").catch(() => {
    });
    throw error;
  } finally {
    c.release();
  }
}

const openPgStore$1 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  openPgStore
}, Symbol.toStringTag, { value: 'Module' }));

function sqliteAlertReads(db) {
  const windowQ = db.prepare(
    `SELECT e.touchpoint AS touchpoint, count(DISTINCT e.moment) AS answers, count(DISTINCT CASE WHEN m.mood = -1 THEN e.moment END) AS misery
     FROM events e INDEXED BY events_answers JOIN moments m ON m.moment = e.moment
     WHERE e.type = 'moment.answered' AND e.preview = 0 AND e.time >= ? AND e.time < ? GROUP BY e.touchpoint`
  );
  const recover = db.prepare(
    `UPDATE alert_state SET tripped = 0, changed_at = ? WHERE rule = ? AND tripped = 1 AND touchpoint NOT IN (SELECT value FROM json_each(?))`
  );
  const trip = db.prepare(
    `INSERT INTO alert_state (rule, touchpoint, tripped, changed_at) VALUES (?, ?, 1, ?)
     ON CONFLICT (rule, touchpoint) DO UPDATE SET tripped = 1, changed_at = excluded.changed_at WHERE tripped = 0`
  );
  const claim = db.transaction((rule, tripping) => {
    const now = (/* @__PURE__ */ new Date()).toISOString();
    recover.run(now, rule, JSON.stringify(tripping));
    return tripping.filter((touchpoint) => trip.run(rule, touchpoint, now).changes === 1);
  });
  return {
    async answerWindow(since, until) {
      return windowQ.all(since, until);
    },
    async claimAlerts(rule, tripping) {
      return claim.immediate(rule, tripping);
    }
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HEX = "[0-9a-f]";
const UUID_GLOB = [8, 4, 4, 4, 12].map((n) => HEX.repeat(n)).join("-");
function idKey(id) {
  if (id.length !== 36 || !UUID.test(id)) return id;
  return Buffer.from(id.slice(0, 8) + id.slice(9, 13) + id.slice(14, 18) + id.slice(19, 23) + id.slice(24), "hex");
}
function idText(key) {
  if (typeof key === "string") return key;
  const h = Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const ROWIDS_PER_PAGE = 2e3;
function sqliteExportPages(db) {
  const last = db.prepare("SELECT coalesce(max(rowid), 0) AS n FROM events");
  const sql = (touchpoint) => `SELECT ${STORED_EVENT_COLUMNS} FROM events WHERE rowid > ? AND rowid <= ? AND time >= ? AND time < ? ${touchpoint} ORDER BY rowid`;
  const page = db.prepare(sql(""));
  const pageOf = db.prepare(sql("AND touchpoint = ?"));
  return async function* pages(q) {
    const [start, end] = timeBounds(q);
    const max = last.get().n;
    for (let after = 0; after < max; after += ROWIDS_PER_PAGE) {
      const upTo = Math.min(after + ROWIDS_PER_PAGE, max);
      const rows = q.touchpoint === void 0 ? page.all(after, upTo, start, end) : pageOf.all(after, upTo, start, end, q.touchpoint);
      if (rows.length) yield rows.map((r) => storedEvent({ ...r, id: idText(r.id), moment: idText(r.moment) }));
    }
  };
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const statements = new Map();
const read = db.transaction((queries) => queries.map(({ sql, params }) => {
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement.all(...params);
}));
parentPort.on('message', ({ id, queries }) => {
  try {
    parentPort.postMessage({ id, rows: read(queries) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;
const MAX_WAITING = 64;
function createReadWorker(path, timeoutMs = 2e4) {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  let worker;
  let nextId = 0;
  const waiting = /* @__PURE__ */ new Map();
  const failAll = (error) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  const start = () => {
    const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, driver } });
    w.on("message", (m) => {
      const entry = waiting.get(m.id);
      if (!entry) return;
      waiting.delete(m.id);
      if (m.error !== void 0) entry.reject(new Error(m.error));
      else entry.resolve(m.rows);
    });
    w.on("error", (error) => {
      if (worker === w) worker = void 0;
      failAll(new StoreUnavailableError(`dashboard reader failed: ${error.message}`, { cause: error }));
    });
    w.on("exit", () => {
      if (worker === w) worker = void 0;
      failAll(new StoreUnavailableError("dashboard reader stopped"));
    });
    w.unref();
    return w;
  };
  return {
    read(queries) {
      if (waiting.size >= MAX_WAITING) return Promise.reject(new StoreUnavailableError("too many dashboard reads in progress"));
      const w = worker ??= start();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          if (worker === w) worker = void 0;
          void w.terminate();
        }, timeoutMs);
        waiting.set(id, {
          resolve: (rows) => (clearTimeout(timer), resolve(rows)),
          reject: (error) => (clearTimeout(timer), reject(error))
        });
        w.postMessage({ id, queries });
      });
    },
    async close() {
      const w = worker;
      worker = void 0;
      if (w) await w.terminate();
    }
  };
}

const jsonKeyPath = (key) => `$."${key.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
function sqliteMapReads(db) {
  const orderQ = db.prepare(
    `SELECT d.touchpoint, d.firstDay, s.stage FROM (SELECT touchpoint, min(day) AS firstDay FROM daily GROUP BY touchpoint) d
     LEFT JOIN touchpoint_stages s ON s.touchpoint = d.touchpoint`
  );
  const commentsQ = db.prepare(
    `SELECT e.id, e.time, e.touchpoint, e.moment, e.comment, e.page_path, e.page_title, e.context, m.scale, m.value, m.reasons
     FROM events e INDEXED BY events_comments JOIN moments m ON m.moment = e.moment
     WHERE e.type = 'moment.commented' AND e.preview = 0 AND e.time >= @start AND e.time < @end AND m.mood = -1
       AND (@touchpoint IS NULL OR e.touchpoint = @touchpoint)
       AND (@path IS NULL OR (CASE json_type(e.context, @path) WHEN 'true' THEN 'true' WHEN 'false' THEN 'false'
            ELSE CAST(json_extract(e.context, @path) AS TEXT) END) = @value)
     ORDER BY e.time DESC, e.id DESC LIMIT @limit`
  );
  const contactsQ = db.prepare(
    `SELECT e.id, e.time, e.touchpoint, e.moment, e.comment AS email, e.page_path, e.page_title, e.context, m.scale, m.value,
       (SELECT c.comment FROM events c INDEXED BY events_comment_moments WHERE c.moment = e.moment AND c.type = 'moment.commented'
        ORDER BY c.time LIMIT 1) AS comment
     FROM events e INDEXED BY events_contacts JOIN moments m ON m.moment = e.moment
     WHERE e.type = 'moment.contact' AND e.preview = 0 AND e.time >= @start AND e.time < @end AND m.mood = -1
       AND (@touchpoint IS NULL OR e.touchpoint = @touchpoint)
       AND (@path IS NULL OR (CASE json_type(e.context, @path) WHEN 'true' THEN 'true' WHEN 'false' THEN 'false'
            ELSE CAST(json_extract(e.context, @path) AS TEXT) END) = @value)
     ORDER BY e.time DESC, e.id DESC LIMIT @limit`
  );
  const params = (q) => ({
    start: `${q.from}T00:00:00.000Z`,
    end: dayAfter(q.to),
    touchpoint: q.touchpoint ?? null,
    path: q.key !== void 0 && q.value !== void 0 ? jsonKeyPath(q.key) : null,
    value: q.value ?? null,
    limit: q.limit ?? 50
  });
  return {
    async touchpointOrder() {
      return orderQ.all();
    },
    async miseryComments(q) {
      const rows = commentsQ.all(params(q));
      return rows.map((c) => commentRow({ ...c, id: idText(c.id), moment: idText(c.moment) }));
    },
    async contactRequests(q) {
      const rows = contactsQ.all(params(q));
      return rows.map((c) => contactRequest({ ...c, id: idText(c.id), moment: idText(c.moment) }));
    }
  };
}

const sqliteMigrations = [
  `
  CREATE TABLE events (
    id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    touchpoint TEXT NOT NULL,
    moment TEXT NOT NULL,
    time TEXT NOT NULL,
    day TEXT NOT NULL,
    page_path TEXT NOT NULL,
    page_title TEXT NOT NULL,
    visitor TEXT,
    context TEXT,
    scale TEXT,
    value INTEGER,
    reasons TEXT,
    comment TEXT,
    dropped INTEGER,
    preview INTEGER NOT NULL,
    received_at TEXT NOT NULL
  );
  -- The dashboard's latest comments walk this index backwards; nothing else reads events.
  CREATE INDEX events_comments ON events (time, id) WHERE type = 'moment.commented' AND preview = 0;
  -- One row per answered moment: counts answers once, and carries rating and reasons to comments.
  CREATE TABLE moments (
    moment TEXT PRIMARY KEY,
    touchpoint TEXT NOT NULL,
    day TEXT NOT NULL,
    scale TEXT NOT NULL,
    value INTEGER NOT NULL,
    mood INTEGER NOT NULL,
    reasons TEXT
  ) WITHOUT ROWID;
  CREATE TABLE daily (
    day TEXT NOT NULL,
    touchpoint TEXT NOT NULL,
    shown INTEGER NOT NULL DEFAULT 0,
    answered INTEGER NOT NULL DEFAULT 0,
    dismissed INTEGER NOT NULL DEFAULT 0,
    commented INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, touchpoint)
  ) WITHOUT ROWID;
  CREATE TABLE daily_ratings (
    day TEXT NOT NULL,
    touchpoint TEXT NOT NULL,
    scale TEXT NOT NULL,
    value INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (day, touchpoint, scale, value)
  ) WITHOUT ROWID;
  CREATE TABLE daily_dropped (
    day TEXT PRIMARY KEY,
    dropped INTEGER NOT NULL
  ) WITHOUT ROWID;
  `,
  // 2: canonical UUID ids and moment ids as their 16 bytes (see idKey.ts): a smaller unique
  // index and moments key, so fewer index pages per commit; other ids stay text (the columns keep
  // TEXT affinity, which leaves BLOBs as they are). The tables are copied rather than updated in
  // place, and the unique index built after the copy (sorted), so a database of a million events
  // upgrades in seconds rather than rewriting a random index page per row.
  `
  CREATE TABLE events_v2 (
    id TEXT NOT NULL,
    type TEXT NOT NULL,
    touchpoint TEXT NOT NULL,
    moment TEXT NOT NULL,
    time TEXT NOT NULL,
    day TEXT NOT NULL,
    page_path TEXT NOT NULL,
    page_title TEXT NOT NULL,
    visitor TEXT,
    context TEXT,
    scale TEXT,
    value INTEGER,
    reasons TEXT,
    comment TEXT,
    dropped INTEGER,
    preview INTEGER NOT NULL,
    received_at TEXT NOT NULL
  );
  INSERT INTO events_v2 (rowid, id, type, touchpoint, moment, time, day, page_path, page_title, visitor, context, scale, value,
      reasons, comment, dropped, preview, received_at)
    SELECT rowid,
      CASE WHEN id GLOB '${UUID_GLOB}' THEN unhex(replace(id, '-', '')) ELSE id END,
      type, touchpoint,
      CASE WHEN moment GLOB '${UUID_GLOB}' THEN unhex(replace(moment, '-', '')) ELSE moment END,
      time, day, page_path, page_title, visitor, context, scale, value, reasons, comment, dropped, preview, received_at
    FROM events ORDER BY rowid;
  DROP TABLE events;
  ALTER TABLE events_v2 RENAME TO events;
  -- The key of exactly-once (ON CONFLICT (id) DO NOTHING).
  CREATE UNIQUE INDEX events_id ON events (id);
  -- The dashboard's latest comments walk this index backwards; nothing else reads events.
  CREATE INDEX events_comments ON events (time, id) WHERE type = 'moment.commented' AND preview = 0;
  CREATE TABLE moments_v2 (
    moment TEXT PRIMARY KEY,
    touchpoint TEXT NOT NULL,
    day TEXT NOT NULL,
    scale TEXT NOT NULL,
    value INTEGER NOT NULL,
    mood INTEGER NOT NULL,
    reasons TEXT
  ) WITHOUT ROWID;
  INSERT INTO moments_v2 (moment, touchpoint, day, scale, value, mood, reasons)
    SELECT CASE WHEN moment GLOB '${UUID_GLOB}' THEN unhex(replace(moment, '-', '')) ELSE moment END AS key,
      touchpoint, day, scale, value, mood, reasons
    FROM moments ORDER BY key;
  DROP TABLE moments;
  ALTER TABLE moments_v2 RENAME TO moments;
  `,
  // 3: misery alerts (src/collector/alerts): answers by time for the sliding windows (a partial index:
  // answers only, appended at its right edge since time mostly grows), and each rule's state, so an
  // alert is sent once per trip even across restarts and processes. And journey stages: each event's
  // `stage`, and the latest stage per touchpoint for the map of moments' order.
  `
  ALTER TABLE events ADD COLUMN stage TEXT;
  CREATE TABLE touchpoint_stages (
    touchpoint TEXT PRIMARY KEY,
    stage TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX events_answers ON events (time) WHERE type = 'moment.answered' AND preview = 0;
  CREATE TABLE alert_state (
    rule TEXT NOT NULL,
    touchpoint TEXT NOT NULL,
    tripped INTEGER NOT NULL,
    changed_at TEXT NOT NULL,
    PRIMARY KEY (rule, touchpoint)
  ) WITHOUT ROWID;
  `,
  // 4: contact requests (\`moment.contact\`, whose \`comment\` column holds the e-mail the visitor gave) for the map:
  // their own partial index, few rows; and comments by moment, so each request finds its moment's comment
  // without a scan.
  `
  CREATE INDEX events_contacts ON events (time, id) WHERE type = 'moment.contact' AND preview = 0;
  CREATE INDEX events_comment_moments ON events (moment) WHERE type = 'moment.commented';
  `
];

function applySqlitePragmas(db) {
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("busy_timeout = 5000");
  db.pragma("cache_size = -65536");
  db.pragma("wal_autocheckpoint = 10000");
}

function createSqliteWriter(db) {
  const insertEvent = db.prepare(
    `INSERT INTO events (id, type, touchpoint, moment, time, day, page_path, page_title, visitor, context,
       scale, value, reasons, comment, dropped, preview, received_at, stage)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO NOTHING`
  );
  const insertMoment = db.prepare(
    `INSERT INTO moments (moment, touchpoint, day, scale, value, mood, reasons)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (moment) DO NOTHING`
  );
  const setReasons = db.prepare("UPDATE moments SET reasons = ? WHERE moment = ?");
  const upDaily = db.prepare(
    `INSERT INTO daily (day, touchpoint, shown, answered, dismissed, commented) VALUES (@day, @touchpoint, @shown, @answered, @dismissed, @commented)
     ON CONFLICT (day, touchpoint) DO UPDATE SET shown = shown + excluded.shown, answered = answered + excluded.answered,
       dismissed = dismissed + excluded.dismissed, commented = commented + excluded.commented`
  );
  const upRating = db.prepare(
    `INSERT INTO daily_ratings (day, touchpoint, scale, value, n) VALUES (@day, @touchpoint, @scale, @value, @n)
     ON CONFLICT (day, touchpoint, scale, value) DO UPDATE SET n = n + excluded.n`
  );
  const upStage = db.prepare(
    `INSERT INTO touchpoint_stages (touchpoint, stage) VALUES (?, ?) ON CONFLICT (touchpoint) DO UPDATE SET stage = excluded.stage WHERE stage IS NOT excluded.stage`
  );
  const upDropped = db.prepare(
    `INSERT INTO daily_dropped (day, dropped) VALUES (@day, @n) ON CONFLICT (day) DO UPDATE SET dropped = dropped + excluded.dropped`
  );
  return db.transaction((batches) => {
    const received_at = (/* @__PURE__ */ new Date()).toISOString();
    const delta = new RollupDelta();
    const results = batches.map((rows) => {
      let stored = 0;
      for (const r of rows) {
        const moment = idKey(r.moment);
        const changes = insertEvent.run(
          idKey(r.id),
          r.type,
          r.touchpoint,
          moment,
          r.time,
          r.day,
          r.page_path,
          r.page_title,
          r.visitor,
          r.context,
          r.scale,
          r.value,
          r.reasons,
          r.comment,
          r.dropped,
          r.preview ? 1 : 0,
          received_at,
          r.stage
        ).changes;
        if (changes === 0) continue;
        stored++;
        if (r.type === "moment.answered" && !r.preview) {
          if (insertMoment.run(moment, r.touchpoint, r.day, r.scale, r.value, r.mood, r.reasons).changes === 1) delta.answer(r);
          else if (r.reasons !== null) setReasons.run(r.reasons, moment);
        } else delta.add(r);
      }
      return { stored, duplicates: rows.length - stored };
    });
    const { daily, ratings, dropped } = delta.sorted();
    for (const d of daily) upDaily.run(d);
    for (const x of ratings) upRating.run(x);
    for (const d of dropped) upDropped.run(d);
    for (const [touchpoint, stage] of delta.stages) upStage.run(touchpoint, stage);
    return results;
  });
}

async function openSqliteStore(path) {
  const { default: Database } = await loadDriver("better-sqlite3", () => import('better-sqlite3'));
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  applySqlitePragmas(db);
  migrate(db);
  const write = createSqliteWriter(db);
  const group = createGroupCommit(async (batches) => write(batches), {
    writeOne: async (batch) => write([batch])[0]
  });
  const reader = path === ":memory:" ? void 0 : createReadWorker(path);
  const readHere = (queries) => {
    const run = db.transaction(() => queries.map((x) => db.prepare(x.sql).all(...x.params)));
    return run();
  };
  const countQ = db.prepare("SELECT count(*) AS n FROM events");
  let closed = false;
  return {
    kind: "sqlite",
    ...sqliteMapReads(db),
    ...sqliteAlertReads(db),
    exportPages: sqliteExportPages(db),
    async insert(events) {
      if (closed) throw new Error("store is closed");
      return group.push(events.map(eventRow));
    },
    async dashboard(q) {
      const queries = dashboardQueries(q);
      const [totalRows, ratings, dropped, rows] = reader ? await reader.read(queries) : readHere(queries);
      const limit = q.touchpointLimit;
      const totals = limit === void 0 ? totalRows : totalRows.slice(0, limit);
      const comments = rows.map((c) => commentRow({ ...c, id: idText(c.id), moment: idText(c.moment) }));
      const data = { totals, ratings, dropped: dropped[0].n, comments };
      if (limit !== void 0) data.more = totalRows.length > limit;
      return data;
    },
    stats: () => group.stats(),
    async count() {
      return countQ.get().n;
    },
    async close() {
      if (closed) return;
      closed = true;
      await group.drain();
      await reader?.close();
      db.close();
    }
  };
}
const COMMENTS_SQL = (mood) => `SELECT e.id, e.time, e.touchpoint, e.moment, e.comment, e.page_path, e.page_title, e.context, m.scale, m.value, m.reasons
   FROM events e INDEXED BY events_comments LEFT JOIN moments m ON m.moment = e.moment
   WHERE e.type = 'moment.commented' AND e.preview = 0 AND e.time >= ? AND e.time < ? ${mood}
   ORDER BY e.time DESC, e.id DESC LIMIT ?`;
const COMMENTS = { all: COMMENTS_SQL(""), misery: COMMENTS_SQL("AND m.mood = -1"), magic: COMMENTS_SQL("AND m.mood = 1") };
function dashboardQueries(q) {
  const pageSize = q.touchpointLimit === void 0 ? -1 : Math.max(0, Math.floor(Number(q.touchpointLimit)));
  const limit = pageSize < 0 ? -1 : pageSize + 1;
  const offset = Math.max(0, Math.floor(Number(q.touchpointOffset ?? 0)));
  const page = `SELECT DISTINCT touchpoint FROM daily WHERE day >= ? AND day <= ? ORDER BY touchpoint LIMIT ${limit} OFFSET ${offset}`;
  return [
    {
      sql: `SELECT touchpoint, sum(shown) AS shown, sum(answered) AS answered, sum(dismissed) AS dismissed, sum(commented) AS commented
            FROM daily WHERE day >= ? AND day <= ? GROUP BY touchpoint ORDER BY touchpoint LIMIT ${limit} OFFSET ${offset}`,
      params: [q.from, q.to]
    },
    {
      sql: `SELECT day, touchpoint, scale, value, sum(n) AS count FROM daily_ratings WHERE day >= ? AND day <= ?
              AND touchpoint IN (SELECT touchpoint FROM (${page}) LIMIT ${pageSize})
            GROUP BY day, touchpoint, scale, value ORDER BY day, touchpoint, scale, value`,
      params: [q.from, q.to, q.from, q.to]
    },
    // total(), not sum(): a float never raises "integer overflow", even over rows stored before dropped had a maximum.
    { sql: "SELECT total(dropped) AS n FROM daily_dropped WHERE day >= ? AND day <= ?", params: [q.from, q.to] },
    { sql: COMMENTS[q.mood ?? "all"], params: [`${q.from}T00:00:00.000Z`, dayAfter(q.to), q.limit ?? 50] }
  ];
}
function migrate(db) {
  for (; ; ) {
    const version = db.pragma("user_version", { simple: true });
    if (version >= sqliteMigrations.length) return;
    db.transaction(() => {
      if (db.pragma("user_version", { simple: true }) !== version) return;
      db.exec(sqliteMigrations[version]);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}

const openSqliteStore$1 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  openSqliteStore
}, Symbol.toStringTag, { value: 'Module' }));

export { createCollector, main, openStore, run };
