import type { Problem } from '../core/config';

const KINDS: Record<string, string> = {
  s: 'a non-empty string',
  b: 'true or false',
  o: 'an object',
  l: 'a list',
  c: 'a valid CSS selector',
  r: 'a valid regular expression',
  C: 'an object or a function',
  R: '{ url, status? } with status like ">=400"',
  F: 'a list of { min, max, question?, reasons? | comment? }',
  K: '{ min, max, question? } (the ratings the contact step is offered for)',
  T: 'false or { text?, link?: { href, text }, closeAfterMs? }',
};

/** What a field spec code (see `SPECS` in core/config) asks for, in words: `n0,1` → "a number from 0 to 1". */
const expected = (code: string) => {
  const arg = code.slice(1);
  const [min, max] = arg.split(',');
  return { n: `a number from ${min} to ${max}`, e: 'one of ' + arg.split('|').join(', ') }[code[0]] ?? KINDS[code[0]];
};

/**
 * Words one problem of a touchpoint (or of the top level) without saying where.
 * @example problemText('scale', 'ethumbs|nps') // → 'scale must be one of thumbs, nps'
 */
export function problemText(field: string | number, code: string): string {
  return (
    {
      '?': `unknown field "${field}"`,
      '!': `${field} is missing`,
      '2': `id "${field}" is used twice`,
      w: 'when names nothing (omit it to show only through Moments.show)',
      i: 'container is missing (needed by placement "inline")',
      O: 'must be an object',
    }[code] ?? `${field} must be ${expected(code)}`
  );
}

/**
 * Words a config problem recorded by `resolveConfig`, naming the touchpoint (or sink) and field, as the drop-in prints it.
 * @example problem(['checkout', 'scale', 'ethumbs|nps']) // → 'touchpoint "checkout": scale must be one of thumbs, nps'
 */
export function problem([where, field, code]: Problem): string {
  if (code == '{') return 'config must be an object with "touchpoints"';
  if (code == 'S') return `sinks[${field}] must be a function, { name, send } or { type: http | cloudevents | console | dataLayer | gtag | segment | posthog }`;
  if (code == 'U') return `sinks[${field}] url must be a non-empty string`;
  return (where == null ? 'config: ' : typeof where == 'number' ? `touchpoints[${where}]: ` : `touchpoint "${where}": `) + problemText(field, code);
}
