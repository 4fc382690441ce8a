import { describe, expect, expectTypeOf, it } from 'vitest';
import type { When } from '../../src/core/types';
import { triggers } from '../../src/triggers/index';
import type { Trigger } from '../../src/triggers/trigger';

type Kinds = { [K in Exclude<keyof When, 'path' | 'url'>]-?: Trigger<NonNullable<When[K]>> };

describe('triggers', () => {
  it('has one trigger per `when` key except the path/url gates, with matching option types', () => {
    expectTypeOf(triggers).toEqualTypeOf<Kinds>();
    expect(Object.keys(triggers).sort()).toEqual(
      ['click', 'delayMs', 'event', 'exitIntent', 'idleMs', 'request', 'scrollPercent', 'selector', 'submit'],
    );
    for (const t of Object.values(triggers)) expect(typeof t).toBe('function');
  });
});
