// Test helper: mounts the prompt the way the eager part does and records every callback.
import { configure, within } from '@testing-library/preact';

// testing-library cannot pretty-print a shadow root in its error messages; keep the message alone.
configure({ getElementError: (message) => new Error(message ?? 'element not found') });
import { vi } from 'vitest';
import { mount } from '../../src/ui/mount';
import type { MountOptions } from '../../src/ui/contract';
import type { Touchpoint } from '../../src/core/types';

export function show(touchpoint: Partial<Touchpoint> = {}, options: Partial<MountOptions> = {}) {
  const host = document.createElement('div');
  host.setAttribute('data-moments-touchpoint', touchpoint.id ?? 'checkout');
  document.body.append(host);
  const on = {
    onShown: vi.fn(),
    onAnswer: vi.fn(),
    onComment: vi.fn(),
    onContact: vi.fn(),
    onDismiss: vi.fn(),
    onClose: vi.fn(),
  };
  const unmount = mount(host, {
    touchpoint: { id: 'checkout', question: 'How was checkout?', scale: 'emoji5', ...touchpoint },
    locale: 'en',
    theme: 'light',
    placement: 'bottom-right',
    ...on,
    ...options,
  });
  const shadow = host.shadowRoot!;
  return { host, shadow, ui: within(shadow as unknown as HTMLElement), on, unmount };
}
