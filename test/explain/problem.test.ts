import { describe, expect, it } from 'vitest';
import { problem, problemText } from '../../src/explain/problem';
import { resolveConfig } from '../../src/core/config';

describe('problem', () => {
  it.each([
    [[undefined, '', '{'], 'config must be an object with "touchpoints"'],
    [[undefined, 'theme', 'elight|dark|auto'], 'config: theme must be one of light, dark, auto'],
    [[undefined, 'colour', '?'], 'config: unknown field "colour"'],
    [['checkout', 'sample', 'n0,1'], 'touchpoint "checkout": sample must be a number from 0 to 1'],
    [['checkout', 'question', '!'], 'touchpoint "checkout": question is missing'],
    [['checkout', 'checkout', '2'], 'touchpoint "checkout": id "checkout" is used twice'],
    [['checkout', 'when', 'w'], 'touchpoint "checkout": when names nothing (omit it to show only through Moments.show)'],
    [['checkout', 'container', 'i'], 'touchpoint "checkout": container is missing (needed by placement "inline")'],
    [['checkout', 'when.selector', 'c'], 'touchpoint "checkout": when.selector must be a valid CSS selector'],
    [[undefined, 'context', 'C'], 'config: context must be an object or a function'],
    [['checkout', 'when.request', 'R'], 'touchpoint "checkout": when.request must be { url, status? } with status like ">=400"'],
    [[2, '', 'O'], 'touchpoints[2]: must be an object'],
    [[undefined, 3, 'S'], 'sinks[3] must be a function, { name, send } or { type: http | cloudevents | console | dataLayer | gtag | segment | posthog }'],
    [[undefined, 4, 'U'], 'sinks[4] url must be a non-empty string'],
  ] as const)('%j → %s', (p, text) => {
    expect(problem([...p])).toBe(text);
  });

  it('words every spec code the validator uses', () => {
    const { problems } = resolveConfig({
      theme: 1, text: 1, nonce: '', keepQuery: 'yes', context: 1, sinks: {},
      touchpoints: [{ id: 'a', question: 'q', scale: 'nps', when: { url: '(', exitIntent: 1 }, thanks: 1, followUp: 1, sample: 'x' }],
    });
    expect(problems.map(problem)).toEqual([
      'config: theme must be one of light, dark, auto',
      'config: text must be an object',
      'config: nonce must be a non-empty string',
      'config: keepQuery must be true or false',
      'config: context must be an object or a function',
      'config: sinks must be a list',
      'touchpoint "a": thanks must be false or { text?, link?: { href, text }, closeAfterMs? }',
      'touchpoint "a": followUp must be a list of { min, max, question?, reasons? | comment? }',
      'touchpoint "a": sample must be a number from 0 to 1',
      'touchpoint "a": when.url must be a valid regular expression',
      'touchpoint "a": when.exitIntent must be true or false',
    ]);
  });

  it('words a problem without saying where, for Moments.explain()', () => {
    expect(problemText('scale', 'ethumbs|nps')).toBe('scale must be one of thumbs, nps');
  });
});
