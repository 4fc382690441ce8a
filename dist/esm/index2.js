function createStorage(kind) {
  const memory = /* @__PURE__ */ new Map();
  const failed = /* @__PURE__ */ new Set();
  const write = (key, raw) => {
    memory.set(key, raw);
    try {
      raw == null ? globalThis[kind].removeItem(key) : globalThis[kind].setItem(key, raw);
      failed.delete(key);
    } catch {
      failed.add(key);
    }
  };
  return {
    get(key) {
      let raw = memory.get(key);
      try {
        if (!failed.has(key)) raw = globalThis[kind].getItem(key);
      } catch {
      }
      try {
        return JSON.parse(raw) ?? void 0;
      } catch {
      }
    },
    set: (key, value) => write(key, JSON.stringify(value)),
    remove: (key) => write(key, null)
  };
}

const uuid = () => crypto.randomUUID?.() ?? // Each 0/1 becomes a random hex digit, each 8 one of 8, 9, a, b (the variant); the 4 is the version.
"10000000-1000-4000-8000-100000000000".replace(/[018]/g, (c) => (+c ^ crypto.getRandomValues(new Uint8Array(1))[0] & 15 >> +c / 4).toString(16));

const DAY = 864e5;
function createEligibility(config, local, session) {
  const KEY = "moments:state";
  const SKEY = "moments:session";
  const load = () => ({ r: {}, h: {}, ...local.get(KEY) });
  const loadSession = () => ({ n: 0, done: {}, ...session.get(SKEY) });
  return {
    get visitor() {
      const s = load();
      if (!s.v) local.set(KEY, { ...s, v: s.v = uuid() });
      return s.v;
    },
    check({ id, sample = 1, once = "visitor", cooldownDays = 0 }, now = Date.now(), arming) {
      const s = load();
      const h = s.h[id] ?? {};
      const nav = navigator;
      const done = h.answered ?? h.dismissed;
      const until = (h.shown ?? 0) + cooldownDays * DAY;
      const quiet = (h.dismissed ?? 0) + config.dismissCooldownDays * DAY;
      if (config.respectDoNotTrack && (nav.doNotTrack == "1" || nav.globalPrivacyControl)) return ["dnt"];
      if (s.c === false) return ["refused"];
      if (config.requireConsent && !s.c) return ["consent"];
      if (sample < 1 && s.r[id] == null) s.r[id] = Math.random(), local.set(KEY, s);
      if (s.r[id] >= sample) return ["sample", sample];
      if (once == "visitor" && done) return ["once", h.answered ? "answered" : "dismissed", done, once];
      if (once == "session" && loadSession().done[id]) return ["once", "answered or dismissed", 0, once];
      if (now < until) return ["cooldown", h.shown, until];
      if (now < quiet) return ["quiet", h.dismissed, quiet];
      if (arming) return;
      if (loadSession().n >= config.maxPromptsPerSession) return ["cap", config.maxPromptsPerSession];
      if (now < (s.last ?? 0) + config.minGapMinutes * 6e4) return ["gap", config.minGapMinutes];
    },
    record(tp, what, now = Date.now()) {
      const s = load();
      const ss = loadSession();
      s.h[tp.id] = { ...s.h[tp.id], [what]: now };
      if (what == "shown") s.last = now, ss.n++;
      else ss.done[tp.id] = 1;
      local.set(KEY, s);
      session.set(SKEY, ss);
    },
    consent(granted) {
      local.set(KEY, { ...load(), c: granted });
    }
  };
}

const said = /* @__PURE__ */ new Set();
function report(message, level = "error") {
  const text = "Moments: " + message;
  try {
    said.has(text) || (said.add(text), console[level](text));
  } catch {
  }
}
function guard(where, fn) {
  return (...args) => {
    try {
      return fn(...args);
    } catch (e) {
      report(`${where} failed: ${e?.message ?? e}`);
    }
  };
}

function idle(fn) {
  if ("requestIdleCallback" in self) {
    const t2 = requestIdleCallback(fn);
    return () => cancelIdleCallback(t2);
  }
  const t = setTimeout(fn);
  return () => clearTimeout(t);
}

const nextTask = () => new Promise((resolve) => setTimeout(() => resolve()));

const FREQUENCY = { maxPromptsPerSession: 2, minGapMinutes: 2, dismissCooldownDays: 30 };

const opts = { capture: true, passive: true };
function listen(target, types, fn) {
  const each = (how) => types.split(" ").map((type) => target[how](type, fn, opts));
  each("addEventListener");
  return () => void each("removeEventListener");
}
function timer(fn, ms) {
  const t = setTimeout(fn, ms);
  return () => clearTimeout(t);
}
const noop = () => {
};
const all = (...stops) => () => stops.map((stop) => stop());
const delegate = (type) => (selector, fire) => listen(document, type, (e) => {
  try {
    e.target.closest?.(selector) && fire();
  } catch {
  }
});

const clickTrigger = delegate("click");

const delayTrigger = (ms, fire) => timer(fire, ms);

const eventTrigger = (name, fire) => listen(window, name, (e) => {
  const detail = e.detail;
  fire(detail?.constructor == Object ? detail : detail == null ? void 0 : { detail });
});

const exitIntentTrigger = (on, fire) => on && !matchMedia("(hover:none)").matches ? listen(document, "mouseout", (e) => !e.relatedTarget && e.clientY <= 0 && fire()) : noop;

const submitTrigger = delegate("submit");

const earlyTriggers = {
  click: clickTrigger,
  submit: submitTrigger,
  event: eventTrigger,
  delayMs: delayTrigger,
  exitIntent: exitIntentTrigger
};

function pathMatches(glob, pathname) {
  return RegExp("^" + glob.replace(/\W/g, "\\$&").replace(/\\\*/g, ".*") + "$").test(pathname);
}

function urlMatches(source, href) {
  try {
    return new RegExp(source).test(href);
  } catch {
    return false;
  }
}

const listeners = /* @__PURE__ */ new Set();
let hooks;
let off;
const notify = () => listeners.forEach(queueMicrotask);
function onNavigate(listener) {
  if (!listeners.size) {
    hooks || (hooks = ["pushState", "replaceState"].map((m) => {
      const original = history[m];
      return [
        m,
        original,
        history[m] = function(...args) {
          try {
            return original.apply(this, args);
          } finally {
            notify();
          }
        }
      ];
    }));
    off = listen(window, "popstate hashchange", notify);
  }
  listeners.add(listener);
  return () => {
    if (!listeners.delete(listener) || listeners.size) return;
    off();
    if (hooks.every(([m, , ours]) => history[m] == ours)) hooks = void hooks.map(([m, original]) => history[m] = original);
  };
}

const isObj = (v) => !!v && typeof v == "object" && !Array.isArray(v);
function createMoments(loaders) {
  let listeners = [];
  let config;
  let elig;
  let out;
  let current;
  let fired = [];
  let queue = [];
  let status = {};
  let disarm = /* @__PURE__ */ new Map();
  let raw;
  let ready;
  let soon;
  let started;
  let later = [];
  let armed = /* @__PURE__ */ new Set();
  const local = createStorage("localStorage");
  const session = createStorage("sessionStorage");
  const gateOpen = ({ when }) => {
    try {
      return (!when?.path || pathMatches(when.path, location.pathname)) && (!when?.url || urlMatches(when.url, location.href));
    } catch {
      return 1;
    }
  };
  const drop = (tp) => {
    disarm.get(tp)?.();
    disarm.delete(tp);
    armed.delete(tp);
  };
  const validate = () => ready ?? (ready = loaders.ui().then(
    async (ui) => {
      await nextTask();
      if (config && !config.problems) {
        const given = config.touchpoints;
        const c = config = ui.resolveConfig(raw);
        elig = createEligibility(c, local, session);
        for (const tp of given)
          if (!c.touchpoints.includes(tp)) {
            drop(tp);
            if (!c.touchpoints.some((t) => t.id == tp.id)) delete status[tp.id];
          }
        for (const id in c.invalid) status[id] = ["invalid", ...c.invalid[id]];
        if (c.problems.length) say((m) => c.problems.map(m.problem));
      }
      return ui;
    },
    (e) => {
      ready = void 0;
      throw e;
    }
  ));
  const ruledOut = (tp) => {
    const why = elig.check(tp, void 0, true);
    if (why && why[0] != "consent") {
      status[tp.id] = why;
      drop(tp);
      return 1;
    }
  };
  const startup = () => {
    soon?.();
    soon = void 0;
    if (!started) {
      started = 1;
      disarm.forEach((_, tp) => ruledOut(tp));
      const t = setTimeout(startup);
      return void (soon = () => clearTimeout(t));
    }
    started = 2;
    let queued;
    try {
      queued = /moments:q:/.test(Object.keys(localStorage) + "");
    } catch {
    }
    if (queued) load().catch(() => {
    });
    else if (armed.size) validate().catch(() => {
    });
    later.splice(0).forEach((go) => go());
  };
  const close = () => {
    const s = current;
    current = void 0;
    if (!s) return;
    s.unmount?.();
    const next = queue.shift();
    if (next) request(...next);
  };
  const load = async () => {
    const ui = await validate();
    if (config?.problems) await (out ?? (out = ui.deliver(config))).ready;
    return ui;
  };
  const display = async (tp, context, preview) => {
    const s = current = { tp };
    let ui;
    try {
      ui = await load();
      await nextTask();
    } catch (e) {
      report("could not load the prompt: " + e.message);
    }
    const c = config;
    const valid = c?.touchpoints.includes(tp);
    if (!ui || current != s || !valid || !preview && !gateOpen(tp)) {
      if (current == s) current = void 0;
      if (ui && c && !valid && (preview || !tp.when)) find(tp.id, preview ? "preview" : "show");
      return;
    }
    s.unmount = ui.present({
      touchpoint: tp,
      config: c,
      context,
      preview,
      visitor: elig.visitor,
      emit(event) {
        for (const [t, l] of listeners) if (t == event.type || t == "*") guard("listener", l)(event);
        out?.send([event]);
      },
      record(what) {
        if (what == "shown") status[tp.id] = ["shown"];
        preview || elig.record(tp, what);
      },
      onClose: () => current == s && close()
    });
    if (!s.unmount) status[tp.id] = ["container", tp.container], close();
  };
  const request = (...f) => {
    fired.push(f) > 1 || setTimeout(guard("show", pick));
  };
  const pick = () => {
    const batch = fired.sort((a, b) => (b[0].priority ?? 0) - (a[0].priority ?? 0));
    fired = [];
    for (const [tp, context] of batch) {
      const why = elig.check(tp);
      if (why) {
        status[tp.id] = why;
        if (why[0] != "consent") drop(tp);
      } else if (!current) {
        drop(tp);
        display(tp, context);
      } else if (config?.overlap == "queue") queue.push([tp, context]);
      else status[tp.id] = ["busy", current.tp.id];
    }
  };
  const arm = (tp) => {
    const when = tp.when;
    const kinds = Object.keys(when).filter((k) => !/^(path|url)$/.test(k));
    let stops;
    const stop = () => {
      stops?.forEach((s) => s());
      stops = void 0;
    };
    const late = (k, fire) => {
      let off;
      const go = () => off ?? validate().then((ui) => ui.lateTriggers()).then((t) => off ?? (off = t[k](when[k], fire))).catch((e) => report(`${k} trigger failed: ${e?.message ?? e}`));
      started == 2 ? go() : later.push(go);
      return () => {
        if (off) off();
        off = 0;
      };
    };
    const check = () => {
      if (!gateOpen(tp)) {
        armed.delete(tp);
        stop();
        status[tp.id] = ["path", location.pathname];
        if (current?.tp == tp && !current.unmount) current = void 0;
      } else if (!stops) {
        if (started && ruledOut(tp)) return;
        const left = new Set(kinds);
        const context = {};
        status[tp.id] = ["when", JSON.stringify(when)];
        armed.add(tp);
        if (started) validate().catch(() => {
        });
        stops = kinds.map((k) => {
          const fire = (ctx) => {
            left.delete(k);
            Object.assign(context, ctx);
            left.size || request(tp, context);
          };
          return k in earlyTriggers ? earlyTriggers[k](when[k], fire) : late(k, fire);
        });
        left.size || request(tp);
      }
    };
    const offNav = when.path || when.url ? onNavigate(guard("navigation", check)) : void 0;
    disarm.set(tp, () => {
      stop();
      offNav?.();
    });
    check();
  };
  const teardown = () => {
    disarm.forEach((off) => off());
    soon?.();
    armed = /* @__PURE__ */ new Set();
    close();
    out?.destroy();
    out = config = ready = soon = started = void 0;
    later = [];
    queue = [];
    fired = [];
    status = {};
    disarm = /* @__PURE__ */ new Map();
  };
  const say = (words) => loaders.explain().then(
    (m) => words(m).map((w) => report(w)),
    () => report("invalid config")
  );
  const find = (id, what) => {
    const tp = config?.touchpoints.find((t) => t.id == id);
    const bad = config?.invalid?.[id];
    const text = `${what}("${id}"): no such touchpoint`;
    if (!tp) bad ? say((m) => [`${text} (${m.describe(["invalid", ...bad])})`]) : report(text);
    return tp;
  };
  const api = {
    init(input) {
      teardown();
      raw = input;
      const given = isObj(input) ? input : {};
      const c = config = {
        ...FREQUENCY,
        ...given,
        touchpoints: Array.isArray(given.touchpoints) ? given.touchpoints.filter(isObj) : []
      };
      elig = createEligibility(c, local, session);
      if (given != input) load().catch(() => {
      });
      for (const tp of c.touchpoints) tp.when ? arm(tp) : status[tp.id] = ["manual"];
      soon = idle(startup);
    },
    show(id, context) {
      const tp = find(id, "show");
      if (tp) request(tp, context);
    },
    preview(id) {
      const tp = find(id, "preview");
      if (tp) close(), display(tp, void 0, true);
    },
    on(type, listener) {
      const entry = [type, listener];
      listeners.push(entry);
      return () => void (listeners = listeners.filter((e) => e != entry));
    },
    consent(granted) {
      elig?.consent(granted);
      if (granted) {
        for (const id in status) if (status[id][0] == "consent") api.show(id);
      }
    },
    async explain() {
      if (soon) startup();
      if (config) await validate().catch(() => {
      });
      return (await loaders.explain()).statuses(status);
    },
    destroy() {
      teardown();
      listeners = [];
    }
  };
  return api;
}

const NAMES = ["init", "show", "preview", "on", "consent", "explain", "destroy"];
function browserApi(loaders) {
  let inner;
  const api = {};
  for (const name of NAMES) api[name] = guard(name, (...args) => (inner ?? (inner = createMoments(loaders)))[name](...args));
  return api;
}
function publicApi(loaders) {
  const api = browserApi(loaders);
  for (const name of NAMES) {
    const inBrowser = api[name];
    api[name] = (...args) => typeof document == "undefined" ? name == "on" ? () => {
    } : name == "explain" ? Promise.resolve([]) : void 0 : inBrowser(...args);
  }
  return api;
}

function buildEvent(type, fields = {}, keepQuery = false) {
  const loc = location;
  return {
    schema: 1,
    id: uuid(),
    type,
    touchpoint: "",
    moment: "",
    time: (/* @__PURE__ */ new Date()).toISOString(),
    page: { path: keepQuery ? loc.pathname + loc.search + loc.hash : loc.pathname, title: document.title },
    ...fields
  };
}

function outbox(key, maxCount = 1e3, maxBytes = 524288) {
  let mem;
  const read = () => {
    let got = mem;
    try {
      got ?? (got = JSON.parse(localStorage.getItem(key) ?? "null"));
    } catch {
    }
    return got && Array.isArray(got.q) ? got : { q: [] };
  };
  const update = (fn) => {
    const s = read();
    const r = fn(s);
    try {
      if (s.q.length || s.d) localStorage.setItem(key, JSON.stringify(s));
      else localStorage.removeItem(key);
      mem = void 0;
    } catch {
      mem = s;
      try {
        localStorage.removeItem(key);
      } catch {
      }
    }
    return r;
  };
  const has = (ids) => (x) => ids.includes(x.e.id);
  return {
    add: (events) => update((s) => {
      s.q.push(...events.map((e) => ({ e, b: JSON.stringify(e).length })));
      let n = s.q.reduce((n2, x) => n2 + x.b, 0);
      while (s.q.length > maxCount || n > maxBytes) {
        n -= s.q.shift().b;
        s.d = (s.d || 0) + 1;
      }
      return s.q.length;
    }),
    lease: (owner, max, budget, ms, mine) => update((s) => {
      const now = Date.now();
      if (s.d) {
        const e = buildEvent("moments.dropped", { dropped: s.d });
        s.q.unshift({ e, b: JSON.stringify(e).length });
      }
      s.d = 0;
      const out = [];
      for (const x of s.q) {
        if (out.length >= max) break;
        if (x.o && x.x > now && (x.o != owner || !mine(x.e.id))) continue;
        if ((budget -= x.b) < 0 && out.length) break;
        x.o = owner;
        x.x = now + ms;
        out.push(x.e);
      }
      return out;
    }),
    held: (owner, ids) => read().q.filter((x) => x.o == owner && has(ids)(x)).map((x) => x.e),
    remove: (ids) => update((s) => void (s.q = s.q.filter((x) => !has(ids)(x)))),
    release: (ids) => update((s) => s.q.filter(has(ids)).forEach((x) => delete x.o)),
    size: () => read().q.length
  };
}

const BUDGET = 6e4;
const LEASE = 3e4;
const SETTLE = 60;
const MAX_DELAY = 3e5;
function httpSink(options) {
  const { url, batchSize = 20, batchWaitMs = 1e3, retryMs = 1e3, transform, contentType, bare } = options;
  const headers = contentType ? { "content-type": contentType, ...options.headers } : options.headers;
  const box = outbox("moments:q:" + url, options.maxQueue, options.maxQueueBytes);
  const me = uuid();
  const inflight = /* @__PURE__ */ new Set();
  const beaconed = /* @__PURE__ */ new Set();
  const free = (id) => !inflight.has(id);
  const ids = (events) => events.map((e) => e.id);
  const body = (events) => {
    let items = events;
    try {
      if (transform) items = transform(events);
    } catch (e) {
      report("transform failed: " + e.message);
      throw e;
    }
    return JSON.stringify(bare ? items : { events: items });
  };
  let timer;
  let waiting = false;
  let busy = false;
  let again = false;
  let down = false;
  let attempt = 0;
  const later = (ms) => {
    timer ?? (timer = setTimeout(() => {
      timer = void 0;
      waiting = false;
      flush();
    }, ms));
  };
  const claim = () => {
    const go = async () => {
      const got = ids(box.lease(me, batchSize, BUDGET, LEASE, free));
      if (!got.length) return [];
      await new Promise((r) => setTimeout(r, SETTLE));
      return box.held(me, got);
    };
    return navigator.locks ? navigator.locks.request("moments:" + url, go) : go();
  };
  const post = (data, signal) => fetch(url, {
    method: "POST",
    body: data,
    headers,
    keepalive: new Blob([data]).size < BUDGET,
    credentials: options.withCredentials ? "include" : "omit",
    signal
  });
  async function flush() {
    if (navigator.onLine === false) return void (down = true);
    if (busy) return void (again = true);
    busy = true;
    clearTimeout(timer);
    timer = void 0;
    let retry;
    try {
      for (; ; ) {
        const batch = await claim();
        if (!batch.length) break;
        const got = ids(batch);
        got.forEach((id) => inflight.add(id));
        let status = 0;
        let after = null;
        try {
          const res = await post(body(batch), AbortSignal.timeout?.(LEASE - 1e4));
          status = res.status;
          after = res.headers.get("retry-after");
        } catch {
        }
        got.forEach((id) => inflight.delete(id));
        if (status && status < 500 && status != 408 && status != 429) {
          if (status > 399) report(`${url} refused events (HTTP ${status}); dropped them`);
          box.remove(got);
          attempt = 0;
          down = false;
        } else {
          box.release(got);
          down = true;
          const wait = after ? isNaN(+after) ? Date.parse(after) - Date.now() : +after * 1e3 : NaN;
          retry = Math.min(wait >= 0 ? wait : retryMs * 2 ** attempt++ * (0.5 + Math.random() / 2), MAX_DELAY);
          break;
        }
      }
    } catch (e) {
      report("sending failed: " + e.message);
    }
    busy = false;
    if (retry != null) {
      waiting = true;
      later(retry);
    } else if (again) {
      again = false;
      flush();
    }
  }
  const hide = () => {
    if (navigator.onLine === false) return;
    const kept = [];
    try {
      for (let batch; (batch = box.lease(me, 500, BUDGET, LEASE, (id) => free(id) && !beaconed.has(id))).length; ) {
        const got = ids(batch);
        const data = body(batch);
        const sent = headers ? (post(data).catch(() => {
        }), true) : navigator.sendBeacon(url, data);
        if (sent && !down) box.remove(got);
        else kept.push(...got);
        if (!sent) break;
        got.forEach((id) => beaconed.add(id));
      }
    } catch (e) {
      report("sending on page hide failed: " + e.message);
    }
    box.release(kept);
  };
  const hidden = () => document.visibilityState == "hidden" && hide();
  const online = () => {
    attempt = 0;
    clearTimeout(timer);
    timer = void 0;
    flush();
  };
  addEventListener("pagehide", hide);
  document.addEventListener("visibilitychange", hidden);
  addEventListener("online", online);
  if (box.size()) later(batchWaitMs);
  return {
    name: "http",
    send(events) {
      const n = box.add(events);
      if (waiting) return;
      if (n >= batchSize) flush();
      else later(batchWaitMs);
    },
    flush: online,
    destroy() {
      removeEventListener("pagehide", hide);
      document.removeEventListener("visibilitychange", hidden);
      removeEventListener("online", online);
      clearTimeout(timer);
      timer = void 0;
      waiting = true;
    }
  };
}

function callbackSink(fn) {
  return { name: fn.name || "callback", send: (events) => fn(events) };
}

function consoleSink() {
  return { name: "console", send: (events) => events.forEach((e) => console.info("Moments event", e.type, e)) };
}

const MAX = 500;
const CHECKS = [100, 500, 2e3, 8e3, 3e4];
function clientSink(name, find, deliver) {
  let buffer = [];
  let timer;
  let tries = 0;
  const drain = () => {
    clearTimeout(timer);
    timer = void 0;
    let client;
    try {
      client = find();
    } catch {
    }
    if (!client) {
      if (tries < CHECKS.length) timer = setTimeout(drain, CHECKS[tries++]);
      return;
    }
    const batch = buffer;
    buffer = [];
    for (const e of batch) {
      try {
        deliver(client, e);
      } catch (err) {
        report(`${name} failed: ${err?.message ?? err}`);
      }
    }
  };
  const kick = () => {
    tries = 0;
    drain();
  };
  return {
    name,
    send(events) {
      buffer.push(...events);
      if (buffer.length > MAX) {
        buffer = buffer.slice(-MAX);
        report(`${name} is not on the page; dropping the oldest buffered events`);
      }
      kick();
    },
    flush: kick,
    destroy() {
      clearTimeout(timer);
      tries = CHECKS.length;
    }
  };
}
const page = globalThis;

function fields(e) {
  return {
    moment_type: e.type,
    moment_id: e.moment,
    event_id: e.id,
    touchpoint: e.touchpoint,
    rating: e.rating?.value,
    rating_scale: e.rating?.scale,
    reasons: e.reasons,
    comment: e.comment,
    page_path: e.page.path,
    page_title: e.page.title,
    visitor: e.visitor,
    context: e.context,
    dropped: e.dropped,
    preview: e.preview,
    time: e.time
  };
}
const eventName = (e, configured) => configured ?? e.type.replace(".", "_");

function dataLayerSink(config = {}) {
  return clientSink(
    "dataLayer",
    () => {
      var _a;
      return (_a = page).dataLayer || (_a.dataLayer = []);
    },
    (dl, e) => dl.push({ event: eventName(e, config.event), ...fields(e) })
  );
}

function gtagSink(config = {}) {
  return clientSink(
    "gtag",
    () => typeof page.gtag == "function" ? page.gtag : void 0,
    (gtag, e) => {
      const params = { ...fields(e), reasons: e.reasons?.join(","), context: void 0 };
      for (const k in params) if (params[k] === void 0) delete params[k];
      gtag("event", eventName(e, config.event), params);
    }
  );
}

function segmentSink(config = {}) {
  return clientSink(
    "segment",
    () => typeof page.analytics?.track == "function" ? page.analytics : void 0,
    (a, e) => a.track(config.event ?? e.type, fields(e), { timestamp: new Date(e.time) })
  );
}

function posthogSink(config = {}) {
  return clientSink(
    "posthog",
    () => typeof page.posthog?.capture == "function" ? page.posthog : void 0,
    (ph, e) => ph.capture(config.event ?? e.type, fields(e), { uuid: e.id, timestamp: new Date(e.time) })
  );
}

function toCloudEvent(e, source) {
  return {
    specversion: "1.0",
    id: e.id,
    source,
    type: "dev.moments." + e.type,
    time: e.time,
    subject: e.touchpoint || void 0,
    datacontenttype: "application/json",
    dataschema: "https://moments.dev/event.schema.json",
    data: e
  };
}
function cloudeventsSink(config) {
  const source = config.source ?? location.origin;
  const sink = httpSink({
    ...config,
    contentType: "application/cloudevents-batch+json",
    bare: true,
    transform: (events) => events.map((e) => toCloudEvent(e, source))
  });
  sink.name = "cloudevents";
  return sink;
}

const api = publicApi({
  ui: () => import('./chunk.js'),
  explain: () => import('./debug.js')
});
const init = api.init;
const show = api.show;
const preview = api.preview;
const on = api.on;
const consent = api.consent;
const explain = api.explain;
const destroy = api.destroy;

export { FREQUENCY as F, all as a, buildEvent as b, noop as c, posthogSink as d, gtagSink as e, dataLayerSink as f, guard as g, httpSink as h, consoleSink as i, cloudeventsSink as j, callbackSink as k, listen as l, consent as m, nextTask as n, destroy as o, pathMatches as p, explain as q, report as r, segmentSink as s, timer as t, uuid as u, init as v, on as w, preview as x, show as y };
