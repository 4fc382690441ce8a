import { afterEach, describe, expect, it, vi } from 'vitest';
import { submitTrigger } from '../../src/triggers/submit';
import { trackListeners } from './track';

afterEach(() => vi.restoreAllMocks());

const form = (className: string) => {
  const f = document.createElement('form');
  f.className = className;
  // A single-page app handles the submit itself (and happy-dom would try to navigate otherwise).
  f.addEventListener('submit', (e) => e.preventDefault());
  document.body.append(f);
  return f;
};
const submit = (f: HTMLFormElement) => f.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

describe('submitTrigger', () => {
  it('fires when a matching form, added later, is submitted', () => {
    const fire = vi.fn();
    const stop = submitTrigger('form.contact', fire);
    submit(form('contact'));
    expect(fire).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does not fire for other forms', () => {
    const fire = vi.fn();
    const stop = submitTrigger('form.contact', fire);
    submit(form('search'));
    expect(fire).not.toHaveBeenCalled();
    stop();
  });

  it('stop removes its listener', () => {
    const tracked = trackListeners();
    const fire = vi.fn();
    const stop = submitTrigger('form', fire);
    expect(tracked.added()).toEqual(['submit']);
    stop();
    expect(tracked.live()).toEqual([]);
    submit(form('contact'));
    expect(fire).not.toHaveBeenCalled();
  });
});
