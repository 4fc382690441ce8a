import { realpathSync, existsSync, mkdirSync } from 'node:fs';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import { stat, readFile } from 'node:fs/promises';
import { resolve, join, sep, extname, dirname } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { randomInt } from 'node:crypto';

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

const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
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

const DASHBOARD_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const SCALE_NAMES = { thumbs: "Thumbs", emoji5: "Emoji (1\u20135)", stars5: "Stars (1\u20135)", csat: "CSAT (1\u20135)", nps: "NPS (0\u201310)" };
const MOOD_CLASS = { "-1": "bad", "0": "mid", "1": "good" };
const fmt = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const pct = (a, b) => b ? `${Math.round(100 * a / b)}%` : "\u2013";
const showScore = (s) => s.value === null ? "\u2013" : `${s.value}${s.unit}`;
function distributionChart(f) {
  const max = Math.max(1, ...f.distribution.map((d) => d.count));
  const row = 22;
  const bars = f.distribution.map((d, i) => {
    const w = Math.round(d.count / max * 260);
    const y = i * row;
    return `<text x="0" y="${y + 15}">${escapeHtml(d.value)}</text><rect class="bar ${MOOD_CLASS[moodOf(f.scale, d.value)]}" x="28" y="${y + 4}" width="${w}" height="15" rx="3"><title>${escapeHtml(d.value)}: ${fmt(d.count)}</title></rect><text x="${34 + w}" y="${y + 15}">${fmt(d.count)}</text>`;
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
    return `<rect class="bar ${cls}" x="${(i * step + step * 0.1).toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(0.5, step * 0.8).toFixed(1)}" height="${len.toFixed(1)}"><title>${escapeHtml(day)}: ${escapeHtml(showScore(d.score))} (${fmt(d.answers)} answers)</title></rect>`;
  }).join("");
  return `<svg viewBox="0 0 ${W} ${H + 16}" role="img" aria-label="${escapeHtml(f.score.label)} by day"><line class="axis" x1="0" x2="${W}" y1="${zero}" y2="${zero}"/>${cols}<text x="0" y="${H + 14}">${escapeHtml(days[0] ?? "")}</text><text x="${W}" y="${H + 14}" text-anchor="end">${escapeHtml(days[days.length - 1] ?? "")}</text></svg>`;
}
function touchpointSection(t, q) {
  const scales = t.scales.map(
    (s) => `<div class="scale" data-scale="${escapeHtml(s.scale)}">
  <div><h3>${escapeHtml(SCALE_NAMES[s.scale])}</h3><div class="score" data-score="${escapeHtml(s.score.label)}">${escapeHtml(showScore(s.score))}</div>
  <div class="muted">${escapeHtml(s.score.label)} \xB7 ${fmt(s.answers)} ${s.answers === 1 ? "answer" : "answers"}</div>${distributionChart(s)}</div>
  <div><h3>${escapeHtml(s.score.label)} by day</h3>${dayChart(s, q)}</div>
</div>`
  ).join("\n");
  return `<section class="touchpoint" data-touchpoint="${escapeHtml(t.touchpoint)}">
<h2>${t.touchpoint ? escapeHtml(t.touchpoint) : '<span class="muted">(no touchpoint)</span>'}</h2>
<ul class="counts">
  <li><b data-count="shown">${fmt(t.shown)}</b><span>shown</span></li>
  <li><b data-count="answered">${fmt(t.answered)}</b><span>answered (${pct(t.answered, t.shown)})</span></li>
  <li><b data-count="dismissed">${fmt(t.dismissed)}</b><span>dismissed (${pct(t.dismissed, t.shown)})</span></li>
  <li><b data-count="commented">${fmt(t.commented)}</b><span>comments</span></li>
</ul>
${scales || '<p class="empty">No answers in this range.</p>'}
</section>`;
}
function link(q, mood) {
  const p = new URLSearchParams({ from: q.from, to: q.to });
  if (mood) p.set("mood", mood);
  return `/dashboard?${p}`;
}
function commentsSection(f, q) {
  const filters = [
    [void 0, "All"],
    ["misery", "Moments of misery"],
    ["magic", "Moments of magic"]
  ].map(([m, label]) => `<a href="${escapeHtml(link(q, m))}"${q.mood === m ? ' aria-current="page"' : ""}>${label}</a>`).join("");
  const items = f.comments.map((c) => {
    const rating = c.rating ? `<span class="rating ${MOOD_CLASS[moodOf(c.rating.scale, c.rating.value)]}">${escapeHtml(c.rating.scale)} ${escapeHtml(c.rating.value)}</span> \xB7 ` : "";
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
<header><h1>Moments</h1>
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
${f.dropped ? `<p class="muted">${fmt(f.dropped)} events were dropped by full widget queues in this range.</p>` : ""}
${body}
${commentsSection(f, q)}
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

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (s) => !!s && DAY.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
function parseDashboardQuery(params, now = /* @__PURE__ */ new Date()) {
  const today = now.toISOString().slice(0, 10);
  const monthAgo = new Date(now.getTime() - 29 * 864e5).toISOString().slice(0, 10);
  const notes = [];
  let from = params.get("from");
  let to = params.get("to");
  if (from && !isDay(from)) notes.push(`ignored from=${from} (use YYYY-MM-DD)`);
  if (to && !isDay(to)) notes.push(`ignored to=${to} (use YYYY-MM-DD)`);
  from = isDay(from) ? from : monthAgo;
  to = isDay(to) ? to : today;
  if (from > to) [from, to] = [to, from];
  const m = params.get("mood");
  const mood = m === "misery" || m === "magic" ? m : void 0;
  return { query: { from, to, mood }, note: notes.length ? notes.join("; ") : void 0 };
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

class StoreUnavailableError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "StoreUnavailableError";
  }
}
async function openStore(url) {
  if (url && /^postgres(ql)?:\/\//i.test(url)) {
    const { openPgStore } = await Promise.resolve().then(() => pgStore);
    return openPgStore(url);
  }
  const { openSqliteStore } = await Promise.resolve().then(() => sqliteStore);
  return openSqliteStore(url || "data/moments.db");
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
    dropped: Number(data.dropped)
  };
}

var $schema = "https://json-schema.org/draft/2020-12/schema";
var $id = "https://moments.dev/event.schema.json";
var title = "Moments event batch";
var description = 'The body the HTTP sink POSTs: {"events": [...]}. Schema version 1.';
var type = "object";
var required = ["events"];
var additionalProperties = false;
var properties = {
  events: {
    type: "array",
    minItems: 1,
    maxItems: 500,
    items: { $ref: "#/$defs/event" }
  }
};
var $defs = {
  event: {
    type: "object",
    required: ["schema", "id", "type", "touchpoint", "moment", "time", "page"],
    additionalProperties: false,
    properties: {
      schema: { const: 1, description: "Schema version." },
      id: { type: "string", minLength: 8, maxLength: 64, description: "Unique id for de-duplication (UUID)." },
      type: {
        enum: ["moment.shown", "moment.answered", "moment.commented", "moment.dismissed", "moments.dropped"],
        description: "What happened."
      },
      touchpoint: { type: "string", maxLength: 100, description: "The touchpoint's id (empty for moments.dropped)." },
      moment: { type: "string", maxLength: 64, description: "One id shared by all events of one showing." },
      time: { type: "string", format: "date-time", maxLength: 40, description: "ISO 8601 time the event was built." },
      page: {
        type: "object",
        required: ["path", "title"],
        additionalProperties: false,
        properties: {
          path: { type: "string", maxLength: 2048, description: "location.pathname (no query or fragment unless configured)." },
          title: { type: "string", maxLength: 512, description: "document.title." }
        }
      },
      visitor: { type: "string", maxLength: 64, description: "Random first-party visitor id." },
      context: { type: "object", description: "JSON context of the moment (at most 2 KB serialised)." },
      rating: {
        type: "object",
        required: ["scale", "value"],
        additionalProperties: false,
        properties: {
          scale: { enum: ["thumbs", "emoji5", "stars5", "nps", "csat"] },
          value: { type: "integer", minimum: 0, maximum: 10 }
        },
        allOf: [
          { if: { properties: { scale: { const: "thumbs" } } }, then: { properties: { value: { maximum: 1 } } } },
          { if: { properties: { scale: { enum: ["emoji5", "stars5", "csat"] } } }, then: { properties: { value: { minimum: 1, maximum: 5 } } } }
        ],
        description: "With moment.answered: the scale and the value chosen (thumbs 0/1; emoji5, stars5, csat 1\u20135; nps 0\u201310)."
      },
      reasons: { type: "array", items: { type: "string", maxLength: 200 }, maxItems: 20, description: "With a follow-up's moment.answered: the reason chips chosen." },
      comment: { type: "string", minLength: 1, maxLength: 5e3, description: "With moment.commented: the comment, trimmed." },
      dropped: { type: "integer", minimum: 1, description: "With moments.dropped: events the full queue dropped." },
      preview: { type: "boolean", description: "True for events of a preview showing." }
    },
    allOf: [
      { if: { properties: { type: { const: "moment.answered" } } }, then: { required: ["rating"] } },
      { if: { properties: { type: { const: "moment.commented" } } }, then: { required: ["comment"] } },
      { if: { properties: { type: { const: "moments.dropped" } } }, then: { required: ["dropped"] } }
    ]
  }
};
var event_schema_default = {
  $schema,
  $id,
  title,
  description,
  type,
  required,
  additionalProperties,
  properties,
  $defs
};

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const MAX_CONTEXT_BYTES = 2048;
const NUL_ESCAPE = /(^|[^\\])(\\\\)*\\u0000/i;
let compiled;
function validator() {
  if (!compiled) {
    const ajv = new Ajv2020({
      allErrors: false,
      strict: false,
      formats: { "date-time": { type: "string", validate: (s) => DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)) } }
    });
    compiled = ajv.compile(event_schema_default);
  }
  return compiled;
}
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
function validateBatch(body) {
  let data;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return { ok: false, error: `body is not JSON: ${error.message}` };
  }
  if (body.includes("\\u0000") && NUL_ESCAPE.test(body)) return { ok: false, error: "body must not contain U+0000 (\\u0000) in strings" };
  const validate = validator();
  if (!validate(data)) return { ok: false, error: describe(validate.errors[0]) };
  const events = data.events;
  for (let i = 0; i < events.length; i++) {
    const context = events[i].context;
    if (context !== void 0 && Buffer.byteLength(JSON.stringify(context)) > MAX_CONTEXT_BYTES) {
      return { ok: false, error: `events[${i}].context must be at most ${MAX_CONTEXT_BYTES} bytes as JSON` };
    }
  }
  return { ok: true, events };
}

const JSON_TYPE = "application/json; charset=utf-8";
const HEADER_TOKEN = /^[!#$%&'*+.^_`|~0-9a-z-]+$/i;
const decoder = new TextDecoder("utf-8", { fatal: true });
class HttpError extends Error {
  constructor(status, message, headers = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
  status;
  headers;
}
function readBody(req, limit) {
  const declared = Number(req.headers["content-length"]);
  if (declared > limit) return Promise.reject(new HttpError(413, `body must be at most ${limit} bytes`));
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.pause();
        reject(new HttpError(413, `body must be at most ${limit} bytes`));
      } else chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("error", reject);
    req.once("end", () => {
      if (size > limit) return;
      try {
        resolve(decoder.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
      } catch {
        reject(new HttpError(400, "body is not valid UTF-8"));
      }
    });
  });
}
function createCollector(options) {
  const { store } = options;
  const origins = createOriginPolicy(options.allowedOrigins, options.requireOrigin);
  const limiter = createRateLimiter(options.rateLimit ?? 600);
  const maxBody = options.maxBodyBytes ?? 256 * 1024;
  const log = options.log ?? ((line) => console.error(line));
  let url = "";
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
      body = await readBody(req, maxBody);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      send(res, error.status, { error: error.message }, { ...cors, connection: "close" });
      if (error.status === 413) res.on("finish", () => req.destroy());
      return;
    }
    const batch = validateBatch(body);
    if (!batch.ok) return send(res, 400, { error: batch.error }, cors);
    try {
      const result = await store.insert(batch.events);
      send(res, 200, result, cors);
    } catch (error) {
      if (error instanceof StoreUnavailableError) return send(res, 503, { error: "database unavailable; retry later" }, { ...cors, "retry-after": "5" });
      log(`moments-collector: storing a batch failed: ${error.stack ?? error}`);
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
  const server = createServer(async (req, res) => {
    try {
      if (req.url === "/moments") return await moments(req, res);
      const { pathname, searchParams } = new URL(req.url ?? "/", "http://collector");
      if (pathname === "/moments") return await moments(req, res);
      if (req.method === "GET" || req.method === "HEAD") {
        if (pathname === "/dashboard" || pathname === "/dashboard/") return await dashboard(req, res, searchParams);
        if (pathname === "/dashboard.css") {
          res.writeHead(200, { "content-type": "text/css; charset=utf-8", "cache-control": "max-age=300", "x-content-type-options": "nosniff" });
          return void res.end(req.method === "HEAD" ? void 0 : dashboardCss);
        }
        if (pathname === "/health") return send(res, 200, { ok: true, store: store.kind, ...store.stats ? { writes: store.stats() } : {} });
        if (options.mounts?.length && await serveStatic(options.mounts, req, res, pathname)) return;
        if (pathname === "/favicon.ico") return void res.writeHead(204, { "cache-control": "max-age=86400" }).end();
      }
      send(res, 404, { error: `no route for ${req.method} ${pathname}` });
    } catch (error) {
      log(`moments-collector: ${error.stack ?? error}`);
      if (!res.headersSent) send(res, 500, { error: "internal error" });
      else res.destroy();
    }
  });
  server.requestTimeout = 3e4;
  server.headersTimeout = 1e4;
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
    examples: argv.includes("--examples") || flag(env.MOMENTS_EXAMPLES)
  };
}

const redact = (db) => db.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");
async function main(env = process.env, argv = process.argv.slice(2)) {
  const s = readSettings(env, argv);
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
    mounts
  });
  const url = await collector.listen(s.port, s.host);
  const lines = [
    `Moments collector on ${url} (${store.kind}: ${redact(s.db)})`,
    `  POST ${url}/moments   origins: ${originsText(s)}; rate limit: ${s.rateLimit ? `${s.rateLimit} requests/min per client` : "off"}`,
    `  dashboard          ${url}/dashboard`
  ];
  if (s.examples) lines.push(`  examples           ${url}/`, `  widget builds      ${url}/dist/`);
  console.log(lines.join("\n"));
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`moments-collector: ${signal}, stopping`);
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

const json = (v) => v === null ? void 0 : typeof v === "string" ? JSON.parse(v) : v;
function commentRow(c) {
  const row = {
    id: c.id,
    time: c.time instanceof Date ? c.time.toISOString() : c.time,
    touchpoint: c.touchpoint,
    moment: c.moment,
    comment: c.comment,
    page: { path: c.page_path, title: c.page_title }
  };
  const context = json(c.context);
  if (context !== void 0) row.context = context;
  if (c.scale !== null && c.value !== null) row.rating = { scale: c.scale, value: Number(c.value) };
  const reasons = json(c.reasons);
  if (reasons !== void 0) row.reasons = reasons;
  return row;
}

function dayAfter(day) {
  const d = /* @__PURE__ */ new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

function eventRow(e) {
  const time = new Date(e.time).toISOString();
  return {
    id: e.id,
    type: e.type,
    touchpoint: e.touchpoint,
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
    comment: e.comment ?? null,
    dropped: e.dropped ?? null,
    preview: e.preview === true,
    mood: e.rating ? moodOf(e.rating.scale, e.rating.value) : null
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
  `
];

class RollupDelta {
  daily = /* @__PURE__ */ new Map();
  ratings = /* @__PURE__ */ new Map();
  dropped = /* @__PURE__ */ new Map();
  cell(day, touchpoint) {
    const key = `${day}\0${touchpoint}`;
    let d = this.daily.get(key);
    if (!d) this.daily.set(key, d = { day, touchpoint, shown: 0, answered: 0, dismissed: 0, commented: 0 });
    return d;
  }
  /** Counts an inserted, non-preview event other than an answer. */
  add(row) {
    if (row.preview) return;
    if (row.type === "moment.shown") this.cell(row.day, row.touchpoint).shown++;
    else if (row.type === "moment.dismissed") this.cell(row.day, row.touchpoint).dismissed++;
    else if (row.type === "moment.commented") this.cell(row.day, row.touchpoint).commented++;
    else if (row.type === "moments.dropped") this.dropped.set(row.day, (this.dropped.get(row.day) ?? 0) + (row.dropped ?? 0));
  }
  /** Counts the first answer of a moment (its day, touchpoint and rating). */
  answer(row) {
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
const EVENT_COLUMNS = "id text, type text, touchpoint text, moment text, time timestamptz, day date, page_path text, page_title text, visitor text, context text, scale text, value smallint, reasons text, comment text, dropped integer, preview boolean";
const INSERT_EVENTS = `INSERT INTO events (id, type, touchpoint, moment, time, day, page_path, page_title, visitor, context, scale, value, reasons, comment, dropped, preview)
  SELECT id, type, touchpoint, moment, time, day, page_path, page_title, visitor, context::json, scale, value, reasons::json, comment, dropped, preview
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
  async function writeGroup(batches) {
    return transaction(async (c) => {
      const all = batches.flat();
      const { rows } = await c.query(INSERT_EVENTS, [JSON.stringify(all)]);
      const inserted = new Set(rows.map((r) => r.id));
      const delta = new RollupDelta();
      const firstAnswers = /* @__PURE__ */ new Map();
      const withReasons = [];
      const results = batches.map((batch) => {
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
      return results;
    });
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
  let closed = false;
  return {
    kind: "postgres",
    async insert(events) {
      if (closed) throw new Error("store is closed");
      return group.push(events.map(eventRow));
    },
    async dashboard(q) {
      const [totals, ratings, dropped, comments] = await Promise.all([
        read(
          `SELECT touchpoint, sum(shown) AS shown, sum(answered) AS answered, sum(dismissed) AS dismissed, sum(commented) AS commented
           FROM daily WHERE day BETWEEN $1::date AND $2::date GROUP BY touchpoint ORDER BY touchpoint COLLATE "C"`,
          [q.from, q.to]
        ),
        read(
          `SELECT to_char(day, 'YYYY-MM-DD') AS day, touchpoint, scale, value, sum(n) AS count FROM daily_ratings
           WHERE day BETWEEN $1::date AND $2::date GROUP BY day, touchpoint, scale, value
           ORDER BY day, touchpoint COLLATE "C", scale COLLATE "C", value`,
          [q.from, q.to]
        ),
        read("SELECT coalesce(sum(dropped), 0) AS n FROM daily_dropped WHERE day BETWEEN $1::date AND $2::date", [q.from, q.to]),
        read(
          `SELECT e.id, e.time, e.touchpoint, e.moment, e.comment, e.page_path, e.page_title, e.context, m.scale, m.value, m.reasons
           FROM events e LEFT JOIN moments m ON m.moment = e.moment
           WHERE e.type = 'moment.commented' AND NOT e.preview AND e.time >= $1 AND e.time < $2
             ${q.mood === "misery" ? "AND m.mood = -1" : q.mood === "magic" ? "AND m.mood = 1" : ""}
           ORDER BY e.time DESC, e.id COLLATE "C" DESC LIMIT $3`,
          [`${q.from}T00:00:00.000Z`, dayAfter(q.to), q.limit ?? 50]
        )
      ]);
      return {
        totals: totals.map((t) => ({ touchpoint: t.touchpoint, shown: Number(t.shown), answered: Number(t.answered), dismissed: Number(t.dismissed), commented: Number(t.commented) })),
        ratings: ratings.map((r) => ({ ...r, value: Number(r.value), count: Number(r.count) })),
        dropped: Number(dropped[0].n),
        comments: comments.map(commentRow)
      };
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

const pgStore = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  openPgStore
}, Symbol.toStringTag, { value: 'Module' }));

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
  // 2: canonical UUID ids and moment ids as their 16 bytes (see sqlite-id.ts): a smaller unique
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
       scale, value, reasons, comment, dropped, preview, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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
          received_at
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
  const totalsQ = db.prepare(
    `SELECT touchpoint, sum(shown) AS shown, sum(answered) AS answered, sum(dismissed) AS dismissed, sum(commented) AS commented
     FROM daily WHERE day >= ? AND day <= ? GROUP BY touchpoint ORDER BY touchpoint`
  );
  const ratingsQ = db.prepare(
    `SELECT day, touchpoint, scale, value, sum(n) AS count FROM daily_ratings WHERE day >= ? AND day <= ?
     GROUP BY day, touchpoint, scale, value ORDER BY day, touchpoint, scale, value`
  );
  const droppedQ = db.prepare("SELECT coalesce(sum(dropped), 0) AS n FROM daily_dropped WHERE day >= ? AND day <= ?");
  const commentsSql = (mood) => `SELECT e.id, e.time, e.touchpoint, e.moment, e.comment, e.page_path, e.page_title, e.context, m.scale, m.value, m.reasons
     FROM events e INDEXED BY events_comments LEFT JOIN moments m ON m.moment = e.moment
     WHERE e.type = 'moment.commented' AND e.preview = 0 AND e.time >= ? AND e.time < ? ${mood}
     ORDER BY e.time DESC, e.id DESC LIMIT ?`;
  const commentsQ = {
    all: db.prepare(commentsSql("")),
    misery: db.prepare(commentsSql("AND m.mood = -1")),
    magic: db.prepare(commentsSql("AND m.mood = 1"))
  };
  const countQ = db.prepare("SELECT count(*) AS n FROM events");
  let closed = false;
  return {
    kind: "sqlite",
    async insert(events) {
      if (closed) throw new Error("store is closed");
      return group.push(events.map(eventRow));
    },
    async dashboard(q) {
      const totals = totalsQ.all(q.from, q.to);
      const ratings = ratingsQ.all(q.from, q.to);
      const dropped = droppedQ.get(q.from, q.to).n;
      const rows = commentsQ[q.mood ?? "all"].all(`${q.from}T00:00:00.000Z`, dayAfter(q.to), q.limit ?? 50);
      const comments = rows.map((c) => commentRow({ ...c, id: idText(c.id), moment: idText(c.moment) }));
      return { totals, ratings, dropped, comments };
    },
    stats: () => group.stats(),
    async count() {
      return countQ.get().n;
    },
    async close() {
      if (closed) return;
      closed = true;
      await group.drain();
      db.close();
    }
  };
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

const sqliteStore = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  openSqliteStore
}, Symbol.toStringTag, { value: 'Module' }));

export { createCollector, main, openStore, run };
