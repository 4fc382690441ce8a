const said = /* @__PURE__ */ new Set();
function report(message, level = "error") {
  const text = "Moments: " + message;
  if (said.has(text)) return;
  said.add(text);
  try {
    console[level](text);
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

const PLACEMENTS = "ebottom-right|bottom-left|top-right|top-left";
const SPECS = {
  top: `$schema s endpoint s sinks l touchpoints l theme elight|dark|auto locale s text o placement ${PLACEMENTS} maxPromptsPerSession n0,1000 minGapMinutes n0,99999 dismissCooldownDays n0,3650 overlap edrop|queue requireConsent b respectDoNotTrack b context xcontext nonce s redact o keepQuery b`,
  touchpoint: `id s question s scale ethumbs|emoji5|stars5|nps|csat when o sample n0,1 once esession|visitor|false cooldownDays n0,3650 priority n-999999,999999 followUp xfollowUp thanks xthanks maxLength n1,5000 placement ${PLACEMENTS}|inline container c text o redact o`,
  when: "path s url r selector c click c submit c event s request xrequest delayMs n0,86400000 scrollPercent n0,100 exitIntent b idleMs n0,86400000"
};
const parse = (s) => {
  const out = {};
  const w = s.split(" ");
  for (let i = 0; i < w.length; i += 2) out[w[i]] = w[i + 1];
  return out;
};
const TOP = parse(SPECS.top);
const TOUCHPOINT = parse(SPECS.touchpoint);
const WHEN = parse(SPECS.when);
const isObj = (v) => !!v && typeof v == "object" && !Array.isArray(v);
const isStr = (v) => typeof v == "string" && !!v.trim();
const tries = (f) => {
  try {
    return f(), 1;
  } catch {
    return 0;
  }
};
const SPECIAL = {
  context: [(v) => isObj(v) || typeof v == "function", "an object or a function"],
  request: [(v) => isObj(v) && isStr(v.url) && (v.status == null || /^([<>]=?|=)?\d{3}$/.test(v.status)), '{ url, status? } with status like ">=400"'],
  followUp: [
    (v) => Array.isArray(v) && v.every((f) => isObj(f) && typeof f.min == "number" && typeof f.max == "number" && (f.reasons ? Array.isArray(f.reasons) && f.reasons.length && f.reasons.every(isStr) : f.comment)),
    "a list of { min, max, question?, reasons? | comment? }"
  ],
  thanks: [(v) => v === false || isObj(v) && (v.link == null || isObj(v.link) && isStr(v.link.href) && isStr(v.link.text)), "false or { text?, link?: { href, text }, closeAfterMs? }"]
};
function expect(code, v) {
  const kind = code[0];
  const arg = code.slice(1);
  if (kind == "x") return SPECIAL[arg][0](v) ? void 0 : SPECIAL[arg][1];
  if (kind == "n") {
    const [min, max] = arg.split(",").map(Number);
    return typeof v == "number" && v >= min && v <= max ? void 0 : `a number from ${min} to ${max}`;
  }
  if (kind == "e") {
    const list = arg.split("|");
    return list.includes(String(v)) && typeof v != "number" ? void 0 : "one of " + list.join(", ");
  }
  const [ok, what] = {
    s: [isStr(v), "a non-empty string"],
    b: [typeof v == "boolean", "true or false"],
    o: [isObj(v), "an object"],
    l: [Array.isArray(v), "a list"],
    c: [isStr(v) && tries(() => document.createDocumentFragment().querySelector(v)), "a valid CSS selector"],
    r: [isStr(v) && tries(() => RegExp(v)), "a valid regular expression"]
  }[kind];
  if (!ok) return what;
}
function problems(value, spec, prefix = "") {
  const out = [];
  for (const key in value) {
    const what = spec[key] ? value[key] !== void 0 && expect(spec[key], value[key]) : 0;
    if (what === 0) out.push(`unknown field "${prefix}${key}"`);
    else if (what) out.push(`${prefix}${key} must be ${what}`);
  }
  return out;
}
function resolveConfig(input) {
  const raw = isObj(input) ? input : {};
  if (raw != input) report('config must be an object with "touchpoints"');
  const config = { maxPromptsPerSession: 2, minGapMinutes: 2, dismissCooldownDays: 30, touchpoints: [], sinks: [] };
  for (const key in raw) if (TOP[key] && !expect(TOP[key], raw[key])) config[key] = raw[key];
  for (const p of problems(raw, TOP)) report("config: " + p);
  const touchpoints = [];
  const invalid = {};
  const seen = /* @__PURE__ */ new Set();
  config.touchpoints.forEach((tp, i) => {
    const named = isObj(tp) && isStr(tp.id);
    let list = ["must be an object"];
    if (isObj(tp)) {
      list = problems(tp, TOUCHPOINT);
      for (const key of ["id", "question", "scale"]) if (tp[key] == null) list.push(key + " is missing");
      if (seen.has(tp.id)) list.push(`id "${tp.id}" is used twice`);
      if (isObj(tp.when)) {
        list.push(...problems(tp.when, WHEN, "when."));
        if (!Object.keys(tp.when).length) list.push("when names nothing (omit it to show only through Moments.show)");
      }
      if ((tp.placement ?? config.placement) == "inline" && !tp.container) list.push('container is missing (needed by placement "inline")');
    }
    for (const p of list) report((named ? `touchpoint "${tp.id}": ` : `touchpoints[${i}]: `) + p);
    if (!list.length) seen.add(tp.id), touchpoints.push(tp);
    else if (named && !seen.has(tp.id)) invalid[tp.id] = list[0];
  });
  config.sinks = config.sinks.filter((s, i) => {
    const bad = typeof s == "function" || isObj(s) && typeof s.send == "function" ? "" : !isObj(s) || !/^(http|cloudevents|console|dataLayer|gtag|segment|posthog)$/.test(s.type) ? "must be a function, { name, send } or { type: http | cloudevents | console | dataLayer | gtag | segment | posthog }" : /http|cloudevents/.test(s.type) && !isStr(s.url) ? "url must be a non-empty string" : "";
    if (bad) report(`sinks[${i}] ${bad}`);
    return !bad;
  });
  return { ...config, touchpoints, invalid };
}

function createStorage(kind) {
  const memory = /* @__PURE__ */ new Map();
  const failed = /* @__PURE__ */ new Set();
  const area = () => globalThis[kind];
  const parse = (raw) => {
    try {
      return raw == null ? void 0 : JSON.parse(raw);
    } catch {
      return void 0;
    }
  };
  const write = (key, raw) => {
    memory.set(key, raw);
    try {
      raw == null ? area().removeItem(key) : area().setItem(key, raw);
      failed.delete(key);
    } catch {
      failed.add(key);
    }
  };
  return {
    get(key) {
      if (failed.has(key)) return parse(memory.get(key));
      try {
        return parse(area().getItem(key));
      } catch {
        return parse(memory.get(key));
      }
    },
    set: (key, value) => write(key, JSON.stringify(value)),
    remove: (key) => write(key, null)
  };
}

function uuid() {
  const c = globalThis.crypto;
  if (c.randomUUID) try {
    return c.randomUUID();
  } catch {
  }
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = b[6] & 15 | 64;
  b[8] = b[8] & 63 | 128;
  const h = [...b].map((x) => (x + 256).toString(16).slice(1)).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const DAY = 864e5;
function createEligibility(config, local, session) {
  const KEY = "moments:state";
  const SKEY = "moments:session";
  const load = () => ({ v: uuid(), r: {}, h: {}, ...local.get(KEY) });
  const loadSession = () => ({ n: 0, done: {}, ...session.get(SKEY) });
  const initial = load();
  local.set(KEY, initial);
  return {
    visitor: initial.v,
    check(tp, now = Date.now()) {
      const s = load();
      const ss = loadSession();
      const h = s.h[tp.id] ?? {};
      const nav = navigator;
      const sample = tp.sample ?? 1;
      const once = tp.once ?? "visitor";
      const done = h.answered ?? h.dismissed;
      const until = (h.shown ?? 0) + (tp.cooldownDays ?? 0) * DAY;
      const quiet = (h.dismissed ?? 0) + config.dismissCooldownDays * DAY;
      if (config.respectDoNotTrack && (nav.doNotTrack == "1" || nav.globalPrivacyControl)) return ["dnt"];
      if (s.c === false) return ["refused"];
      if (config.requireConsent && !s.c) return ["consent"];
      if (sample < 1 && s.r[tp.id] == null) local.set(KEY, { ...s, r: { ...s.r, [tp.id]: s.r[tp.id] = Math.random() } });
      if (s.r[tp.id] >= sample) return ["sample", sample];
      if (once == "visitor" && done) return ["once", h.answered ? "answered" : "dismissed", done, once];
      if (once == "session" && ss.done[tp.id]) return ["once", "answered or dismissed", 0, once];
      if (now < until) return ["cooldown", h.shown, until];
      if (now < quiet) return ["quiet", h.dismissed, quiet];
      if (ss.n >= config.maxPromptsPerSession) return ["cap", config.maxPromptsPerSession];
      if (now < (s.last ?? 0) + config.minGapMinutes * 6e4) return ["gap", config.minGapMinutes];
    },
    record(tp, what, now = Date.now()) {
      var _a, _b;
      const s = load();
      const ss = loadSession();
      ((_a = s.h)[_b = tp.id] ?? (_a[_b] = {}))[what] = now;
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

const MAX_CONTEXT_BYTES = 2048;
function cleanContext(value, where) {
  if (value == null) return;
  let json;
  try {
    json = JSON.stringify(value);
  } catch {
  }
  if (!json || json[0] != "{") report(`${where}: context must be a JSON object; dropped`, "warn");
  else if (json.length > MAX_CONTEXT_BYTES) report(`${where}: context is over ${MAX_CONTEXT_BYTES} bytes; dropped`, "warn");
  else return JSON.parse(json);
}

function dispatch(sinks) {
  const failed = /* @__PURE__ */ new Set();
  const fail = (sink) => (e) => {
    if (!failed.has(sink)) report(`sink "${sink.name}" failed: ${e?.message ?? e}`);
    failed.add(sink);
  };
  const call = (method, events) => {
    const json = events && JSON.stringify(events);
    for (const sink of sinks) {
      try {
        const r = sink[method]?.(json && JSON.parse(json));
        if (r && typeof r.then == "function") r.then(void 0, fail(sink));
      } catch (e) {
        fail(sink)(e);
      }
    }
  };
  return {
    send: (events) => call("send", events),
    flush: () => call("flush"),
    destroy: () => call("destroy")
  };
}

function lazySink(config, load) {
  let buffer = [];
  let sink;
  let loading;
  let dead = false;
  const start = () => loading ?? (loading = load().then(
    (m) => {
      if (dead || sink) return;
      sink = m.createAdapter(config);
      const b = buffer;
      buffer = [];
      if (b.length) sink.send(b);
    },
    (e) => {
      loading = void 0;
      report(`could not load the ${config.type} sink: ${e?.message ?? e}`);
      throw e;
    }
  ));
  const later = () => void start().catch(() => {
  });
  return {
    name: config.type,
    load: start,
    send(events) {
      if (sink) return sink.send(events);
      buffer = buffer.concat(events).slice(-500);
      later();
    },
    flush: () => sink ? sink.flush?.() : buffer.length ? later() : void 0,
    destroy() {
      dead = true;
      sink?.destroy?.();
    }
  };
}

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

const idleTrigger = (ms, fire) => {
  let t;
  const wait = () => {
    clearTimeout(t);
    t = setTimeout(fire, ms);
  };
  wait();
  return all(listen(window, "pointerdown pointermove keydown scroll touchstart", wait), () => clearTimeout(t));
};

function pathMatches(glob, pathname) {
  return RegExp("^" + glob.replace(/\W/g, "\\$&").replace(/\\\*/g, ".*") + "$").test(pathname);
}

const requestTrigger = ({ url, status = ">=400" }, fire) => {
  const [, op = "", n] = /^([<>=]*)(\d+)$/.exec(status) || [];
  let observer;
  try {
    observer = new PerformanceObserver(
      (list) => list.getEntries().map(({ name, responseStatus: s }) => {
        const u = new URL(name);
        const d = s - +n;
        s != null && n && pathMatches(url, /^\w+:/.test(url) ? u.href : u.pathname) && (op || "=").includes(d < 0 ? "<" : d > 0 ? ">" : "=") && fire({ url: u.origin + u.pathname, status: s });
      })
    );
    observer.observe({ type: "resource", buffered: true });
  } catch {
  }
  return () => observer?.disconnect();
};

const scrollTrigger = (percent, fire) => {
  const check = () => {
    const d = document.documentElement;
    if ((scrollY + 1) * 100 >= (d.scrollHeight - d.clientHeight) * percent) fire();
  };
  return all(listen(window, "scroll resize load", check), document.readyState == "complete" ? timer(check) : noop);
};

const listeners$1 = /* @__PURE__ */ new Set();
let observer;
function observeMutations(listener) {
  observer || (observer = new MutationObserver(() => listeners$1.forEach((l) => l())));
  listeners$1.size || observer.observe(document, { childList: true, subtree: true, attributeFilter: ["class", "style", "hidden"] });
  listeners$1.add(listener);
  return () => {
    listeners$1.delete(listener) && !listeners$1.size && observer.disconnect();
  };
}

const shown = (el) => el.checkVisibility?.() ?? el.getClientRects().length > 0;
const selectorTrigger = (selector, fire) => {
  const check = () => {
    try {
      [...document.querySelectorAll(selector)].some(shown) && fire();
    } catch {
    }
  };
  return all(observeMutations(check), timer(check));
};

const submitTrigger = delegate("submit");

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

const triggers = {
  selector: selectorTrigger,
  click: clickTrigger,
  submit: submitTrigger,
  event: eventTrigger,
  request: requestTrigger,
  delayMs: delayTrigger,
  scrollPercent: scrollTrigger,
  exitIntent: exitIntentTrigger,
  idleMs: idleTrigger
};

function createMoments(loaders) {
  const listeners = /* @__PURE__ */ new Map();
  let config;
  let elig;
  let out;
  let current;
  let fired = [];
  let queue = [];
  let status = {};
  let disarm = {};
  let lazy = [];
  const set = (id, state, reason) => void (status[id] = [state, reason]);
  const emit = (s, type, fields = {}) => {
    const event = buildEvent(
      type,
      { touchpoint: s.tp.id, moment: s.moment, visitor: elig.visitor, context: s.context, preview: s.preview, ...fields },
      config?.keepQuery
    );
    for (const t of [type, "*"]) listeners.get(t)?.forEach((l) => guard("listener", l)(event));
    out?.send([JSON.parse(JSON.stringify(event))]);
  };
  const gateOpen = ({ when }) => (!when?.path || pathMatches(when.path, location.pathname)) && (!when?.url || urlMatches(when.url, location.href));
  const close = () => {
    const s = current;
    current = void 0;
    if (!s) return;
    guard("unmount", () => s.unmount?.())();
    s.host.remove();
    const next = queue.shift();
    if (next) request(...next);
  };
  const display = async (tp, context, preview) => {
    const c = config;
    const placement = tp.placement ?? c.placement ?? "bottom-right";
    const parent = placement == "inline" ? document.querySelector(tp.container) : document.body;
    if (!parent) return set(tp.id, "ruled out", ["container", tp.container]);
    const host = document.createElement("div");
    host.setAttribute("data-moments-touchpoint", tp.id);
    const base = c.context;
    const s = current = { tp, moment: uuid(), host, preview };
    const merged = cleanContext({ ...typeof base == "function" ? guard("context", base)() : base, ...context }, tp.id);
    let ui;
    try {
      [ui] = await Promise.all([loaders.ui(), ...lazy.map((l) => l.load())]);
    } catch (e) {
      if (current == s) current = void 0;
      return report("could not load the prompt: " + e.message);
    }
    if (current != s || !preview && !gateOpen(tp)) {
      if (current == s) current = void 0;
      return;
    }
    const redact = { ...c.redact, ...tp.redact };
    if (merged && Object.keys(merged).length) s.context = ui.redactDeep(merged, redact);
    parent.append(host);
    const record = (what) => preview || elig.record(tp, what);
    s.unmount = ui.mount(host, {
      touchpoint: tp,
      text: c.text,
      locale: c.locale && c.locale != "auto" ? c.locale : document.documentElement.lang || navigator.language,
      theme: c.theme ?? "light",
      placement,
      nonce: c.nonce,
      onShown() {
        record("shown");
        set(tp.id, "shown", ["shown"]);
        emit(s, "moment.shown");
      },
      onAnswer(value, reasons) {
        record("answered");
        emit(s, "moment.answered", { rating: { scale: tp.scale, value }, reasons: reasons?.length ? reasons : void 0 });
      },
      onComment(comment) {
        comment = ui.redactText(comment.trim(), redact);
        if (comment) emit(s, "moment.commented", { comment });
      },
      onDismiss() {
        record("dismissed");
        emit(s, "moment.dismissed");
      },
      onClose: () => current == s && close()
    });
  };
  const request = (...f) => {
    if (!fired.length) setTimeout(guard("show", pick));
    fired.push(f);
  };
  const pick = () => {
    const batch = fired.sort((a, b) => (b[0].priority ?? 0) - (a[0].priority ?? 0));
    fired = [];
    for (const [tp, context] of batch) {
      const why = elig.check(tp);
      if (why) {
        set(tp.id, why[0] == "consent" ? "waiting" : "ruled out", why);
        if (why[0] != "consent") disarm[tp.id]?.();
      } else if (!current) {
        disarm[tp.id]?.();
        display(tp, context);
      } else if (config?.overlap == "queue") queue.push([tp, context]);
      else set(tp.id, "ruled out", ["busy", current.tp.id]);
    }
  };
  const arm = (tp) => {
    const when = tp.when;
    const kinds = Object.keys(when).filter((k) => k in triggers);
    let stops;
    const stop = () => {
      stops?.forEach((s) => s());
      stops = void 0;
    };
    const check = () => {
      if (!gateOpen(tp)) {
        stop();
        set(tp.id, "waiting", ["path", location.pathname]);
        if (current?.tp == tp && !current.unmount) current = void 0;
      } else if (!stops) {
        const done = /* @__PURE__ */ new Set();
        const context = {};
        set(tp.id, "waiting", ["when", JSON.stringify(when)]);
        loaders.preload?.();
        stops = kinds.map(
          (k) => triggers[k](when[k], (ctx) => {
            done.add(k);
            Object.assign(context, ctx);
            if (done.size == kinds.length) request(tp, context);
          })
        );
        if (!kinds.length) request(tp);
      }
    };
    const offNav = when.path || when.url ? onNavigate(guard("navigation", check)) : void 0;
    disarm[tp.id] = () => {
      stop();
      offNav?.();
    };
    check();
  };
  const teardown = () => {
    Object.values(disarm).forEach((d) => d());
    close();
    out?.destroy();
    out = config = void 0;
    queue = [];
    fired = [];
    status = {};
    disarm = {};
  };
  const find = (id, what) => {
    const tp = config?.touchpoints.find((t) => t.id == id);
    if (!tp) report(`${what}("${id}"): no such touchpoint` + (config?.invalid[id] ? ` (invalid config: ${config.invalid[id]})` : ""));
    return tp;
  };
  const api = {
    init(input) {
      teardown();
      const c = config = resolveConfig(input);
      elig = createEligibility(c, createStorage("localStorage"), createStorage("sessionStorage"));
      const sinks = c.sinks ?? [];
      if (c.endpoint) sinks.unshift({ type: "http", url: c.endpoint });
      lazy = [];
      out = dispatch(
        sinks.map(
          (s) => typeof s == "function" ? { name: "callback", send: s } : "send" in s ? s : (lazy.push(lazySink(s, loaders.sinks)), lazy[lazy.length - 1])
        )
      );
      try {
        if (Object.keys(localStorage).some((k) => k.startsWith("moments:q:"))) lazy.forEach((l) => l.load().catch(() => {
        }));
      } catch {
      }
      for (const id in c.invalid) set(id, "ruled out", ["invalid", c.invalid[id]]);
      for (const tp of c.touchpoints) {
        const why = elig.check(tp);
        if (!tp.when) set(tp.id, "waiting", ["manual"]);
        else if (why && !/consent|cap|gap/.test(why[0])) set(tp.id, "ruled out", why);
        else arm(tp);
      }
    },
    show(id, context) {
      const tp = find(id, "show");
      if (tp) request(tp, cleanContext(context, id));
    },
    preview(id) {
      const tp = find(id, "preview");
      if (tp) close(), display(tp, void 0, true);
    },
    on(type, listener) {
      if (!listeners.has(type)) listeners.set(type, /* @__PURE__ */ new Set());
      listeners.get(type).add(listener);
      return () => void listeners.get(type)?.delete(listener);
    },
    consent(granted) {
      elig?.consent(granted);
      if (granted) {
        for (const id in status) if (status[id][1][0] == "consent") api.show(id);
      }
    },
    async explain() {
      const { describe } = await loaders.explain();
      return Object.entries(status).map(([id, [state, reason]]) => ({ id, state, why: describe(reason), reason }));
    },
    destroy() {
      teardown();
      listeners.clear();
    }
  };
  return api;
}

function publicApi(loaders) {
  let inner;
  const api = {};
  for (const name of ["init", "show", "preview", "on", "consent", "explain", "destroy"]) {
    api[name] = guard(name, (...args) => {
      if (typeof document == "undefined") return name == "on" ? () => {
      } : name == "explain" ? Promise.resolve([]) : void 0;
      return (inner ?? (inner = createMoments(loaders)))[name](...args);
    });
  }
  return api;
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
  sinks: () => import('./adapters.js'),
  explain: () => import('./debug.js')
});
const init = api.init;
const show = api.show;
const preview = api.preview;
const on = api.on;
const consent = api.consent;
const explain = api.explain;
const destroy = api.destroy;

export { cloudeventsSink as a, callbackSink as b, consoleSink as c, dataLayerSink as d, consent as e, destroy as f, gtagSink as g, httpSink as h, explain as i, init as j, preview as k, show as l, on as o, posthogSink as p, report as r, segmentSink as s };
