import type { Reason } from '../core/eligibility';
import { problemText } from './problem';

const date = (t: string | number) => new Date(t).toISOString().slice(0, 10);
const ago = (t: string | number) => {
  const days = Math.floor((Date.now() - +t) / 864e5);
  return days < 1 ? 'today' : days == 1 ? 'yesterday' : `${days} days ago`;
};

/**
 * Words a status reason code for people (this chunk loads only for `Moments.explain()` and debug mode).
 * @example describe(['cooldown', shownAt, until]) // → 'shown 3 days ago, in cooldown until 2026-12-09'
 */
export function describe([code, a, b, c]: Reason): string {
  switch (code) {
    case 'invalid':
      return `invalid config: ${problemText(a, String(b))}`;
    case 'manual':
      return 'waiting for Moments.show()';
    case 'path':
      return `path/url does not match ${a}`;
    case 'when':
      return 'waiting for ' + Object.entries(JSON.parse(String(a))).map(([k, v]) => `${k} ${JSON.stringify(v)}`).join(' and ');
    case 'shown':
      return 'shown on this page';
    case 'busy':
      return `fired while "${a}" was showing (overlap: drop)`;
    case 'waiting':
      return `waiting for "${a}" to close`;
    case 'preempted':
      return `replaced by "${a}" (higher priority) before an answer`;
    case 'container':
      return `container "${a}" not found`;
    case 'dnt':
      return 'Do-Not-Track or Global Privacy Control is on (respectDoNotTrack)';
    case 'refused':
      return 'consent refused (Moments.consent(false))';
    case 'consent':
      return 'waiting for consent (Moments.consent(true))';
    case 'sample':
      return `sampled out (sample ${a})`;
    case 'once':
      return c == 'session' ? 'already answered or dismissed this session (once: "session")' : `${a} ${ago(b)}, on ${date(b)} (once: "visitor")`;
    case 'cooldown':
      return `shown ${ago(a)}, in cooldown until ${date(b)} (cooldownDays)`;
    case 'quiet':
      return `dismissed ${ago(a)}, quiet until ${date(b)} (dismissCooldownDays)`;
    case 'cap':
      return `session cap reached (maxPromptsPerSession: ${a})`;
    case 'gap':
      return `another prompt was shown less than ${a} min ago (minGapMinutes)`;
  }
  return code;
}
