import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/preact';

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    /* storage may be stubbed out by a test */
  }
});
