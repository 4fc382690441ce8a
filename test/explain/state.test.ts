import { describe, expect, it } from 'vitest';
import { state, statuses } from '../../src/explain/state';

describe('state', () => {
  it.each([
    [['shown'], 'shown'],
    [['manual'], 'waiting'],
    [['path', '/'], 'waiting'],
    [['when', '{}'], 'waiting'],
    [['consent'], 'waiting'],
    [['cap', 2], 'ruled out'],
    [['invalid', 'scale', 'ethumbs'], 'ruled out'],
    [['busy', 'x'], 'ruled out'],
    [['waiting', 'x'], 'waiting'],
    [['preempted', 'x'], 'ruled out'],
  ] as const)('%j → %s', (reason, s) => {
    expect(state([...reason])).toBe(s);
  });

  it('lists each touchpoint with its state, words and reason', () => {
    expect(statuses({ a: ['manual'], b: ['sample', 0.1] })).toEqual([
      { id: 'a', state: 'waiting', why: 'waiting for Moments.show()', reason: ['manual'] },
      { id: 'b', state: 'ruled out', why: 'sampled out (sample 0.1)', reason: ['sample', 0.1] },
    ]);
  });
});
