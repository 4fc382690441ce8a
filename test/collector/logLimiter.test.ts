import { expect, it } from 'vitest';
import { createLogLimiter } from '../../src/collector/http/logLimiter';

it('logs one line per cause per interval, then says how many it left out', () => {
  const lines: string[] = [];
  let t = 0;
  const log = createLogLimiter((l) => lines.push(l), 60_000, () => t);
  for (let i = 0; i < 1000; i++) log('aborted', 'a client aborted');
  log('store', 'storing failed');
  expect(lines).toEqual(['a client aborted', 'storing failed']);
  t = 60_000;
  log('aborted', 'a client aborted');
  expect(lines[2]).toBe('a client aborted (999 more like it since the last line)');
});
