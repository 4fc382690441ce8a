'use strict';

Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });

const index = require('./index2.cjs');
const http = require('./http.cjs');

const idleTrigger = (ms, fire) => {
  let t;
  const wait = () => {
    clearTimeout(t);
    t = setTimeout(fire, ms);
  };
  wait();
  return index.all(index.listen(window, "pointerdown pointermove keydown scroll touchstart", wait), () => clearTimeout(t));
};

const requestTrigger = ({ url, status = ">=400" }, fire) => {
  const [, op, n] = /^([<>=]*)(\d+)$/.exec(status) || [];
  let observer;
  try {
    (observer = new PerformanceObserver((list) => {
      for (const { name, responseStatus: s } of list.getEntries()) {
        const u = new URL(name);
        s != null && n && index.pathMatches(url, /^\w+:/.test(url) ? u.href : u.pathname) && (op || "=").includes(s < +n ? "<" : s > +n ? ">" : "=") && fire({ url: u.origin + u.pathname, status: s });
      }
    })).observe({ type: "resource", buffered: true });
  } catch {
  }
  return () => observer?.disconnect();
};

const scrollTrigger = (percent, fire) => {
  const check = () => {
    const d = http.doc("documentElement");
    if ((scrollY + 1) * 100 >= (d.scrollHeight - d.clientHeight) * percent) fire();
  };
  return index.all(index.listen(window, "scroll resize load", check), http.doc("readyState") == "complete" ? index.timer(check) : index.noop);
};

const listeners = /* @__PURE__ */ new Set();
let observer;
function observeMutations(listener) {
  observer || (observer = new MutationObserver(() => listeners.forEach((l) => l())));
  listeners.size || observer.observe(document, { childList: true, subtree: true, attributeFilter: ["class", "style", "hidden"] });
  listeners.add(listener);
  return () => {
    listeners.delete(listener) && !listeners.size && observer.disconnect();
  };
}

const shown = (el) => el.checkVisibility?.() ?? el.getClientRects().length > 0;
const selectorTrigger = (selector, fire) => {
  const check = () => {
    try {
      [...http.doc("querySelectorAll").call(document, selector)].some(shown) && fire();
    } catch {
    }
  };
  return index.all(observeMutations(check), index.timer(check));
};

const lateTriggers = {
  selector: selectorTrigger,
  request: requestTrigger,
  scrollPercent: scrollTrigger,
  idleMs: idleTrigger
};

exports.lateTriggers = lateTriggers;
