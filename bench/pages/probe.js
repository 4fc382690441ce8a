// Injected before any page script (playwright addInitScript), so it costs no request and is the same for
// every widget. It records long tasks and layout shifts from the start and runs the show/close cycles.
(() => {
  const probe = (window.__probe = { longtasks: [], frames: [], shifts: [], pauseMs: 50 });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.shifts.push({ at: e.startTime, value: e.value, input: e.hadRecentInput });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (e) {
    probe.observerError = String(e);
  }
  // Long animation frames (50 ms and more) name the scripts that ran 5 ms or more in them, by URL: which
  // widget's code made a frame long, where the longtask entry says only that some task was.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        probe.frames.push({ start: e.startTime, duration: e.duration, scripts: e.scripts.map((s) => ({ url: s.sourceURL, invoker: s.invoker, ms: s.duration, compile: s.executionStart - s.startTime })) });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (e) {
    probe.framesError = String(e);
  }

  /** Every element under `root`, piercing open shadow roots. */
  probe.all = function* all(root) {
    for (const el of root.querySelectorAll('*')) {
      yield el;
      if (el.shadowRoot) yield* all(el.shadowRoot);
    }
  };
  /** First element matching `selector` anywhere, piercing open shadow roots. */
  probe.find = (selector, root = document) => {
    for (const el of probe.all(root)) if (el.matches(selector)) return el;
    return null;
  };
  /** Rendered with a non-zero box, not hidden, not fully transparent (up through shadow hosts). */
  probe.visible = (el) => {
    if (!el || !el.isConnected) return false;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) return false;
    for (let n = el; n; n = n.parentElement ?? n.getRootNode()?.host ?? null) {
      const s = getComputedStyle(n);
      if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0) return false;
    }
    return true;
  };
  /** Short description of where an element is, for error messages. */
  const describe = (el) => {
    if (!el) return 'no element';
    const r = el.getBoundingClientRect();
    return `<${el.localName} class="${el.className}"> at ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)} in ${el.getRootNode().host?.outerHTML.slice(0, 80) ?? 'document'}`;
  };
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  /**
   * Resolves with performance.now() in the first animation-frame callback where `test()` holds (that frame
   * paints it); -1 after `ms`. Read in the callback, not the frame's timestamp, which may predate the trigger.
   */
  probe.until = async (test, ms = 5000) => {
    const end = performance.now() + ms;
    for (;;) {
      await frame();
      const t = performance.now();
      let ok = false;
      try { ok = !!test(); } catch { ok = false; }
      if (ok) return t;
      if (performance.now() > end) return -1;
    }
  };

  /** Triggers the prompt; resolves with ms from the trigger call to the first frame where it is visible. */
  probe.show = async () => {
    const a = window.__adapter;
    const t0 = performance.now();
    await a.trigger();
    const at = await probe.until(() => probe.visible(a.prompt()));
    return at < 0 ? { error: 'prompt did not become visible' } : { ms: Math.max(0, at - t0) };
  };
  /**
   * Closes it with the widget's own close control; resolves once it is gone and the widget has settled.
   * A click the widget ignored (PostHog sometimes drops one that comes right after it opened) is repeated
   * after a second, up to three times; `clicks` says how many it took.
   */
  probe.hide = async () => {
    const a = window.__adapter;
    // Nobody clicks × within 50 ms of seeing it; PostHog ignores clicks that come sooner (still opening).
    await new Promise((r) => setTimeout(r, probe.pauseMs));
    const t0 = performance.now();
    let at = -1;
    let clicks = 0;
    while (at < 0 && clicks < 3) {
      if (!a.close()) return { error: `no close control found (click ${clicks + 1})` };
      clicks++;
      at = await probe.until(() => !probe.visible(a.prompt()), 700);
    }
    if (at < 0) return { error: `prompt did not close after ${clicks} clicks: ${describe(a.prompt())}` };
    // Let the widget finish its own close work (animations, unmount) before anything else.
    await probe.until(() => a.settled?.() ?? true, 2000);
    return { ms: Math.max(0, at - t0), clicks };
  };
  /** `n` showings in a row; the show times in ms, or the error that stopped it. */
  probe.cycles = async (n) => {
    const show = [];
    let extraClicks = 0;
    for (let i = 0; i < n; i++) {
      const s = await probe.show();
      if (s.error) return { show, extraClicks, error: `${s.error} (showing ${i + 1})` };
      show.push(s.ms);
      const h = await probe.hide();
      if (h.error) return { show, extraClicks, error: `${h.error} (showing ${i + 1})` };
      extraClicks += h.clicks - 1;
    }
    return { show, extraClicks };
  };
})();
