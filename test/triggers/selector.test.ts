import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { selectorTrigger } from '../../src/triggers/selector';
import { flush } from './track';

let style: HTMLStyleElement;
beforeEach(() => {
  style = document.createElement('style');
  style.textContent = '.off, [hidden] { display: none }';
  document.head.append(style);
});
afterEach(() => {
  style.remove();
  vi.restoreAllMocks();
});

const el = (html: string) => {
  const t = document.createElement('template');
  t.innerHTML = html; // test fixture only
  return t.content.firstElementChild as HTMLElement;
};

describe('selectorTrigger', () => {
  it('fires for a matching element already in the document, on a later task (never during start)', async () => {
    document.body.append(el('<div class="payment-error">Declined</div>'));
    const fire = vi.fn();
    const stop = selectorTrigger('.payment-error', fire);
    expect(fire).not.toHaveBeenCalled();
    await flush();
    expect(fire).toHaveBeenCalledTimes(1);
    stop();
  });

  it('fires when a matching element is added later, also deep inside an added subtree', async () => {
    const fire = vi.fn();
    const stop = selectorTrigger('.payment-error', fire);
    await flush();
    document.body.append(el('<section><p>other</p></section>'));
    await flush();
    expect(fire).not.toHaveBeenCalled();
    document.body.append(el('<section><div><p class="payment-error">Declined</p></div></section>'));
    await flush();
    expect(fire).toHaveBeenCalledTimes(1);
    stop();
  });

  it('waits while the match is hidden and fires when it becomes visible (itself or an ancestor)', async () => {
    const own = el('<div class="payment-error off">Declined</div>');
    const wrap = el('<div hidden><span class="card-error">Declined</span></div>');
    document.body.append(own, wrap);
    const fireOwn = vi.fn();
    const fireWrapped = vi.fn();
    const stops = [selectorTrigger('.payment-error', fireOwn), selectorTrigger('.card-error', fireWrapped)];
    await flush();
    expect(fireOwn).not.toHaveBeenCalled();
    expect(fireWrapped).not.toHaveBeenCalled();
    own.classList.remove('off');
    wrap.hidden = false;
    await flush();
    expect(fireOwn).toHaveBeenCalledTimes(1);
    expect(fireWrapped).toHaveBeenCalledTimes(1);
    stops.forEach((s) => s());
  });

  it('fires when an element gains the matching class', async () => {
    const box = el('<div class="status"></div>');
    document.body.append(box);
    const fire = vi.fn();
    const stop = selectorTrigger('.status.failed', fire);
    await flush();
    expect(fire).not.toHaveBeenCalled();
    box.classList.add('failed');
    await flush();
    expect(fire).toHaveBeenCalledTimes(1);
    stop();
  });

  it('falls back to layout boxes where checkVisibility is missing', async () => {
    const own = Object.getOwnPropertyDescriptor(Element.prototype, 'checkVisibility')!;
    Object.defineProperty(Element.prototype, 'checkVisibility', { value: undefined, configurable: true });
    const rects = vi.spyOn(Element.prototype, 'getClientRects').mockReturnValue([] as unknown as DOMRectList);
    const fire = vi.fn();
    const stop = selectorTrigger('.payment-error', fire);
    document.body.append(el('<div class="payment-error"></div>'));
    await flush();
    expect(fire).not.toHaveBeenCalled();
    rects.mockReturnValue([new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList);
    document.body.append(el('<div class="payment-error"></div>'));
    await flush();
    expect(fire).toHaveBeenCalled();
    stop();
    Object.defineProperty(Element.prototype, 'checkVisibility', own);
  });

  it('never throws for an invalid selector', async () => {
    const fire = vi.fn();
    const stop = selectorTrigger('div[', fire);
    document.body.append(el('<div></div>'));
    await flush();
    expect(fire).not.toHaveBeenCalled();
    stop();
  });

  it('stop ends everything: no fire, the shared observer disconnected, the start timer cleared', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const fire = vi.fn();
    document.body.append(el('<div class="payment-error"></div>'));
    const stopA = selectorTrigger('.payment-error', fire);
    const stopB = selectorTrigger('.other', fire);
    stopA();
    expect(disconnect).not.toHaveBeenCalled();
    stopB();
    expect(disconnect).toHaveBeenCalledTimes(1);
    await flush();
    document.body.append(el('<div class="payment-error"></div>'));
    await flush();
    expect(fire).not.toHaveBeenCalled();
  });
});
