'use strict';

function createStorage(kind) {
  const memory = /* @__PURE__ */ new Map();
  const failed = /* @__PURE__ */ new Set();
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
    set(key, value) {
      const raw = JSON.stringify(value);
      memory.set(key, raw);
      try {
        globalThis[kind].setItem(key, raw);
        failed.delete(key);
      } catch {
        failed.add(key);
      }
    }
  };
}

const DAY = 864e5;
const KEY = "moments:state";
const SKEY = "moments:session";
function createEligibility(config, local, session) {
  const rules = {
    state: () => ({ r: {}, h: {}, ...local.get(KEY) }),
    session: () => ({ n: 0, done: {}, ...session.get(SKEY) }),
    save(state, sessionState) {
      local.set(KEY, state);
      if (sessionState) session.set(SKEY, sessionState);
    },
    check({ id, sample = 1, once = "visitor", cooldownDays = 0 }, now = Date.now()) {
      const s = rules.state();
      const h = s.h[id] ?? {};
      const nav = navigator;
      const done = h.answered ?? h.dismissed;
      const until = (h.shown ?? 0) + cooldownDays * DAY;
      const quiet = (h.dismissed ?? 0) + config.dismissCooldownDays * DAY;
      if (config.respectDoNotTrack && (nav.doNotTrack == "1" || nav.globalPrivacyControl)) return ["dnt"];
      if (s.c === false) return ["refused"];
      if (config.requireConsent && !s.c) return ["consent"];
      if (sample < 1 && s.r[id] == null) s.r[id] = Math.random(), rules.save(s);
      if (s.r[id] >= sample) return ["sample", sample];
      if (once == "visitor" && done) return ["once", h.answered ? "answered" : "dismissed", done, once];
      if (once == "session" && rules.session().done[id]) return ["once", "answered or dismissed", 0, once];
      if (now < until) return ["cooldown", h.shown, until];
      if (now < quiet) return ["quiet", h.dismissed, quiet];
    },
    consent(granted) {
      rules.save({ ...rules.state(), c: granted });
    }
  };
  return rules;
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
const delegate = (type) => (selector, fire) => listen(window, type, (e) => {
  try {
    e.target.closest?.(selector) && fire();
  } catch {
  }
});

function idle(fn) {
  if ("requestIdleCallback" in self) {
    const t = requestIdleCallback(fn);
    return () => cancelIdleCallback(t);
  }
  return timer(fn);
}

const nextTask = () => new Promise((resolve) => setTimeout(() => resolve()));

const FREQUENCY = { maxPromptsPerSession: 2, minGapMinutes: 2, dismissCooldownDays: 30 };

function ownCopy(value, depth = 20) {
  if (Array.isArray(value) && depth) return value.map((item) => ownCopy(item, depth - 1));
  if (!depth || value?.constructor != Object) return value;
  const copy = /* @__PURE__ */ Object.create(null);
  for (const key of Object.keys(value)) copy[key] = ownCopy(value[key], depth - 1);
  return copy;
}

const clickTrigger = delegate("click");

const delayTrigger = (ms, fire) => timer(fire, ms);

const eventTrigger = (name, fire) => listen(window, name, (e) => {
  const detail = e.detail;
  fire(detail?.constructor == Object ? detail : detail == null ? void 0 : { detail });
});

const exitIntentTrigger = (on, fire) => on && !matchMedia("(hover:none)").matches ? listen(window, "mouseout", (e) => !e.relatedTarget && e.clientY <= 0 && fire()) : noop;

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
const rank = (f) => f[0].priority ?? 0;
const byRank = (a, b) => rank(b) - rank(a);
function createMoments(loaders) {
  const listeners = /* @__PURE__ */ new Set();
  let config;
  let rules;
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
      return (!when?.path || pathMatches(when.path, location.pathname)) && (!when?.url || RegExp(when.url).test(location.href));
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
        const c = config = ui.checkConfig(raw, config.touchpoints, status, drop);
        elig = ui.withPacing(rules = createEligibility(c, local, session), c);
        if (c.problems.length) say((m) => c.problems.map(m.problem));
      }
      return ui;
    },
    (e) => {
      ready = void 0;
      report(`could not load the prompt chunk ${e?.message ?? e} (is it served as JavaScript, with Access-Control-Allow-Origin from another origin?)`);
      throw e;
    }
  ));
  const ruledOut = (tp) => {
    const why = rules.check(tp);
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
      return void (soon = timer(startup));
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
    const next = queue.sort(byRank).shift();
    if (next) request(...next);
  };
  const load = async () => {
    const ui = await validate();
    if (config?.problems) await (out ?? (out = ui.deliver(config))).ready;
    return ui;
  };
  const display = async (tp, context, preview, asked) => {
    const s = current = { tp, phase: "asking" };
    let ui;
    try {
      ui = await load();
      await nextTask();
    } catch {
    }
    const c = config;
    const valid = c?.touchpoints.includes(tp);
    if (!ui || current != s || !valid || !preview && !asked && !gateOpen(tp)) {
      if (current == s) current = void 0;
      if (ui && c && !valid && preview) find(tp.id, "preview");
      return;
    }
    s.unmount = ui.present({
      touchpoint: tp,
      config: c,
      context,
      preview,
      visitor: elig.visitor(ui.uuid),
      emit(event) {
        for (const [t, l] of listeners) if (t == event.type || t == "*") guard("listener", l)(event);
        out?.send([event]);
      },
      record(what) {
        if (what == "shown") status[tp.id] = ["shown"];
        else s.phase = what == "answered" ? what : "closing";
        preview || elig.record(tp, what);
      },
      onClose: () => current == s && close()
    });
    if (!s.unmount) {
      status[tp.id] = ["container", tp.container];
      if (asked) warn(tp.id, status[tp.id]);
      close();
    }
  };
  const request = (...f) => {
    fired.push(f) > 1 || setTimeout(() => validate().then(guard("show", pick), () => fired = []));
  };
  const pick = () => {
    const batch = fired.sort(byRank);
    fired = [];
    for (const f of batch) {
      const [tp, context, asked, waited] = f;
      const s = current;
      if (!config.touchpoints.includes(tp)) asked && find(tp.id, "show");
      else if (s?.tp != tp && !queue.some((q) => q[0] == tp)) {
        const beside = s && (s.phase == "asking" && rank(f) > (s.tp.priority ?? 0) ? "replace" : "wait");
        const why = elig.check(tp, void 0, void 0, beside || (waited ? "wait" : void 0)) ?? (beside == "wait" && s.phase == "asking" && config.overlap != "queue" ? ["busy", s.tp.id] : void 0);
        if (why) {
          status[tp.id] = why;
          if (why[0] != "consent" && why[0] != "busy") drop(tp);
          if (asked) warn(tp.id, why);
        } else {
          drop(tp);
          if (beside == "wait") {
            status[tp.id] = ["waiting", s.tp.id];
            queue.push([tp, context, asked, true]);
          } else {
            if (s) {
              current = void 0;
              s.unmount?.("preempted");
              status[s.tp.id] = ["preempted", tp.id];
            }
            display(tp, context, false, asked);
          }
        }
      }
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
      const go = () => off ?? validate().then((ui) => ui.lateTriggers()).then((t) => off ?? (off = guard(k + " trigger", t[k])(when[k], fire))).catch(() => {
      });
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
  const warn = (id, why) => loaders.explain().then((m) => m.describe(why), () => why).then((words) => report(`show("${id}"): ${words}`, "warn"));
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
      raw = ownCopy(input);
      const given = isObj(raw) ? raw : {};
      loaders.assets?.(given.assetsUrl);
      const c = config = Object.assign(/* @__PURE__ */ Object.create(null), FREQUENCY, given, {
        touchpoints: Array.isArray(given.touchpoints) ? given.touchpoints.filter(isObj) : []
      });
      rules = createEligibility(c, local, session);
      if (given != raw) load().catch(() => {
      });
      for (const tp of c.touchpoints) tp.when ? arm(tp) : status[tp.id] = ["manual"];
      soon = idle(startup);
    },
    show(id, context) {
      const tp = find(id, "show");
      if (tp) request(tp, context, true);
    },
    preview(id) {
      const tp = find(id, "preview");
      if (tp) close(), display(tp, void 0, true);
    },
    on(type, listener) {
      const entry = [type, listener];
      listeners.add(entry);
      return () => void listeners.delete(entry);
    },
    consent(granted) {
      rules?.consent(granted);
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
      listeners.clear();
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

function deferredSink(config) {
  let sink;
  let loading;
  const get = () => loading ?? (loading = Promise.resolve().then(() => require('./lazy.cjs')).then(
    (m) => sink ?? (sink = m.lazySink(config, () => Promise.resolve().then(() => require('./adapters.cjs')))),
    (e) => {
      loading = void 0;
      throw e;
    }
  ));
  return {
    name: config.type,
    load: () => get().then((s) => s.load()),
    send: (events) => sink ? sink.send(events) : get().then((s) => s.send(events)),
    flush: () => sink?.flush?.(),
    destroy: () => sink?.destroy?.()
  };
}

function callbackSink(fn) {
  return { name: fn.name || "callback", send: (events) => fn(events) };
}

const api = publicApi({
  ui: () => Promise.resolve().then(() => require('./chunk.cjs')),
  explain: () => Promise.resolve().then(() => require('./debug.cjs'))
});
const init = api.init;
const show = api.show;
const preview = api.preview;
const on = api.on;
const consent = api.consent;
const explain = api.explain;
const destroy = api.destroy;
const httpSink = (options) => deferredSink({ ...options, type: "http" });
const consoleSink = () => deferredSink({ type: "console" });
const dataLayerSink = (options = {}) => deferredSink({ ...options, type: "dataLayer" });
const gtagSink = (options = {}) => deferredSink({ ...options, type: "gtag" });
const segmentSink = (options = {}) => deferredSink({ ...options, type: "segment" });
const posthogSink = (options = {}) => deferredSink({ ...options, type: "posthog" });
const cloudeventsSink = (options) => deferredSink({ ...options, type: "cloudevents" });

exports.FREQUENCY = FREQUENCY;
exports.all = all;
exports.callbackSink = callbackSink;
exports.cloudeventsSink = cloudeventsSink;
exports.consent = consent;
exports.consoleSink = consoleSink;
exports.dataLayerSink = dataLayerSink;
exports.destroy = destroy;
exports.explain = explain;
exports.gtagSink = gtagSink;
exports.guard = guard;
exports.httpSink = httpSink;
exports.init = init;
exports.listen = listen;
exports.nextTask = nextTask;
exports.noop = noop;
exports.on = on;
exports.pathMatches = pathMatches;
exports.posthogSink = posthogSink;
exports.preview = preview;
exports.report = report;
exports.segmentSink = segmentSink;
exports.show = show;
exports.timer = timer;
