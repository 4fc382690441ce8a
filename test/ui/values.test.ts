import { expect, it } from 'vitest';
import { values } from '../../src/ui/values';
import { isRtl } from '../../src/ui/isRtl';

it('values: thumbs 0/1, nps 0–10, the 1–5 scales', () => {
  expect(values('thumbs')).toEqual([0, 1]);
  expect(values('nps')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  for (const s of ['emoji5', 'stars5', 'csat'] as const) expect(values(s)).toEqual([1, 2, 3, 4, 5]);
});

it('isRtl: Arabic, Hebrew, Persian, Urdu by primary subtag', () => {
  for (const t of ['ar', 'ar-EG', 'he', 'fa-IR', 'ur']) expect(isRtl(t)).toBe(true);
  for (const t of ['en', 'de', 'ja', 'arn', 'hr']) expect(isRtl(t)).toBe(false);
});
