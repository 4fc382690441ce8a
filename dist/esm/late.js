import { a as all, l as listen, p as pathMatches, t as timer, b as noop } from './index2.js';
import { d as doc } from './http.js';

const idleTrigger = (ms, fire) => {
  let t;
  const wait = () => {
    clearTimeout(t);
    t = setTimeout(fire, ms);
  };
  wait();
  return all(listen(window, "pointerdown pointermove keydown scroll touchstart", wait), () => clearTimeout(t));
};

const requestTrigger = ({ url, status = ">=400" }, fire) => {
  const [, op, n] = /^([<>=]*)(\d+)$/.exec(status) || [];
  let observer;
  try {
    (observer = new PerformanceObserver((list) => {
      for (const { name, responseStatus: s } of list.getEntries()) {
        const u = new URL(name);
        s != null && n && pathMatches(url, /^\w+:/.test(url) ? u.href : u.pathname) && (op || "=").includes(s < +n ? "<" : s > +n ? ">" : "=") && fire({ url: u.origin + u.pathname, status: s });
      }
    })).observe({ type: "resource", buffered: true });
  } catch {
  }
  return () => observer?.disconnect();
};

const scrollTrigger = (percent, fire) => {
  const check = () => {
    const d = doc("documentElement");
    if ((scrollY + 1) * 100 >= (d.scrollHeight - d.clientHeight) * percent) fire();
  };
  return all(listen(window, "scroll resize load", check), doc("readyState") == "complete" ? timer(check) : noop);
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
      [...doc("querySelectorAll").call(document, selector)].some(shown) && fire();
    } catch {
    }
  };
  return all(observeMutations(check), timer(check));
};

const lateTriggers = {
  selector: selectorTrigger,
  request: requestTrigger,
  scrollPercent: scrollTrigger,
  idleMs: idleTrigger
};

export { lateTriggers };
