'use strict';

const index = require('./index2.cjs');

const uuid = () => crypto.randomUUID?.() ?? // Each 0/1 becomes a random hex digit, each 8 one of 8, 9, a, b (the variant); the 4 is the version.
"10000000-1000-4000-8000-100000000000".replace(/[018]/g, (c) => (+c ^ crypto.getRandomValues(new Uint8Array(1))[0] & 15 >> +c / 4).toString(16));

const MAX_CONTEXT_BYTES = 2048;
const MAX_TITLE = 512;
const MAX_PATH = 2048;
const MAX_COMMENT = 5e3;
const MAX_DROPPED = 1e6;

function truncate(text, max) {
  return text.length > max ? Array.from(text).slice(0, max).join("") : text;
}

const doc = (name) => Reflect.get(Document.prototype, name, document);

function buildEvent(type, fields = {}, keepQuery = false) {
  const loc = location;
  return {
    schema: fields.reason || type == "moment.contact" ? 2 : 1,
    id: uuid(),
    type,
    touchpoint: "",
    moment: "",
    time: (/* @__PURE__ */ new Date()).toISOString(),
    page: { path: truncate(keepQuery ? loc.pathname + loc.search + loc.hash : loc.pathname, MAX_PATH), title: truncate(doc("title"), MAX_TITLE) },
    ...fields
  };
}

function utf8Length(text) {
  return new TextEncoder().encode(text).length;
}

function toJson(value, key = "", seen = []) {
  const toJSON = value && typeof value == "object" && value.toJSON;
  if (typeof toJSON == "function" && toJSON != {}.toJSON && toJSON != [].toJSON)
    value = toJSON.call(value, key);
  if (!value || typeof value != "object") return typeof value == "function" ? void 0 : JSON.stringify(value);
  for (let i = 0; i < seen.length; i++) if (seen[i] === value) throw TypeError();
  seen[seen.length] = value;
  let out = "";
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) out += (i ? "," : "") + (toJson(value[i], "" + i, seen) ?? "null");
  else
    for (const name of Object.keys(value)) {
      const item = toJson(value[name], name, seen);
      if (item !== void 0) out += (out ? "," : "{") + JSON.stringify(name) + ":" + item;
    }
  seen.length--;
  return Array.isArray(value) ? "[" + out + "]" : (out || "{") + "}";
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
      if (s.q.length || s.d) localStorage.setItem(key, toJson(s));
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
  const entry = (e) => ({ e, b: utf8Length(toJson(e)) });
  return {
    add: (events) => update((s) => {
      s.q.push(...events.map(entry));
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
        s.q.unshift(entry(buildEvent("moments.dropped", { dropped: Math.min(s.d, MAX_DROPPED) })));
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
      index.report("transform failed: " + e.message);
      throw e;
    }
    return toJson(bare ? items : { events: items });
  };
  let timer;
  let waiting = false;
  let busy = false;
  let again = false;
  let down = false;
  let attempt = 0;
  let size = batchSize;
  const later = (ms) => {
    timer ?? (timer = setTimeout(() => {
      timer = void 0;
      waiting = false;
      flush();
    }, ms));
  };
  const claim = () => {
    const go = async () => {
      const got = ids(box.lease(me, size, BUDGET, LEASE, free));
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
        if (!batch.length) {
          size = batchSize;
          break;
        }
        const got = ids(batch);
        got.forEach((id) => inflight.add(id));
        let status = 0;
        let after = null;
        let why = "";
        try {
          const res = await post(body(batch), AbortSignal.timeout?.(LEASE - 1e4));
          status = res.status;
          after = res.headers.get("retry-after");
          if (status > 399) why = (await res.text()).slice(0, 200);
        } catch {
        }
        got.forEach((id) => inflight.delete(id));
        const n = got.length;
        if (n > 1 && (status == 400 || status == 413 || status == 422)) {
          size = Math.ceil(n / 2);
          box.release(got);
        } else if (status && status < 500 && status != 408 && status != 429) {
          if (status > 399) {
            index.report(`${url} refused ${n} event(s) (HTTP ${status}${why && ": " + why}); dropped`);
            size = batchSize;
          }
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
      index.report("sending failed: " + e.message);
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
        if (sent && !down && size == batchSize) box.remove(got);
        else kept.push(...got);
        if (!sent) break;
        got.forEach((id) => beaconed.add(id));
      }
    } catch (e) {
      index.report("sending on page hide failed: " + e.message);
    }
    box.release(kept);
  };
  const hidden = () => doc("visibilityState") == "hidden" && hide();
  const online = () => {
    attempt = 0;
    clearTimeout(timer);
    timer = void 0;
    flush();
  };
  addEventListener("pagehide", hide);
  addEventListener("visibilitychange", hidden);
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
      removeEventListener("visibilitychange", hidden);
      removeEventListener("online", online);
      clearTimeout(timer);
      timer = void 0;
      waiting = true;
    }
  };
}

exports.MAX_COMMENT = MAX_COMMENT;
exports.MAX_CONTEXT_BYTES = MAX_CONTEXT_BYTES;
exports.buildEvent = buildEvent;
exports.doc = doc;
exports.httpSink = httpSink;
exports.toJson = toJson;
exports.truncate = truncate;
exports.utf8Length = utf8Length;
exports.uuid = uuid;
