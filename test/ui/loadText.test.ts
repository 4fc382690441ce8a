import { expect, it } from 'vitest';
import { loadText } from '../../src/ui/loadText';
import { en } from '../../src/ui/en';
import type { Text } from '../../src/core/types';

const keys = Object.keys(en).sort();

it('every locale has every string, with the same shape as English', async () => {
  for (const tag of ['de', 'fr', 'es', 'pt', 'ja', 'ar']) {
    const t: Text = await loadText(tag);
    expect(t).not.toBe(en);
    expect(Object.keys(t).sort()).toEqual(keys);
    for (const k of ['thumbs', 'emoji5', 'stars5', 'csat'] as const) expect(t[k]).toHaveLength(en[k].length);
    expect(t.remaining).toContain('{n}');
  }
});

it('region subtags and case resolve to the language; unknown tags to English', async () => {
  expect((await loadText('PT-br')).submit).toBe('Enviar');
  expect(await loadText('zz')).toBe(en);
  expect(await loadText('en-GB')).toBe(en);
});
