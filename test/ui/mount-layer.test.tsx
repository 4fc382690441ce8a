// mount's part in issue #9: the top layer (Popover API), a page's modal dialog, and a phone's keyboard.
// happy-dom has neither the Popover API nor visualViewport: both are stubbed here; test/browser/ui-layer.test.ts
// and test/browser/ui-mobile.test.ts check the real thing in Chromium.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/preact';
import { show } from './show';

const popover = () => {
  const shown = new Set<HTMLElement>();
  const showPopover = vi.fn(function (this: HTMLElement) {
    shown.add(this);
  });
  Object.assign(HTMLElement.prototype, { showPopover, hidePopover: vi.fn() });
  return { showPopover, shown };
};

afterEach(() => {
  delete (HTMLElement.prototype as Partial<HTMLElement>).showPopover;
  delete (HTMLElement.prototype as Partial<HTMLElement>).hidePopover;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('top layer', () => {
  it('shows a floating prompt as a manual popover on its host, and takes the attribute back on unmount', async () => {
    const { showPopover } = popover();
    const { host, ui, unmount } = show();
    await ui.findByRole('radiogroup');
    expect(host.getAttribute('popover')).toBe('manual');
    expect(showPopover).toHaveBeenCalledOnce();
    expect(showPopover.mock.contexts[0]).toBe(host);
    unmount();
    expect(host.hasAttribute('popover')).toBe(false);
  });

  it('an inline prompt is not a popover', async () => {
    const { showPopover } = popover();
    const { host, ui } = show({}, { placement: 'inline' });
    await ui.findByRole('radiogroup');
    expect(host.hasAttribute('popover')).toBe(false);
    expect(showPopover).not.toHaveBeenCalled();
  });

  it('without the Popover API it renders as before (fixed, z-index from --moments-z)', async () => {
    const { host, ui } = show();
    await ui.findByRole('radiogroup');
    expect(host.hasAttribute('popover')).toBe(false);
  });

  it('waits while the page has a modal dialog open, and shows once it closes', async () => {
    const { showPopover } = popover();
    const dialog = document.body.appendChild(document.createElement('dialog'));
    let modal = true;
    // The prompt reads document methods through Document.prototype (a page element can shadow the document's own).
    const qs = Document.prototype.querySelector;
    vi.spyOn(Document.prototype, 'querySelector').mockImplementation(function (this: Document, s: string) {
      return s == 'dialog:modal' ? (modal ? dialog : null) : qs.call(this, s);
    } as typeof qs);
    dialog.setAttribute('open', '');
    const { host, shadow, on } = show();
    await new Promise((r) => setTimeout(r, 30)); // the locale has loaded by now; nothing may show yet
    expect(shadow.querySelector('[part=prompt]')).toBeNull();
    expect(showPopover).not.toHaveBeenCalled();
    modal = false;
    dialog.close();
    await waitFor(() => expect(shadow.querySelector('[part=prompt]')).not.toBeNull());
    expect(host.getAttribute('popover')).toBe('manual');
    await waitFor(() => expect(on.onShown).toHaveBeenCalledOnce());
  });

  it('unmounted while waiting for a dialog, it stops listening and never shows', async () => {
    popover();
    const dialog = document.body.appendChild(document.createElement('dialog'));
    const qs = Document.prototype.querySelector;
    const spy = vi.spyOn(Document.prototype, 'querySelector').mockImplementation(function (this: Document, s: string) {
      return s == 'dialog:modal' ? dialog : qs.call(this, s);
    } as typeof qs);
    // `close` is heard on the window's capture phase.
    const remove = vi.spyOn(window, 'removeEventListener');
    const { shadow, unmount } = show();
    await waitFor(() => expect(spy).toHaveBeenCalledWith('dialog:modal'));
    unmount();
    expect(remove).toHaveBeenCalledWith('close', expect.any(Function), true);
    dialog.setAttribute('open', '');
    dialog.close();
    await new Promise((r) => setTimeout(r, 30));
    expect(shadow.childNodes).toHaveLength(0);
  });
});

describe('phone keyboard', () => {
  // A stand-in for window.visualViewport: an event target with the two figures mount reads.
  let vv: EventTarget & { height: number; offsetTop: number };
  beforeEach(() => {
    vv = Object.assign(new EventTarget(), { height: 844, offsetTop: 0 });
    vi.stubGlobal('visualViewport', vv);
    vi.stubGlobal('innerHeight', 844);
  });
  const narrow = (yes: boolean) =>
    vi.spyOn(window, 'matchMedia').mockImplementation((q: string) => ({ matches: yes && q == '(max-width:480px)', media: q }) as MediaQueryList);

  it('a bottom sheet is lifted by what the keyboard hides, following resize and scroll until unmount', async () => {
    narrow(true);
    const add = vi.spyOn(vv, 'addEventListener');
    const remove = vi.spyOn(vv, 'removeEventListener');
    const { shadow, ui, unmount } = show();
    await ui.findByRole('radiogroup');
    const root = shadow.firstElementChild as HTMLElement;
    expect(root.style.getPropertyValue('--moments-kb')).toBe('0px');
    vv.height = 500;
    vv.dispatchEvent(new Event('resize'));
    expect(root.style.getPropertyValue('--moments-kb')).toBe('344px');
    vv.offsetTop = 100; // the browser panned the visual viewport down to the focused field
    vv.dispatchEvent(new Event('scroll'));
    expect(root.style.getPropertyValue('--moments-kb')).toBe('244px');
    expect(add.mock.calls.map((c) => c[0])).toEqual(['resize', 'scroll']);
    unmount();
    expect(remove.mock.calls.map((c) => c[0])).toEqual(['resize', 'scroll']);
    expect(remove.mock.calls.map((c) => c[1])).toEqual(add.mock.calls.map((c) => c[1]));
  });

  it('listens to nothing for a card on a wide screen, nor for an inline prompt', async () => {
    const add = vi.spyOn(vv, 'addEventListener');
    narrow(false);
    await show().ui.findByRole('radiogroup');
    narrow(true);
    const inline = show({}, { placement: 'inline' });
    await inline.ui.findByRole('radiogroup');
    expect(add).not.toHaveBeenCalled();
    expect((inline.shadow.firstElementChild as HTMLElement).style.getPropertyValue('--moments-kb')).toBe('');
  });
});
