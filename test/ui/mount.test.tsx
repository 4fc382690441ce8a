import { describe, expect, it, vi } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/preact';
import { show } from './show';

describe('mount', () => {
  it('renders into an open shadow root styled by an adopted sheet, without inline styles', async () => {
    const { host, shadow, ui, on } = show();
    expect(host.shadowRoot).toBe(shadow);
    expect(shadow.adoptedStyleSheets).toHaveLength(1);
    expect(shadow.querySelector('style')).toBeNull();
    await ui.findByRole('radiogroup');
    expect(shadow.querySelector('[style]')).toBeNull();
    await waitFor(() => expect(on.onShown).toHaveBeenCalledOnce());
    // The render target is a div of its own, carrying placement and theme for the stylesheet.
    expect(shadow.firstElementChild?.className).toBe('r bottom-right light emoji5');
  });

  it('falls back to a <style> with the nonce where constructable sheets are missing', async () => {
    const original = globalThis.CSSStyleSheet;
    vi.stubGlobal('CSSStyleSheet', undefined);
    try {
      vi.resetModules(); // a fresh chunk: the stylesheet an earlier test made is shared by the page's prompts
      const { show: fresh } = await import('./show');
      const { shadow } = fresh({}, { nonce: 'abc123' });
      const style = shadow.querySelector('style')!;
      expect(style.nonce).toBe('abc123');
      expect(style.textContent).toContain(':host{all:initial!important');
    } finally {
      vi.stubGlobal('CSSStyleSheet', original);
    }
  });

  it('unmount removes everything it added and silences later callbacks', async () => {
    const { host, shadow, ui, on, unmount } = show({ scale: 'thumbs' });
    const opt = (await ui.findAllByRole('radio'))[0];
    unmount();
    expect(shadow.childNodes).toHaveLength(0);
    expect(shadow.adoptedStyleSheets).toHaveLength(0);
    fireEvent.click(opt);
    expect(on.onAnswer).not.toHaveBeenCalled();
    expect(host.isConnected).toBe(true); // the eager part removes the host itself
    unmount(); // twice is harmless
  });

  it('loads the locale chunk and lets config, then touchpoint, text win', async () => {
    const { ui } = show({ scale: 'thumbs', text: { dismiss: 'Zu' } }, { locale: 'de-AT', text: { dismiss: 'Weg damit', label: 'Meinung' } });
    expect(await ui.findByRole('radio', { name: 'Daumen hoch' })).toBeTruthy();
    expect(ui.getByRole('button', { name: 'Zu' })).toBeTruthy();
    expect(ui.getByRole('region', { name: 'Meinung' }).getAttribute('dir')).toBe('ltr');
  });

  it('unknown locales fall back to English', async () => {
    const { ui } = show({ scale: 'thumbs' }, { locale: 'xx' });
    expect(await ui.findByRole('radio', { name: 'Thumbs up' })).toBeTruthy();
  });

  it('Arabic lays out right to left', async () => {
    const { ui } = show({ scale: 'csat' }, { locale: 'ar' });
    const region = await ui.findByRole('region', { name: 'رأيك' });
    expect(region.getAttribute('dir')).toBe('rtl');
    expect(ui.getByRole('radio', { name: 'راضٍ جدًا' })).toBeTruthy();
  });

  it('a callback that throws is reported once and never breaks the prompt', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { ui } = show(
      { scale: 'thumbs' },
      {
        onAnswer: () => {
          throw new Error('boom');
        },
      },
    );
    fireEvent.click((await ui.findAllByRole('radio'))[1]);
    expect(await ui.findByText('Thank you for your feedback!', { selector: '[part=thanks]' })).toBeTruthy();
    expect(error).toHaveBeenCalledWith('Moments: onAnswer failed: boom');
    error.mockRestore();
  });

  it('config strings stay text', async () => {
    const { shadow, ui } = show({ question: '<img src=x onerror=alert(1)>' });
    await ui.findByRole('radiogroup');
    expect(shadow.querySelector('img')).toBeNull();
    expect(shadow.querySelector('[part=question]')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
