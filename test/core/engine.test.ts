import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMoments, type MomentsAPI } from '../../src/core/engine';
import type { MountOptions } from '../../src/ui/contract';
import type { Config, MomentEvent } from '../../src/core/types';
import { redactDeep, redactText } from '../../src/core/redact';
import { present, type PresentOptions } from '../../src/core/present';
import { deliver } from '../../src/sinks/deliver';
import { lateTriggers } from '../../src/triggers/late';
import { checkConfig } from '../../src/core/checkConfig';
import { withPacing } from '../../src/core/pacing';
import { uuid } from '../../src/core/uuid';

let mounts: Array<{ host: HTMLElement; options: MountOptions; unmounted: boolean }>;
let events: MomentEvent[];
let moments: MomentsAPI;
let uiDelay: Promise<void> | undefined;

const fake = {
  redactText,
  redactDeep,
  mount(host: HTMLElement, options: MountOptions) {
    const m = { host, options, unmounted: false };
    mounts.push(m);
    options.onShown();
    return () => void (m.unmounted = true);
  },
};
// The prompt chunk's own present and deliver, over a fake mount.
const ui = { ...fake, present: (o: PresentOptions) => present(fake, o), deliver, lateTriggers: async () => lateTriggers, checkConfig, withPacing, uuid };

// Start-up, validation and showing each take a few tasks; a zero-delay timer set during a fake tick is due 1 ms on.
const flush = async () => {
  for (let i = 0; i < 10; i++) {
    await vi.advanceTimersByTimeAsync(1);
  }
};

// explain() waits for the chunk's validation, which runs a task after the chunk loads.
const explain = async () => {
  const statuses = moments.explain();
  await flush();
  return statuses;
};

function start(config: Omit<Config, 'sinks'>) {
  moments.init({ maxPromptsPerSession: 10, minGapMinutes: 0, ...config, sinks: [(e) => events.push(...e)] });
}

beforeEach(() => {
  vi.useFakeTimers();
  mounts = [];
  events = [];
  uiDelay = undefined;
  history.replaceState({}, '', '/');
  moments = createMoments({
    ui: async () => (await uiDelay, ui),
    explain: () => import('../../src/explain/debug'),
  });
});
afterEach(() => {
  moments.destroy();
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const tp = { id: 'checkout', question: 'How was checkout?', scale: 'emoji5' as const };

describe('engine', () => {
  it('shows a touchpoint on its path and sends shown, answered, commented, dismissed with one moment id', async () => {
    history.replaceState({}, '', '/checkout/pay');
    start({ touchpoints: [{ ...tp, when: { path: '/checkout*' } }] });
    await flush();
    expect(mounts).toHaveLength(1);
    const { host, options } = mounts[0];
    expect(host.getAttribute('data-moments-touchpoint')).toBe('checkout');
    expect(host.parentNode).toBe(document.body);
    expect(options.touchpoint.question).toBe('How was checkout?');
    options.onAnswer(4);
    options.onComment('  Card 4242 4242 4242 4242 failed  ');
    options.onComment('   ');
    options.onDismiss();
    await flush();
    expect(events.map((e) => e.type)).toEqual(['moment.shown', 'moment.answered', 'moment.commented', 'moment.dismissed']);
    expect(new Set(events.map((e) => e.moment)).size).toBe(1);
    expect(events[1].rating).toEqual({ scale: 'emoji5', value: 4 });
    expect(events[2].comment).toBe('Card [card] failed');
    options.onClose();
    expect(mounts[0].unmounted).toBe(true);
    expect(document.querySelector('[data-moments-touchpoint]')).toBeNull();
  });

  it('sends the contact step\'s e-mail unredacted as moment.contact, while comments and context stay redacted', async () => {
    start({ redact: { phone: true }, touchpoints: [{ ...tp, contact: { min: 1, max: 2 } }] });
    moments.show('checkout', { customer: 'ana@example.com' });
    await flush();
    const { options } = mounts[0];
    options.onAnswer(1);
    options.onComment('Write to me at ana@example.com or +49 30 1234 5678');
    options.onContact('ana@example.com');
    await flush();
    expect(events.map((e) => e.type)).toEqual(['moment.shown', 'moment.answered', 'moment.commented', 'moment.contact']);
    const [, , commented, contact] = events;
    expect(commented.comment).toBe('Write to me at [email] or [phone]');
    expect(contact).toMatchObject({ schema: 2, touchpoint: 'checkout', moment: commented.moment, contact: { email: 'ana@example.com' } });
    expect(contact.context).toEqual({ customer: '[email]' }); // only the field given for it is exempt
    expect(contact).not.toHaveProperty('comment');
    expect(commented).not.toHaveProperty('contact');
  });

  it('does not show on another path, and combines keys with AND', async () => {
    history.replaceState({}, '', '/home');
    start({ touchpoints: [{ ...tp, when: { path: '/checkout*', event: 'checkout:failed' } }] });
    window.dispatchEvent(new CustomEvent('checkout:failed'));
    await flush();
    expect(mounts).toHaveLength(0);
    history.pushState({}, '', '/checkout');
    await flush();
    expect(mounts).toHaveLength(0);
    window.dispatchEvent(new CustomEvent('checkout:failed', { detail: { code: 'card_declined' } }));
    await flush();
    expect(mounts).toHaveLength(1);
    expect(events[0].context).toEqual({ code: 'card_declined' });
  });

  it('re-checks the path on SPA navigation', async () => {
    start({ touchpoints: [{ ...tp, id: 'contact', when: { path: '/contact' } }] });
    await flush();
    expect(mounts).toHaveLength(0);
    history.pushState({}, '', '/contact');
    await flush();
    expect(mounts).toHaveLength(1);
  });

  it('a prompt whose page is left before it shows does not show', async () => {
    let release!: () => void;
    uiDelay = new Promise((r) => (release = r));
    history.replaceState({}, '', '/contact');
    start({ touchpoints: [{ ...tp, id: 'contact', when: { path: '/contact' } }] });
    await flush();
    history.pushState({}, '', '/elsewhere');
    await flush();
    release();
    await flush();
    expect(mounts).toHaveLength(0);
    expect(document.querySelector('[data-moments-touchpoint]')).toBeNull();
    expect(events).toEqual([]);
  });

  it('shows one prompt at a time by priority and drops the others', async () => {
    start({ touchpoints: [{ ...tp, id: 'low' }, { ...tp, id: 'high', priority: 5 }] });
    moments.show('low');
    moments.show('high');
    await flush();
    expect(mounts.map((m) => m.options.touchpoint.id)).toEqual(['high']);
    expect((await explain()).find((s) => s.id == 'low')).toMatchObject({ state: 'ruled out', why: 'fired while "high" was showing (overlap: drop)' });
  });

  it('queues the others when overlap is "queue"', async () => {
    start({ overlap: 'queue', touchpoints: [{ ...tp, id: 'a' }, { ...tp, id: 'b', priority: 1 }] });
    moments.show('a');
    moments.show('b');
    await flush();
    expect(mounts.map((m) => m.options.touchpoint.id)).toEqual(['b']);
    mounts[0].options.onClose();
    await flush();
    expect(mounts.map((m) => m.options.touchpoint.id)).toEqual(['b', 'a']);
  });

  it('does not ask again after an answer, on the next page load', async () => {
    start({ touchpoints: [tp] });
    moments.show('checkout');
    await flush();
    mounts[0].options.onAnswer(5);
    moments.destroy();
    start({ touchpoints: [tp] });
    moments.show('checkout');
    await flush();
    expect(mounts).toHaveLength(1);
    expect((await explain())[0]).toMatchObject({ state: 'ruled out', why: expect.stringMatching(/^answered today, on \d{4}-\d\d-\d\d \(once: "visitor"\)$/) });
  });

  it('never arms a touchpoint that is ruled out (sample 0) and explains why', async () => {
    history.replaceState({}, '', '/checkout');
    start({ touchpoints: [{ ...tp, sample: 0, when: { path: '/checkout' } }] });
    await flush();
    expect(mounts).toHaveLength(0);
    expect(await explain()).toEqual([{ id: 'checkout', state: 'ruled out', why: 'sampled out (sample 0)', reason: ['sample', 0] }]);
  });

  it('waits for consent, then shows once consent is given', async () => {
    start({ requireConsent: true, touchpoints: [tp] });
    moments.show('checkout');
    await flush();
    expect(mounts).toHaveLength(0);
    expect((await explain())[0]).toMatchObject({ state: 'waiting', why: 'waiting for consent (Moments.consent(true))' });
    moments.consent(true);
    await flush();
    expect(mounts).toHaveLength(1);
  });

  it('preview ignores eligibility and marks events', async () => {
    start({ touchpoints: [{ ...tp, sample: 0 }] });
    moments.preview('checkout');
    await flush();
    expect(mounts).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'moment.shown', preview: true });
  });

  it('sends the touchpoint\'s journey stage on its events, and none when it names no stage', async () => {
    start({ touchpoints: [{ ...tp, stage: 'checkout-flow' }, { ...tp, id: 'plain' }] });
    moments.show('checkout');
    await flush();
    expect(events[0]).toMatchObject({ type: 'moment.shown', touchpoint: 'checkout', stage: 'checkout-flow' });
    mounts[0].options.onAnswer(5);
    await flush();
    expect(events.filter((e) => e.touchpoint === 'checkout').every((e) => e.stage === 'checkout-flow')).toBe(true);
    moments.destroy();
    events = [];
    moments = createMoments({ ui: async () => ui, explain: () => import('../../src/explain/debug') });
    start({ touchpoints: [{ ...tp, id: 'plain' }] });
    moments.show('plain');
    await flush();
    expect(events[0].touchpoint).toBe('plain');
    expect(JSON.parse(JSON.stringify(events[0]))).not.toHaveProperty('stage');
  });

  it('attaches config context and show context, redacted, and drops what is not JSON', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    start({ context: () => ({ plan: 'pro', email: 'ada@example.com' }), touchpoints: [tp] });
    moments.show('checkout', { order: 'A-1042' });
    await flush();
    expect(events[0].context).toEqual({ plan: 'pro', email: '[email]', order: 'A-1042' });
  });

  it('on() listens by type and unsubscribes; a throwing listener breaks nothing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const seen: string[] = [];
    const off = moments.on('moment.shown', (e) => seen.push(e.touchpoint));
    moments.on('*', () => {
      throw new Error('boom');
    });
    start({ touchpoints: [tp, { ...tp, id: 'b' }] });
    moments.show('checkout');
    await flush();
    expect(seen).toEqual(['checkout']);
    expect(events).toHaveLength(1);
    off();
    mounts[0].options.onClose();
    moments.show('b');
    await flush();
    expect(seen).toEqual(['checkout']);
  });

  it('reports an unknown id once and an invalid one with its reason', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    start({ touchpoints: [tp, { id: 'bad', question: 'q', scale: 'x' as never }] });
    moments.show('nope');
    moments.show('bad');
    // The wording comes from the explain chunk, so config problems and the invalid id's reason print once it loads.
    await vi.waitFor(() => expect(error).toHaveBeenCalledTimes(3));
    expect(error.mock.calls.map((c) => c[0])).toEqual([
      'Moments: show("nope"): no such touchpoint',
      'Moments: touchpoint "bad": scale must be one of thumbs, emoji5, stars5, nps, csat',
      'Moments: show("bad"): no such touchpoint (invalid config: scale must be one of thumbs, emoji5, stars5, nps, csat)',
    ]);
  });

  it('renders inline placements into their container', async () => {
    document.body.innerHTML = '<section id="feedback"></section>';
    start({ touchpoints: [{ ...tp, placement: 'inline', container: '#feedback' }] });
    moments.show('checkout');
    await flush();
    expect(mounts[0].host.parentElement?.id).toBe('feedback');
    expect(mounts[0].options.placement).toBe('inline');
  });

  it('destroy removes the prompt, stops triggers and delivery', async () => {
    history.replaceState({}, '', '/checkout');
    start({ touchpoints: [{ ...tp, when: { path: '/checkout', delayMs: 1000 } }, { ...tp, id: 'b' }] });
    moments.show('b');
    await flush();
    moments.destroy();
    expect(mounts[0].unmounted).toBe(true);
    expect(document.querySelector('[data-moments-touchpoint]')).toBeNull();
    await vi.advanceTimersByTimeAsync(2000);
    expect(mounts).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('starts the late trigger kinds once the prompt chunk is here, AND-ed with the early ones', async () => {
    let loads = 0;
    moments = createMoments({
      ui: async () => (loads++, await uiDelay, ui),
      explain: () => import('../../src/explain/debug'),
    });
    let release!: () => void;
    uiDelay = new Promise((r) => (release = r));
    start({ touchpoints: [{ ...tp, when: { scrollPercent: 0, event: 'checkout:failed' } }] });
    window.dispatchEvent(new CustomEvent('checkout:failed')); // the early kind hears it before the chunk is here
    await flush();
    expect(loads).toBeGreaterThan(0);
    expect(mounts).toHaveLength(0);
    release();
    await vi.advanceTimersByTimeAsync(50); // the trigger's first check, then the show task
    expect(mounts).toHaveLength(1); // the page is already scrolled 0%: the late kind sees it on start
  });

  it('a late trigger stopped before the chunk arrives never starts', async () => {
    let release!: () => void;
    uiDelay = new Promise((r) => (release = r));
    const start0 = vi.spyOn(lateTriggers, 'selector');
    start({ touchpoints: [{ ...tp, when: { selector: '.payment-error' } }] });
    moments.destroy();
    release();
    await flush();
    expect(start0).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  describe('priority and the one slot', () => {
    const ids = () => mounts.map((m) => m.options.touchpoint.id);
    const why = async (id: string) => (await explain()).find((s) => s.id == id)?.why;

    it('a higher priority replaces a prompt still asking: preempted, and not counted as a dismissal', async () => {
      // The frequency defaults (gap 2 min) and a cap of 1: the newcomer takes the replaced prompt's place.
      const config = { maxPromptsPerSession: 1, minGapMinutes: 2, touchpoints: [{ ...tp, id: 'low' }, { ...tp, id: 'high', priority: 10 }] };
      start(config);
      moments.show('low');
      await flush();
      moments.show('high');
      await flush();
      expect(ids()).toEqual(['low', 'high']);
      expect(mounts[0].unmounted).toBe(true);
      expect(document.querySelectorAll('[data-moments-touchpoint]')).toHaveLength(1);
      const low = events.filter((e) => e.touchpoint == 'low');
      expect(low.map((e) => [e.type, e.reason])).toEqual([
        ['moment.shown', undefined],
        ['moment.dismissed', 'preempted'],
      ]);
      expect(low[1].moment).toBe(low[0].moment);
      expect(await why('low')).toBe('replaced by "high" (higher priority) before an answer');
      // Not a dismissal: on a later page (new session, no cooldown) it may ask again.
      moments.destroy();
      sessionStorage.clear();
      start({ ...config, minGapMinutes: 0 });
      moments.show('low');
      await flush();
      expect(ids()).toEqual(['low', 'high', 'low']);
    });

    it('a prompt replaced before it is on screen never shows, and records nothing', async () => {
      let release!: () => void;
      const loaded = new Promise<void>((r) => (release = r));
      // Delivery waits on a sink's code: "low" has taken the slot but is not on screen when "high" fires.
      const sinks = [{ name: 'slow', send: (e: MomentEvent[]) => void events.push(...e), load: () => loaded }];
      moments.init({ minGapMinutes: 0, sinks: sinks as never, touchpoints: [{ ...tp, id: 'low' }, { ...tp, id: 'high', priority: 1 }] });
      moments.show('low');
      await flush();
      moments.show('high');
      await flush();
      expect(mounts).toHaveLength(0);
      release();
      await flush();
      expect(ids()).toEqual(['high']);
      expect(events.map((e) => [e.type, e.touchpoint])).toEqual([['moment.shown', 'high']]);
      expect(await why('low')).toBe('replaced by "high" (higher priority) before an answer');
    });

    it('a prompt already answered is never interrupted: the newcomer waits for it to close, whatever overlap says', async () => {
      start({ minGapMinutes: 2, touchpoints: [{ ...tp, id: 'low' }, { ...tp, id: 'high', priority: 10 }] });
      moments.show('low');
      await flush();
      mounts[0].options.onAnswer(4); // the follow-up or thanks step is on screen
      moments.show('high');
      await flush();
      expect(ids()).toEqual(['low']);
      expect(mounts[0].unmounted).toBe(false);
      expect(await why('high')).toBe('waiting for "low" to close');
      mounts[0].options.onClose();
      await flush();
      expect(ids()).toEqual(['low', 'high']); // the gap since "low" does not hold it back: one moment
      expect(events.some((e) => e.reason)).toBe(false);
    });

    it('a prompt closing (dismissed, its exit animation running) does not hold the slot', async () => {
      start({ touchpoints: [{ ...tp, id: 'first' }, { ...tp, id: 'next' }] });
      moments.show('first');
      await flush();
      mounts[0].options.onDismiss();
      moments.show('next');
      await flush();
      expect(ids()).toEqual(['first']);
      mounts[0].options.onClose(); // the exit animation ends
      await flush();
      expect(ids()).toEqual(['first', 'next']);
      expect(events.filter((e) => e.type == 'moment.dismissed').map((e) => [e.touchpoint, e.reason])).toEqual([['first', undefined]]);
    });

    it('equal or lower priority beside a prompt still asking keeps the overlap rule (drop)', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      start({ touchpoints: [{ ...tp, id: 'a', priority: 1 }, { ...tp, id: 'b', priority: 1 }, { ...tp, id: 'c' }] });
      moments.show('a');
      await flush();
      moments.show('b');
      moments.show('c');
      await flush();
      expect(ids()).toEqual(['a']);
      expect(mounts[0].unmounted).toBe(false);
      expect(await why('b')).toBe('fired while "a" was showing (overlap: drop)');
      await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(2));
      expect(warn.mock.calls.map((c) => c[0])).toEqual([
        'Moments: show("b"): fired while "a" was showing (overlap: drop)',
        'Moments: show("c"): fired while "a" was showing (overlap: drop)',
      ]);
    });

    it('a touchpoint that waits stops firing: it shows once when the slot frees', async () => {
      start({ touchpoints: [{ ...tp, id: 'a' }, { ...tp, id: 'b', once: false, when: { event: 'cart:error' } }] });
      moments.show('a');
      await flush();
      mounts[0].options.onAnswer(5);
      for (let i = 0; i < 3; i++) window.dispatchEvent(new CustomEvent('cart:error'));
      await flush();
      mounts[0].options.onClose();
      await flush();
      mounts[1].options.onClose();
      await flush();
      expect(ids()).toEqual(['a', 'b']);
    });

    it('waiting ones show by priority when the slot frees', async () => {
      start({ overlap: 'queue', touchpoints: [{ ...tp, id: 'a' }, { ...tp, id: 'b' }, { ...tp, id: 'c', priority: 1 }] });
      moments.show('a');
      await flush();
      mounts[0].options.onAnswer(5);
      moments.show('b');
      await flush();
      moments.show('c'); // fires later, but ranks higher
      await flush();
      expect(ids()).toEqual(['a']);
      mounts[0].options.onClose();
      await flush();
      mounts[1].options.onClose();
      await flush();
      expect(ids()).toEqual(['a', 'c', 'b']);
    });

    it('an invalid touchpoint never takes the slot: its valid sibling shows', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      history.replaceState({}, '', '/bad/page');
      start({
        touchpoints: [
          { id: 'broken', question: 'q', scale: 'bogus-scale' as never, when: { path: '/bad*' } },
          { id: 'fine', question: 'q', scale: 'stars5', when: { path: '/bad*' } },
        ],
      });
      await flush();
      expect(ids()).toEqual(['fine']);
      await vi.waitFor(() => expect(error).toHaveBeenCalledTimes(1));
      expect(error.mock.calls[0][0]).toBe('Moments: touchpoint "broken": scale must be one of thumbs, emoji5, stars5, nps, csat');
      expect(await why('fine')).toBe('shown on this page');
    });
  });

  describe('Moments.show(id)', () => {
    it('shows whatever `when` says: a closed path gate, triggers that never fired', async () => {
      history.replaceState({}, '', '/home');
      start({
        touchpoints: [
          { ...tp, id: 'gated', when: { path: '/checkout*' } },
          { ...tp, id: 'triggered', when: { event: 'checkout:failed' } },
        ],
      });
      moments.show('gated');
      await flush();
      expect(mounts.map((m) => m.options.touchpoint.id)).toEqual(['gated']);
      mounts[0].options.onClose();
      moments.show('triggered');
      await flush();
      expect(mounts.map((m) => m.options.touchpoint.id)).toEqual(['gated', 'triggered']);
    });

    it('when the frequency rules keep it back, one console.warn says why in the words of explain()', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      history.replaceState({}, '', '/home');
      start({ touchpoints: [{ ...tp, sample: 0, when: { path: '/checkout*' } }] });
      moments.show('checkout');
      await flush();
      expect(mounts).toHaveLength(0);
      await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
      expect(warn).toHaveBeenCalledWith('Moments: show("checkout"): sampled out (sample 0)');
      expect((await explain())[0].why).toBe('sampled out (sample 0)');
    });

    it('a missing inline container is said once too', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      start({ touchpoints: [{ ...tp, placement: 'inline', container: '#nowhere' }] });
      moments.show('checkout');
      await flush();
      await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
      expect(warn).toHaveBeenCalledWith('Moments: show("checkout"): container "#nowhere" not found');
    });
  });

  it('a prompt chunk that cannot load is said once: which chunk, and the likely cause', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const url = 'https://cdn.example/moments/moments-ui.js';
    moments = createMoments({
      ui: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: ' + url)),
      explain: () => import('../../src/explain/debug'),
    });
    start({ touchpoints: [{ ...tp, when: { selector: '.payment-error' } }, { ...tp, id: 'b' }] });
    await vi.advanceTimersByTimeAsync(200); // idle: the chunk for the armed selector trigger
    moments.show('b');
    await flush();
    expect(mounts).toHaveLength(0);
    expect(error.mock.calls.map((c) => c[0])).toEqual([
      `Moments: could not load the prompt chunk Failed to fetch dynamically imported module: ${url} (is it served as JavaScript, with Access-Control-Allow-Origin from another origin?)`,
    ]);
  });

  describe('validation in the prompt chunk', () => {
    const counting = () => {
      const seen = { loads: 0 };
      moments = createMoments({ ui: async () => (seen.loads++, ui), explain: () => import('../../src/explain/debug') });
      return seen;
    };

    it('a page where no touchpoint can act loads nothing and validates nothing', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const seen = counting();
      history.replaceState({}, '', '/home');
      start({ touchpoints: [{ ...tp, scale: 'hearts' as never, when: { path: '/checkout' } }, { ...tp, id: 'manual' }] });
      await vi.advanceTimersByTimeAsync(5000);
      expect(seen.loads).toBe(0);
      expect(error).not.toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(0);
    });

    it('an armed touchpoint that never fires costs no sessionStorage and no delivery; both come when it fires', async () => {
      const order: string[] = [];
      const getItem = sessionStorage.getItem.bind(sessionStorage);
      vi.spyOn(sessionStorage, 'getItem').mockImplementation((key) => (order.push('session'), getItem(key)));
      const sinks = [{ name: 'counted', send() {}, load: async () => void order.push('delivery') }];
      const seen = counting();
      moments.init({ sinks: sinks as never, touchpoints: [{ ...tp, when: { event: 'checkout:failed' } }] });
      await vi.advanceTimersByTimeAsync(5000); // idle: start-up, the chunk and its validation
      expect(seen.loads).toBe(1);
      expect(order).toEqual([]);
      window.dispatchEvent(new CustomEvent('checkout:failed'));
      await flush();
      expect(order.slice(0, 2)).toEqual(['session', 'delivery']); // the check, then delivery (recording reads the session again)
      expect(mounts).toHaveLength(1);
    });

    it('once a touchpoint arms, the chunk validates on idle: every problem once, invalid ones never act', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const seen = counting();
      history.replaceState({}, '', '/checkout');
      start({
        theme: 'pink' as never,
        touchpoints: [
          { ...tp, id: 'hearts', scale: 'hearts' as never, when: { path: '/checkout', delayMs: 60_000 } },
          { ...tp, id: 'gate', when: { path: 5 as never } }, // a gate that cannot be read arms, and is reported
          { ...tp, when: { path: '/checkout', event: 'checkout:failed' } },
          { question: 'Which id?', scale: 'nps' } as never, // no id: reported by its index, and no status of its own
        ],
      });
      await vi.waitFor(() => expect(error).toHaveBeenCalledTimes(4), { timeout: 5000 }); // the wording chunk loads first
      expect(seen.loads).toBe(1);
      expect(error.mock.calls.map((c) => c[0])).toEqual([
        'Moments: config: theme must be one of light, dark, auto',
        'Moments: touchpoint "hearts": scale must be one of thumbs, emoji5, stars5, nps, csat',
        'Moments: touchpoint "gate": when.path must be a non-empty string',
        'Moments: touchpoints[3]: id is missing',
      ]);
      const states = Object.fromEntries((await explain()).map((s) => [s.id, s.state]));
      expect(states).toEqual({ hearts: 'ruled out', gate: 'ruled out', checkout: 'waiting' });
      await vi.advanceTimersByTimeAsync(60_000); // the invalid touchpoint's delay was stopped
      expect(mounts).toHaveLength(0);
      window.dispatchEvent(new CustomEvent('checkout:failed'));
      await flush();
      expect(mounts.map((m) => m.options.touchpoint.id)).toEqual(['checkout']);
      expect(mounts[0].options.theme).toBe('light'); // the invalid top-level field fell back to its default
    });

    it('start-up reads no storage; on idle it rules out who may not be asked, without loading the chunk for them', async () => {
      const seen = counting();
      history.replaceState({}, '', '/checkout');
      const read = vi.spyOn(localStorage, 'getItem');
      start({ touchpoints: [{ ...tp, sample: 0, when: { path: '/checkout', event: 'checkout:failed' } }] });
      expect(read).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(100); // idle
      expect(read).toHaveBeenCalled();
      expect(seen.loads).toBe(0); // nobody here may be asked: the prompt chunk is not fetched
      expect((await explain())[0].reason).toEqual(['sample', 0]);
      window.dispatchEvent(new CustomEvent('checkout:failed')); // disarmed: nobody listens any more
      await flush();
      expect(mounts).toHaveLength(0);
      expect(seen.loads).toBe(1); // only explain() asked for the chunk
    });

    it('late trigger kinds wait for idle like the chunk does: nothing is fetched while the page loads', async () => {
      const seen = counting();
      start({ touchpoints: [{ ...tp, when: { selector: '.payment-error' } }] });
      await Promise.resolve();
      expect(seen.loads).toBe(0);
      await vi.advanceTimersByTimeAsync(100); // idle, then the next task
      expect(seen.loads).toBe(1);
      document.body.insertAdjacentHTML('beforeend', '<p class="payment-error">Declined</p>');
      await flush();
      expect(mounts.map((m) => m.options.touchpoint.id)).toEqual(['checkout']);
      document.querySelector('.payment-error')!.remove();
    });

    it('late trigger kinds never fetch the chunk for a visitor who may not be asked', async () => {
      const seen = counting();
      const start0 = vi.spyOn(lateTriggers, 'selector');
      start({ touchpoints: [{ ...tp, sample: 0, when: { selector: '.payment-error' } }] });
      await vi.advanceTimersByTimeAsync(5000);
      expect(seen.loads).toBe(0);
      expect(start0).not.toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(0);
    });

    it('a path that opens again once the visitor may not be asked arms nothing, and leaves nothing behind', async () => {
      history.replaceState({}, '', '/checkout');
      start({ touchpoints: [{ ...tp, when: { path: '/checkout', event: 'checkout:failed' } }] });
      await vi.advanceTimersByTimeAsync(100);
      moments.consent(false); // refused while armed: ruled out from the next check on
      history.pushState({}, '', '/home');
      await flush();
      const listen = vi.spyOn(window, 'addEventListener');
      history.pushState({}, '', '/checkout');
      await flush();
      expect(listen.mock.calls.filter(([type]) => type == 'checkout:failed')).toEqual([]);
      expect((await explain())[0].reason).toEqual(['refused']);
    });

    it('a trigger that fires before idle is checked when it fires', async () => {
      history.replaceState({}, '', '/checkout');
      start({ touchpoints: [{ ...tp, sample: 0, when: { event: 'checkout:failed' } }, { ...tp, id: 'ok', when: { event: 'checkout:failed' } }] });
      window.dispatchEvent(new CustomEvent('checkout:failed'));
      await flush();
      expect(mounts.map((m) => m.options.touchpoint.id)).toEqual(['ok']);
    });

    it('with storage full, the sampling roll kept in memory before validation still holds after it', async () => {
      vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
        throw new DOMException('full', 'QuotaExceededError');
      });
      const random = vi.spyOn(Math, 'random').mockReturnValueOnce(0.3).mockReturnValue(0.9);
      start({ touchpoints: [{ ...tp, id: 'rolled', sample: 0.5, when: { event: 'checkout:failed' } }] });
      await vi.advanceTimersByTimeAsync(100); // idle: rolled (0.3, in), then the chunk validates the config
      window.dispatchEvent(new CustomEvent('checkout:failed'));
      await flush();
      expect(mounts.map((m) => m.options.touchpoint.id)).toEqual(['rolled']);
      expect(random).toHaveBeenCalledTimes(1);
    });

    it('a url gate that is no regular expression arms its touchpoint, so the chunk loads and reports it; it never shows', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const seen = counting();
      start({ touchpoints: [{ ...tp, when: { url: '(', delayMs: 0 } }] });
      await vi.waitFor(() => expect(error).toHaveBeenCalledTimes(1), { timeout: 5000 });
      expect(seen.loads).toBe(1);
      expect(error.mock.calls[0][0]).toBe('Moments: touchpoint "checkout": when.url must be a valid regular expression');
      await flush();
      expect(mounts).toHaveLength(0);
      expect((await explain()).map((s) => s.state)).toEqual(['ruled out']);
    });

    it('a config that is not an object is reported at once', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      moments.init('nope' as never);
      await vi.waitFor(() => expect(error).toHaveBeenCalledTimes(1), { timeout: 5000 });
      expect(error.mock.calls[0][0]).toMatch(/^Moments: config/);
    });
  });
});

describe('engine on a page with a polluted Object.prototype (#19)', () => {
  const proto = Object.prototype as Record<string, unknown>;
  afterEach(() => {
    for (const key of ['foo', 'when', 'placement']) delete proto[key];
  });

  it('an inherited when never arms a touchpoint, and other inherited keys stop nothing', async () => {
    proto.foo = 1;
    proto.when = { delayMs: 0 };
    proto.placement = 'inline';
    start({ touchpoints: [{ ...tp, id: 'manual' }, { ...tp, when: { path: '/*' } }] });
    await flush();
    // Only the touchpoint with its own `when` shows; the manual one waits for Moments.show.
    expect(mounts.map((m) => m.options.touchpoint.id)).toEqual(['checkout']);
    expect(mounts[0].host.parentNode).toBe(document.body);
    mounts[0].options.onAnswer(5);
    await flush();
    expect(events.map((e) => e.type)).toEqual(['moment.shown', 'moment.answered']);
    expect((await explain()).find((s) => s.id == 'manual')?.state).toBe('waiting');
  });
});
