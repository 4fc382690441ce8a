import type { Scale } from '../../core/types';
import { escapeHtml as h } from './escapeHtml';
import { moodOf } from '../store/moodOf';
import type { Score } from './score';
import type { DashboardQuery } from '../store/store';
import type { DashboardFigures, ScaleFigures, TouchpointFigures } from './summarize';

/** The Content-Security-Policy the dashboard is served with: no script at all, styles from /dashboard.css. */
export const DASHBOARD_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const SCALE_NAMES: Record<Scale, string> = { thumbs: 'Thumbs', emoji5: 'Emoji (1–5)', stars5: 'Stars (1–5)', csat: 'CSAT (1–5)', nps: 'NPS (0–10)' };
const MOOD_CLASS = { '-1': 'bad', '0': 'mid', '1': 'good' } as const;

// Thousands separators without Intl: toLocaleString costs more than the rest of a page render.
const fmt = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : '–');
const showScore = (s: Score) => (s.value === null ? '–' : `${s.value}${s.unit}`);

/** Horizontal bars of a rating distribution, coloured misery / neutral / magic. */
function distributionChart(f: ScaleFigures): string {
  const max = Math.max(1, ...f.distribution.map((d) => d.count));
  const row = 22;
  const bars = f.distribution
    .map((d, i) => {
      const w = Math.round((d.count / max) * 260);
      const y = i * row;
      return (
        `<text x="0" y="${y + 15}">${h(d.value)}</text>` +
        `<rect class="bar ${MOOD_CLASS[moodOf(f.scale, d.value)]}" x="28" y="${y + 4}" width="${w}" height="15" rx="3"><title>${h(d.value)}: ${fmt(d.count)}</title></rect>` +
        `<text x="${34 + w}" y="${y + 15}">${fmt(d.count)}</text>`
      );
    })
    .join('');
  return `<svg viewBox="0 0 360 ${f.distribution.length * row}" role="img" aria-label="${h(SCALE_NAMES[f.scale])} distribution">${bars}</svg>`;
}

/** Days of the inclusive range, so the score chart keeps gaps where nobody answered. */
function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  const d = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  while (d <= end && out.length < 3660) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

/** The score by day as columns (NPS drawn around a zero line). */
function dayChart(f: ScaleFigures, q: DashboardQuery): string {
  const days = daysOf(q.from, q.to);
  const byDay = new Map(f.days.map((d) => [d.day, d]));
  const W = 600;
  const H = 120;
  const nps = f.scale === 'nps';
  const zero = nps ? H / 2 : H;
  const step = W / Math.max(1, days.length);
  const cols = days
    .map((day, i) => {
      const d = byDay.get(day);
      if (!d || d.score.value === null) return '';
      const v = d.score.value;
      const len = Math.max(1, Math.abs(v) / 100 * (nps ? H / 2 : H));
      const y = v >= 0 ? zero - len : zero;
      const cls = nps ? (v >= 0 ? 'good' : 'bad') : '';
      return `<rect class="bar ${cls}" x="${(i * step + step * 0.1).toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(0.5, step * 0.8).toFixed(1)}" height="${len.toFixed(1)}"><title>${h(day)}: ${h(showScore(d.score))} (${fmt(d.answers)} answers)</title></rect>`;
    })
    .join('');
  return (
    `<svg viewBox="0 0 ${W} ${H + 16}" role="img" aria-label="${h(f.score.label)} by day">` +
    `<line class="axis" x1="0" x2="${W}" y1="${zero}" y2="${zero}"/>${cols}` +
    `<text x="0" y="${H + 14}">${h(days[0] ?? '')}</text><text x="${W}" y="${H + 14}" text-anchor="end">${h(days[days.length - 1] ?? '')}</text></svg>`
  );
}

function touchpointSection(t: TouchpointFigures, q: DashboardQuery): string {
  const scales = t.scales
    .map(
      (s) => `<div class="scale" data-scale="${h(s.scale)}">
  <div><h3>${h(SCALE_NAMES[s.scale])}</h3><div class="score" data-score="${h(s.score.label)}">${h(showScore(s.score))}</div>
  <div class="muted">${h(s.score.label)} · ${fmt(s.answers)} ${s.answers === 1 ? 'answer' : 'answers'}</div>${distributionChart(s)}</div>
  <div><h3>${h(s.score.label)} by day</h3>${dayChart(s, q)}</div>
</div>`,
    )
    .join('\n');
  return `<section class="touchpoint" id="tp-${h(t.touchpoint)}" data-touchpoint="${h(t.touchpoint)}">
<h2>${t.touchpoint ? h(t.touchpoint) : '<span class="muted">(no touchpoint)</span>'}</h2>
<ul class="counts">
  <li><b data-count="shown">${fmt(t.shown)}</b><span>shown</span></li>
  <li><b data-count="answered">${fmt(t.answered)}</b><span>answered (${pct(t.answered, t.shown)})</span></li>
  <li><b data-count="dismissed">${fmt(t.dismissed)}</b><span>dismissed (${pct(t.dismissed, t.shown)})</span></li>
  <li><b data-count="commented">${fmt(t.commented)}</b><span>comments</span></li>
</ul>
${scales || '<p class="empty">No answers in this range.</p>'}
</section>`;
}

function link(q: DashboardQuery, mood: DashboardQuery['mood'], page = 1): string {
  const p = new URLSearchParams({ from: q.from, to: q.to });
  if (mood) p.set('mood', mood);
  if (page > 1) p.set('page', String(page));
  return `/dashboard?${p}`;
}

/** Previous/next links when the touchpoints of the range span more than one page. */
function pager(f: DashboardFigures, q: DashboardQuery): string {
  const size = q.touchpointLimit ?? 0;
  const offset = q.touchpointOffset ?? 0;
  if (!size || (!f.more && offset === 0)) return '';
  const page = Math.floor(offset / size) + 1;
  const shown = f.touchpoints.length ? `Touchpoints ${fmt(offset + 1)}–${fmt(offset + f.touchpoints.length)}` : `Page ${page}`;
  const previous = page > 1 ? ` · <a href="${h(link(q, q.mood, page - 1))}" rel="prev">previous</a>` : '';
  const next = f.more ? ` · <a href="${h(link(q, q.mood, page + 1))}" rel="next">next</a>` : '';
  return `<nav class="pager muted" aria-label="Touchpoint pages">${shown}${previous}${next}</nav>`;
}

function commentsSection(f: DashboardFigures, q: DashboardQuery): string {
  const filters = ([
    [undefined, 'All'],
    ['misery', 'Moments of misery'],
    ['magic', 'Moments of magic'],
  ] as const)
    .map(([m, label]) => `<a href="${h(link(q, m))}"${q.mood === m ? ' aria-current="page"' : ''}>${label}</a>`)
    .join('');
  const items = f.comments
    .map((c) => {
      const rating = c.rating
        ? `<span class="rating ${MOOD_CLASS[moodOf(c.rating.scale, c.rating.value)]}">${h(c.rating.scale)} ${h(c.rating.value)}</span> · `
        : '';
      const reasons = c.reasons?.length ? `<ul class="chips">${c.reasons.map((r) => `<li>${h(r)}</li>`).join('')}</ul>` : '';
      const context = c.context && Object.keys(c.context).length ? `<pre class="context">${h(JSON.stringify(c.context, null, 2))}</pre>` : '';
      return `<li data-id="${h(c.id)}"><div class="muted">${rating}<time datetime="${h(c.time)}">${h(c.time.slice(0, 16).replace('T', ' '))} UTC</time> · ${h(c.touchpoint)} · <span class="page">${h(c.page.title)} (${h(c.page.path)})</span></div>
<p class="comment">${h(c.comment)}</p>${reasons}${context}</li>`;
    })
    .join('\n');
  return `<section id="comments"><h2>Latest comments</h2><nav class="filters" aria-label="Filter comments">${filters}</nav>
${items ? `<ol class="comments">${items}</ol>` : '<p class="empty">No comments in this range.</p>'}</section>`;
}

/**
 * The dashboard page as one HTML string. Everything that came from an event is escaped; the page
 * has no script, so the CSP can forbid all of it.
 */
export function renderDashboard(f: DashboardFigures, q: DashboardQuery, note?: string): string {
  const body = f.touchpoints.length ? f.touchpoints.map((t) => touchpointSection(t, q)).join('\n') : '<section><p class="empty">No moments in this range yet.</p></section>';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Moments dashboard</title><link rel="stylesheet" href="/dashboard.css"></head>
<body>
<header><h1>Moments</h1><nav class="views" aria-label="Views"><a href="/map?${h(new URLSearchParams({ from: q.from, to: q.to }).toString())}">Map</a><a href="/dashboard" aria-current="page">Details</a></nav>
<form method="get" action="/dashboard">
  <label>From <input type="date" name="from" value="${h(q.from)}" required></label>
  <label>To <input type="date" name="to" value="${h(q.to)}" required></label>
  <label>Comments <select name="mood">
    <option value="">All</option>
    <option value="misery"${q.mood === 'misery' ? ' selected' : ''}>Moments of misery</option>
    <option value="magic"${q.mood === 'magic' ? ' selected' : ''}>Moments of magic</option>
  </select></label>
  <button type="submit">Show</button>
</form></header>
<main>
${note ? `<p class="muted" role="status">${h(note)}</p>` : ''}
${f.dropped ? `<p class="muted">${fmt(f.dropped)} events were dropped by full widget queues in this range.</p>` : ''}
${body}
${pager(f, q)}
${commentsSection(f, q)}
</main>
</body>
</html>`;
}
