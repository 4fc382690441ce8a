// Browser benchmark: Moments against PostHog Surveys and Sentry's feedback widget on the same checkout page,
// in the same run, in headless Chromium. Prints a table and writes bench/results/widgets.json.
// A benchmark, not a test: it asserts nothing about timings. Run: node bench/widgets.mjs [--quick]
import { chromium } from 'playwright-core';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync, constants } from 'node:zlib';
import os from 'node:os';
import { startServer } from './lib/server.mjs';
import { buildPeers } from './lib/peers.mjs';
import { fmt, median, ratio, sizes, table } from './lib/stats.mjs';

const BENCH = import.meta.dirname;
const ROOT = resolve(BENCH, '..');
const DIST = join(ROOT, 'dist');
const POSTHOG_DIST = join(ROOT, 'node_modules', 'posthog-js', 'dist');
const TOKEN = 'phc_bench';
const SURVEY_ID = 'bench-survey';

/** The one survey PostHog is given: a 5-point emoji rating, like the Moments touchpoint. */
const SURVEY = {
  id: SURVEY_ID,
  name: 'Checkout rating',
  description: '',
  type: 'popover',
  questions: [{ id: 'q1', type: 'rating', question: 'How was checkout?', description: '', display: 'emoji', scale: 5, lowerBoundLabel: 'Bad', upperBoundLabel: 'Great' }],
  appearance: { position: 'right', displayThankYouMessage: false, surveyPopupDelaySeconds: 0 },
  // Shown only through displaySurvey (an API trigger): an event that never fires keeps PostHog from also
  // showing it on its own when it re-evaluates surveys (after a flags reload).
  conditions: { events: { values: [{ name: 'bench_api_only' }] } },
  start_date: '2025-01-01T00:00:00Z',
  end_date: null,
  linked_flag_key: null,
  targeting_flag_key: null,
  internal_targeting_flag_key: null,
  feature_flag_keys: [],
  current_iteration: null,
  current_iteration_start_date: null,
  schedule: 'always',
  enable_partial_responses: false,
};

const REMOTE_CONFIG = {
  token: TOKEN,
  supportedCompression: ['gzip', 'gzip-js'],
  hasFeatureFlags: false,
  autocapture_opt_out: true,
  autocaptureExceptions: false,
  captureDeadClicks: false,
  capturePerformance: false,
  heatmaps: false,
  sessionRecording: false,
  surveys: true,
  defaultIdentifiedOnly: true,
  elementsChainAsString: true,
  siteApps: [],
};

/** Backend endpoints of the three widgets, answered locally (the network is closed). */
const routes = [
  (req, url) => url.pathname === '/favicon.ico' && { status: 204, body: '' },
  // PostHog: remote config, flags, surveys, event capture.
  (req, url) => url.pathname === `/array/${TOKEN}/config` && { body: JSON.stringify(REMOTE_CONFIG) },
  (req, url) =>
    url.pathname === `/array/${TOKEN}/config.js` && {
      type: 'text/javascript',
      body: `(window._POSTHOG_REMOTE_CONFIG=window._POSTHOG_REMOTE_CONFIG||{})[${JSON.stringify(TOKEN)}]={config:${JSON.stringify(REMOTE_CONFIG)},siteApps:[]};`,
    },
  (req, url) =>
    /^\/(flags|decide)\/?$/.test(url.pathname) && {
      body: JSON.stringify({ flags: {}, featureFlags: {}, featureFlagPayloads: {}, errorsWhileComputingFlags: false, quotaLimited: [], requestId: 'bench', ...REMOTE_CONFIG }),
    },
  (req, url) => /^\/api\/surveys\/?$/.test(url.pathname) && { body: JSON.stringify({ surveys: [SURVEY] }) },
  (req, url) => /^\/(e|i\/v0\/e|batch|engage|s|capture)\/?$/.test(url.pathname) && { body: '{"status":1}' },
  // Sentry: envelopes (sessions, feedback) to the DSN's project 1.
  (req, url) => /^\/api\/1\/(envelope|store)\/?$/.test(url.pathname) && { body: '{}' },
  // Moments: the HTTP sink.
  (req, url) => url.pathname === '/moments' && { body: '{}' },
];

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The figures, in table order. `get` reads one run's measurement; `unit` labels the row. */
const FIGURES = [
  { key: 'loadBytes', label: 'Transferred on load, no prompt (KB gzip)', unit: 'KB', get: (m) => m.load.bytes / 1024, digits: 1 },
  { key: 'loadRequests', label: 'Requests on load, no prompt', get: (m) => m.load.requests, digits: 0 },
  { key: 'shownBytes', label: 'Transferred until prompt visible (KB gzip)', get: (m) => (m.load.bytes + m.show.bytes) / 1024, digits: 1 },
  { key: 'shownRequests', label: 'Requests until prompt visible', get: (m) => m.load.requests + m.show.requests, digits: 0 },
  { key: 'sentBytes', label: 'Uploaded, load + first show + 2 s after close (KB)', get: (m) => (m.load.sent + m.show.sent + m.close.sent) / 1024, digits: 1 },
  { key: 'loadScriptMs', label: 'Script evaluation, load to idle (ms)', get: (m) => m.load.scriptMs, digits: 1, baseline: true },
  { key: 'loadTaskMs', label: 'Main-thread total, load to idle (ms)', get: (m) => m.load.taskMs, digits: 1, baseline: true },
  { key: 'loadLongTasks', label: 'Long tasks, load to idle (count)', get: (m) => m.load.longTasks, digits: 0, baseline: true },
  { key: 'loadLongTaskMs', label: 'Long tasks, load to idle (total ms)', get: (m) => m.load.longTaskMs, digits: 0, baseline: true },
  { key: 'loadLongFramesOwn', label: "Long frames with the widget's script in them, load to idle (count)", get: (m) => m.load.longFramesOwn, digits: 0, baseline: true },
  { key: 'loadLongFrameOwnMs', label: "The widget's script in those frames, load to idle (ms)", get: (m) => m.load.longFrameOwnMs, digits: 0, baseline: true },
  { key: 'showMs', label: 'Trigger → visible prompt, first showing (ms)', get: (m) => m.show.ms, digits: 1 },
  { key: 'repeatShowMs', label: 'Trigger → visible prompt, repeat (median ms)', get: (m) => m.cycles.showMedian, digits: 1 },
  { key: 'showScriptMs', label: 'Script evaluation, trigger → visible (ms)', get: (m) => m.show.scriptMs, digits: 1 },
  { key: 'showTaskMs', label: 'Main-thread total, trigger → visible (ms)', get: (m) => m.show.taskMs, digits: 1 },
  { key: 'showLongTasks', label: 'Long tasks, first show + close (count)', get: (m) => m.show.longTasks, digits: 0 },
  { key: 'cycleLongTasks', label: 'Long tasks, 100 show/close (count)', get: (m) => m.cycles.longTasks, digits: 0 },
  { key: 'cls', label: 'Layout shift (CLS), first show + close', get: (m) => m.show.cls, digits: 4 },
  { key: 'cycleCls', label: 'Layout shift (CLS), 100 show/close', get: (m) => m.cycles.cls, digits: 4 },
  { key: 'heapLoadKB', label: 'JS heap after load, over page alone (KB)', get: (m) => m.load.heapKB, digits: 0, baseline: true },
  { key: 'heapGrowthKB', label: 'JS heap growth, 100 show/close (KB)', get: (m) => m.cycles.heapGrowthKB, digits: 1 },
  { key: 'heapGrowthLateKB', label: 'JS heap growth, showings 51–100 (KB)', get: (m) => m.cycles.heapGrowthSecondHalfKB, digits: 1 },
];

/**
 * Runs the widget benchmark and returns its figures (also written to bench/results/widgets.json).
 * `runs` fresh-context runs per widget; the first `leakRuns` of them also show and close the prompt `cycles`
 * times for the leak check and the repeat-showing times (the slow part: each showing waits for the widget's
 * own open and close animations).
 * @param {{ runs?: number, cycles?: number, leakRuns?: number, log?: (s: string) => void }} [o]
 * @example
 * const { rows } = await benchWidgets({ runs: 5 });
 */
export const internals = { routes, ROOT, DIST, POSTHOG_DIST, LAUNCH_ARGS, pkgVersion: (n) => pkgVersion(n) };

export async function benchWidgets(o = {}) {
  const runs = o.runs ?? 5;
  const cycles = o.cycles ?? 100;
  const leakRuns = Math.min(runs, o.leakRuns ?? 2);
  const log = o.log ?? ((s) => console.error(s));
  const started = Date.now();

  const peersDir = await buildPeers(BENCH);
  const hasMoments = existsSync(join(DIST, 'moments.js')) && existsSync(join(DIST, 'moments-ui.js'));
  if (!hasMoments) log('widgets: dist/moments.js or dist/moments-ui.js missing (run `npx rollup -c`); measuring the peers only');
  // `only` narrows the run (e.g. ['moments'] while working on Moments); the published table has all. The page
  // alone ('none') always runs: the main-thread figures are what a widget adds to it.
  const widgets = ['none', ...(o.only ?? [...(hasMoments ? ['moments'] : []), 'posthog', 'sentry']).filter((w) => w != 'none')];

  const template = await readFile(join(BENCH, 'pages', 'checkout.html'), 'utf8');
  const probe = await readFile(join(BENCH, 'pages', 'probe.js'), 'utf8');
  const server = await startServer({
    root: ROOT,
    // PostHog asks for /static/<version>/surveys.js first, then /static/surveys.js.
    mounts: { '/dist/': DIST, '/peers/': peersDir, [`/static/${pkgVersion('posthog-js')}/`]: POSTHOG_DIST, '/static/': POSTHOG_DIST },
    routes,
    page: async (name) => {
      const file = join(BENCH, 'pages', 'heads', `${name}.html`);
      if (!existsSync(file)) return undefined;
      return template.replace('<!--WIDGET-->', (await readFile(file, 'utf8')).trim());
    },
  });
  server.basePage = gzipSync(template.replace('<!--WIDGET-->', ''), { level: constants.Z_BEST_COMPRESSION }).length;
  // Playwright hides scrollbars in headless mode; desktop Chromium on Windows/Linux shows them, and a widget
  // that toggles page scrolling shifts the layout only when they are there.
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: LAUNCH_ARGS, ignoreDefaultArgs: ['--hide-scrollbars'] });

  /** @type {Record<string, any[]>} */
  let chromiumVersion = 'unknown';
  const measured = Object.fromEntries(widgets.map((w) => [w, []]));
  /** @type {Record<string, string[]>} */
  const problems = Object.fromEntries(widgets.map((w) => [w, []]));
  try {
    // Warm-up (discarded): the first context of a fresh browser pays one-off costs.
    await measure(browser, server, 'none', probe + '\n' + (await readFile(join(BENCH, 'pages', 'adapters', 'none.js'), 'utf8')), -1).catch(() => undefined);
    for (let run = 0; run < runs; run++) {
      // Rotate the order each run so no widget always goes first (warm-up, thermal drift).
      const order = widgets.map((_, i) => widgets[(i + run) % widgets.length]);
      for (const w of order) {
        const adapter = await readFile(join(BENCH, 'pages', 'adapters', `${w}.js`), 'utf8');
        const t0 = Date.now();
        try {
          const m = await measure(browser, server, w, probe + '\n' + adapter, w === 'none' ? -1 : run < leakRuns ? cycles : 0);
          measured[w].push(m);
          if (m.problems.length) problems[w].push(...m.problems.map((p) => `run ${run + 1}: ${p}`));
        } catch (e) {
          problems[w].push(`run ${run + 1}: ${e instanceof Error ? e.message : String(e)}`);
        }
        log(`widgets: run ${run + 1}/${runs} ${w} done (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      }
    }
  } finally {
    chromiumVersion = browser.version();
    await browser.close();
    await server.close();
  }

  const base = medians(measured.none);
  const peers = ['moments', 'posthog', 'sentry'];
  /** @type {Record<string, Record<string, number>>} */
  const values = {};
  for (const w of peers) {
    values[w] = {};
    for (const f of FIGURES) {
      const v = median(measured[w]?.map((m) => f.get(m)) ?? []);
      values[w][f.key] = f.baseline ? Math.max(0, v - (base[f.key] ?? 0)) : v;
    }
  }
  const half = Math.floor(cycles / 2);
  const rows = FIGURES.map((f) => {
    const m = values.moments[f.key];
    return {
      figure: f.label.replace('51–100', `${half + 1}–${cycles}`).replace('100 show', `${cycles} show`),
      key: f.key,
      pageAlone: f.baseline ? base[f.key] : undefined,
      moments: m,
      posthog: values.posthog[f.key],
      sentry: values.sentry[f.key],
      posthogRatio: ratio(values.posthog[f.key], m),
      sentryRatio: ratio(values.sentry[f.key], m),
      momentsAhead: { posthog: ahead(m, values.posthog[f.key]), sentry: ahead(m, values.sentry[f.key]) },
      digits: f.digits,
    };
  });
  const text = table(
    [`Figure (median of ${runs} runs; ${cycles}-showing rows: ${leakRuns})`, 'Moments', 'PostHog', 'Sentry', 'PostHog/Moments', 'Sentry/Moments', 'page alone'],
    rows.map((r) => [r.figure, fmt(r.moments, r.digits), fmt(r.posthog, r.digits), fmt(r.sentry, r.digits), r.posthogRatio, r.sentryRatio, r.pageAlone === undefined ? '' : fmt(r.pageAlone, r.digits)]),
  );
  const files = fileSizes(peersDir);
  const filesText = table(
    ['File', 'raw B', 'gzip -9 B', 'brotli B'],
    files.map((f) => [f.file, f.raw, f.gzip, f.brotli]),
  );
  const notBehind = rows.filter((r) => r.momentsAhead.posthog === false || r.momentsAhead.sentry === false).map((r) => r.figure);
  const ties = rows.filter((r) => r.momentsAhead.posthog === 'tie' || r.momentsAhead.sentry === 'tie').map((r) => r.figure);

  const result = {
    name: 'widgets',
    date: new Date().toISOString(),
    environment: { node: process.version, chromium: chromiumVersion, cpus: os.cpus().length, loadavg: os.loadavg(), runs, cycles, leakRuns, seconds: Math.round((Date.now() - started) / 1000) },
    versions: { posthog: pkgVersion('posthog-js'), sentry: pkgVersion('@sentry/browser') },
    moments: hasMoments,
    rows: rows.map(({ digits, ...r }) => r),
    notAhead: notBehind,
    ties,
    files,
    problems: Object.fromEntries(Object.entries(problems).map(([w, list]) => [w, dedupe(list)])),
    unansweredRequests: [...server.unknown],
    runsRaw: measured,
    table: text + '\n\n' + filesText,
  };
  await mkdir(join(BENCH, 'results'), { recursive: true });
  await writeFile(join(BENCH, 'results', 'widgets.json'), JSON.stringify(result, null, 2) + '\n');
  return result;
}

/** Repeated messages once, with a count (run numbers dropped). */
function dedupe(list) {
  const n = new Map();
  for (const p of list) {
    const k = p.replace(/^run \d+: /, '').replace(/127\.0\.0\.1:\d+/g, '127.0.0.1');
    n.set(k, (n.get(k) ?? 0) + 1);
  }
  return [...n].map(([k, c]) => (c > 1 ? `${k} (×${c})` : k));
}

/** Whether Moments is ahead (lower is better for every figure): true, 'tie', false, or undefined (unknown). */
function ahead(m, peer) {
  if (!Number.isFinite(m) || !Number.isFinite(peer)) return undefined;
  return m < peer ? true : m === peer ? 'tie' : false;
}

function medians(list) {
  /** @type {Record<string, number>} */
  const out = {};
  for (const f of FIGURES) out[f.key] = median(list.map((m) => f.get(m)));
  return out;
}

/** One fresh context, cache disabled: load → idle → first show → close → `cycles` show/close with GC around. */
async function measure(browser, server, widget, initScript, cycles) {
  const problems = [];
  // A desktop Chrome user agent: PostHog drops events from "HeadlessChrome" as a bot, and a real visitor's
  // browser would not.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, userAgent: userAgent(browser) });
  try {
    await context.addInitScript({ content: initScript });
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console.error: ${m.text().slice(0, 200)}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // Thread CPU time, not wall time: on a busy machine wall time also counts the moments the renderer
    // waited for a core, which is noise, not the widget's work.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const longTasksSince = async (i) => page.evaluate((i) => window.__probe.longtasks.slice(i), i);
    const shiftsSince = async (i) => page.evaluate((i) => window.__probe.shifts.slice(i), i);
    const counts = () => page.evaluate(() => ({ lt: window.__probe.longtasks.length, ls: window.__probe.shifts.length }));

    // Load to idle: the load event, the widget ready, then a second with no request open.
    server.reset();
    const m0 = await metrics();
    await page.goto(`${server.origin}/page/${widget}`, { waitUntil: 'load' });
    await until(() => page.evaluate(() => window.__adapter.ready()), 15_000, `${widget} ready`);
    await until(() => server.quiet(1000), 15_000, 'network idle after load');
    const m1 = await metrics();
    const loadTally = server.reset();
    const loadLT = await longTasksSince(0);
    // Scripts from a URL other than the host page's own are the widget's (the probe is an init script, no URL).
    const loadFrames = await page.evaluate(() => window.__probe.frames);
    const loadOwn = loadFrames.map((f) => f.scripts.filter((x) => x.url && !x.url.includes('/page/')).reduce((ms, x) => ms + x.ms, 0)).filter((ms) => ms > 0);
    const heapLoad = await heap();
    const load = {
      ...bytesOf(loadTally, server.basePage),
      scriptMs: (m1.ScriptDuration - m0.ScriptDuration) * 1000,
      taskMs: (m1.TaskDuration - m0.TaskDuration) * 1000,
      longTasks: loadLT.length,
      longTaskMs: loadLT.reduce((s, t) => s + t.duration, 0),
      longFramesOwn: loadOwn.length,
      longFrameOwnMs: loadOwn.reduce((s, ms) => s + ms, 0),
      // Each long frame with the scripts named in it (path, invoker, ms, compile ms), kept in the JSON to see whose code it was.
      longFrames: loadFrames.map((f) => ({ ms: Math.round(f.duration), scripts: f.scripts.map((x) => [x.url.replace(/^\w+:\/\/[^/]+/, ''), x.invoker, Math.round(x.ms), x.compile]) })),
      heapKB: heapLoad / 1024,
      log: loadTally.log,
    };
    if (cycles < 0) return { load, show: {}, close: {}, cycles: {}, problems };

    // First showing: trigger → visible (this is when a lazy widget fetches its UI), then close.
    const c0 = await counts();
    const s0 = await metrics();
    const shown = await page.evaluate(() => window.__probe.show());
    const s1 = await metrics();
    const showTally = server.reset();
    if (shown.error) throw new Error(shown.error);
    const hidden = await page.evaluate(() => window.__probe.hide());
    if (hidden.error) throw new Error(hidden.error);
    // Batching sinks send a little later: give them two seconds, then wait for the network to go quiet.
    await new Promise((r) => setTimeout(r, 2000));
    await until(() => server.quiet(300), 10_000, 'network idle after close');
    const closeTally = server.reset();
    const showLT = await longTasksSince(c0.lt);
    const showLS = await shiftsSince(c0.ls);
    const show = {
      ...bytesOf(showTally, server.basePage),
      ms: shown.ms,
      scriptMs: (s1.ScriptDuration - s0.ScriptDuration) * 1000,
      taskMs: (s1.TaskDuration - s0.TaskDuration) * 1000,
      longTasks: showLT.length,
      longTaskMs: showLT.reduce((s, t) => s + t.duration, 0),
      cls: showLS.reduce((s, x) => s + x.value, 0),
      log: showTally.log,
    };
    const close = { ...bytesOf(closeTally, server.basePage), ms: hidden.ms, log: closeTally.log };
    if (!cycles) return { load, show, close, cycles: {}, problems };

    // Leak check: the same showing and closing `cycles` times, heap measured after forced GC before, halfway
    // and after. The second half shows steady-state growth (warm-up such as compiled code is in the first).
    const c1 = await counts();
    const h0 = await heap();
    const half = Math.floor(cycles / 2);
    const r1 = await page.evaluate((n) => window.__probe.cycles(n), half);
    const hMid = await heap();
    const r2 = r1.error ? { show: [], extraClicks: 0 } : await page.evaluate((n) => window.__probe.cycles(n), cycles - half);
    await until(() => server.quiet(300), 15_000, 'network idle after cycles');
    const h1 = await heap();
    server.reset();
    const error = r1.error ?? r2.error;
    if (error) problems.push(error);
    const extraClicks = r1.extraClicks + r2.extraClicks + (hidden.clicks - 1);
    if (extraClicks) problems.push(`${extraClicks} close clicks were ignored and repeated`);
    const shows = [...r1.show, ...r2.show];
    const cyLT = await longTasksSince(c1.lt);
    const cyLS = await shiftsSince(c1.ls);
    const cyc = {
      done: shows.length,
      showMedian: median(shows),
      showMax: Math.max(...shows),
      longTasks: cyLT.length,
      longTaskMs: cyLT.reduce((s, t) => s + t.duration, 0),
      cls: cyLS.reduce((s, x) => s + x.value, 0),
      heapGrowthKB: error ? NaN : (h1 - h0) / 1024,
      heapGrowthSecondHalfKB: error ? NaN : (h1 - hMid) / 1024,
      extraClicks,
    };
    return { load, show, close, cycles: cyc, problems };
  } finally {
    await context.close();
  }
}

function userAgent(browser) {
  return `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${browser.version()} Safari/537.36`;
}

/** Bytes the widget caused: everything except bench glue and the favicon (the host page counts apart). */
// The host page differs per widget only by its <head> snippet (Moments' inline config, a script tag): the
// difference to the bare page's gzip size is the widget's, the rest is the same for all and left out.
function bytesOf(tally, basePage) {
  let bytes = 0, requests = 0, sent = 0;
  for (const [kind, t] of Object.entries(tally.by)) {
    if (kind === 'glue' || kind === 'favicon') continue;
    bytes += t.bytes;
    requests += t.requests;
    sent += t.sent;
  }
  const page = tally.by.page;
  return { bytes: bytes - (page ? Math.min(page.bytes, basePage * page.requests) : 0), requests: requests - (page?.requests ?? 0), sent };
}

async function until(fn, ms, what) {
  const end = Date.now() + ms;
  for (;;) {
    if (await fn()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function fileSizes(peersDir) {
  const out = [];
  if (existsSync(DIST)) {
    for (const f of readdirSync(DIST).sort()) if (/^moments.*\.js$/.test(f)) out.push({ file: `dist/${f}`, ...sizes(join(DIST, f)) });
  }
  for (const f of ['posthog.js', 'sentry.js']) out.push({ file: `bench/.build/peers/${f}`, ...sizes(join(peersDir, f)) });
  out.push({ file: 'posthog-js/dist/surveys.js (lazy)', ...sizes(join(POSTHOG_DIST, 'surveys.js')) });
  out.push({ file: 'posthog-js/dist/module.js (default import, for reference)', ...sizes(join(POSTHOG_DIST, 'module.js')) });
  return out;
}

function pkgVersion(name) {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

// Standalone: node bench/widgets.mjs [--quick] [--runs=N] [--only=moments,sentry]
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && !process.env.BENCH_NO_MAIN) {
  const quick = process.argv.includes('--quick');
  const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const only = arg('only')?.split(',');
  const runs = arg('runs') ? { runs: +arg('runs') } : {};
  const r = await benchWidgets({ ...(quick ? { runs: 2, cycles: 20, leakRuns: 1 } : {}), ...runs, only });
  console.log(r.table);
}
