import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeMutations } from '../../src/triggers/observe';
import { flush } from './track';

afterEach(() => vi.restoreAllMocks());

describe('observeMutations', () => {
  it('calls subscribers once per batch of added nodes and class, style or hidden changes', async () => {
    const target = document.createElement('p');
    document.body.append(target);
    await flush();
    const listener = vi.fn();
    const off = observeMutations(listener);
    document.body.append(document.createElement('div'), document.createElement('span'));
    await flush();
    expect(listener).toHaveBeenCalledTimes(1);
    target.className = 'shown';
    await flush();
    target.style.display = 'block';
    await flush();
    target.hidden = true;
    await flush();
    expect(listener).toHaveBeenCalledTimes(4);
    target.setAttribute('data-x', '1'); // not watched
    target.title = 'nor this';
    await flush();
    expect(listener).toHaveBeenCalledTimes(4);
    off();
  });

  it('uses one observer for all subscribers and disconnects it after the last one leaves', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const one = vi.fn();
    const two = vi.fn();
    const offOne = observeMutations(one);
    const offTwo = observeMutations(two);
    expect(observe).toHaveBeenCalledTimes(1);
    document.body.append(document.createElement('i'));
    await flush();
    expect(one).toHaveBeenCalledTimes(1);
    expect(two).toHaveBeenCalledTimes(1);
    offOne();
    offOne(); // twice is harmless
    expect(disconnect).not.toHaveBeenCalled();
    offTwo();
    expect(disconnect).toHaveBeenCalledTimes(1);
    document.body.append(document.createElement('i'));
    await flush();
    expect(two).toHaveBeenCalledTimes(1);

    const three = vi.fn();
    const offThree = observeMutations(three);
    expect(observe).toHaveBeenCalledTimes(2);
    document.body.append(document.createElement('b'));
    await flush();
    expect(three).toHaveBeenCalledTimes(1);
    offThree();
  });
});
