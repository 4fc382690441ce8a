import type { CommentRow } from '../store/store';
import type { AlertRule } from './alertSettings';

/** What tripped: a rule, a touchpoint, and the window's figures. */
export interface Trip {
  rule: AlertRule;
  touchpoint: string;
  /** The window, ISO times: `[since, until)`. */
  since: string;
  until: string;
  answers: number;
  misery: number;
  /** Misery share in % with one decimal. */
  share: number;
  /** The newest comments of misery of the touchpoint, with their context. */
  comments: CommentRow[];
  /** The map of moments filtered to the touchpoint. */
  mapUrl: string;
}

/** The machine-readable part of an alert (the `alert` key of the payload). */
export interface AlertBody {
  rule: string;
  condition: string;
  touchpoint: string;
  window: { minutes: number; since: string; until: string };
  answers: number;
  misery: number;
  miseryShare: number;
  comments: Array<{ time: string; comment: string; rating?: { scale: string; value: number }; context?: Record<string, unknown> }>;
  mapUrl: string;
}

// Slack's mrkdwn treats these three as control characters; everything else in user text is shown as is.
const slackText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The rule's condition in words.
 * @example
 * conditionText({ name: 'pay', windowMinutes: 30, miseryShareAbove: 40, minAnswers: 10 }) // 'misery share above 40% with at least 10 answers in 30 min'
 */
export function conditionText(rule: AlertRule): string {
  return 'miseryShareAbove' in rule
    ? `misery share above ${rule.miseryShareAbove}% with at least ${rule.minAnswers} answers in ${rule.windowMinutes} min`
    : `at least ${rule.miseryAtLeast} misery answers in ${rule.windowMinutes} min`;
}

/**
 * The webhook's JSON: `text` and `blocks` (section fields) as Slack's incoming webhooks take them
 * as they are, plus `alert` with the figures for any other receiver (Slack ignores it).
 * @example
 * const body = JSON.stringify(alertPayload(trip));
 */
export function alertPayload(trip: Trip): { text: string; blocks: unknown[]; alert: AlertBody } {
  const { rule } = trip;
  const tp = trip.touchpoint || '(no touchpoint)';
  const text = `Moments alert: ${tp} has ${trip.misery} moments of misery of ${trip.answers} answers (${trip.share}%) in the last ${rule.windowMinutes} min (rule "${rule.name}": ${conditionText(rule)})`;
  const comments = trip.comments.map((c) => ({
    time: c.time,
    comment: c.comment,
    ...(c.rating ? { rating: c.rating } : {}),
    ...(c.context ? { context: c.context } : {}),
  }));
  const commentLines = comments.map((c) => {
    const context = c.context && Object.keys(c.context).length ? ` _${slackText(clip(JSON.stringify(c.context), 200))}_` : '';
    return `• ${slackText(c.time.slice(11, 16))} UTC${c.rating ? ` (${c.rating.scale} ${c.rating.value})` : ''}: ${slackText(clip(c.comment, 300))}${context}`;
  });
  const blocks: unknown[] = [
    { type: 'section', text: { type: 'mrkdwn', text: `*Moments of misery at ${slackText(tp)}*` } },
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*Touchpoint*\n${slackText(tp)}` },
        { type: 'mrkdwn', text: `*Window*\nlast ${rule.windowMinutes} min` },
        { type: 'mrkdwn', text: `*Misery*\n${trip.misery} of ${trip.answers} answers (${trip.share}%)` },
        // Slack takes at most 2,000 characters per field.
        { type: 'mrkdwn', text: clip(`*Rule*\n${slackText(rule.name)}: ${slackText(conditionText(rule))}`, 1900) },
      ],
    },
  ];
  if (commentLines.length) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(`*Latest comments*\n${commentLines.join('\n')}`, 2900) } });
  blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `<${trip.mapUrl}|Open the map of moments for ${slackText(tp)}>` } });
  return {
    text,
    blocks,
    alert: {
      rule: rule.name,
      condition: conditionText(rule),
      touchpoint: trip.touchpoint,
      window: { minutes: rule.windowMinutes, since: trip.since, until: trip.until },
      answers: trip.answers,
      misery: trip.misery,
      miseryShare: trip.share,
      comments,
      mapUrl: trip.mapUrl,
    },
  };
}
