import { escapeHtml as h } from '../dashboard/escapeHtml';
import { moodOf } from '../store/moodOf';
import type { CommentRow } from '../store/store';
import type { MapFigures, MapTouchpoint } from './mapFigures';
import type { MapQuery } from './parseMapQuery';
import { daysBetween } from './previousPeriod';
import type { ContactRequest } from './contactRequest';

const MOOD_CLASS = { '-1': 'bad', '0': 'mid', '1': 'good' } as const;
const fmt = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const pct = (n: number | null) => (n === null ? '–' : `${n}%`);
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

/**
 * A map URL with the query's fields, some changed (undefined removes one).
 * @example
 * mapLink(query, { touchpoint: 'payment' }, '#comments') // '/map?from=…&to=…&touchpoint=payment#comments'
 */
export function mapLink(q: MapQuery, change: Partial<Record<keyof MapQuery, string | undefined>> = {}, hash = ''): string {
  const merged: Record<string, string | undefined> = { from: q.from, to: q.to, order: q.order === 'worst' ? 'worst' : undefined, touchpoint: q.touchpoint, key: q.key, value: q.value, ...change };
  const p = new URLSearchParams();
  for (const [name, v] of Object.entries(merged)) if (v !== undefined) p.set(name, v);
  return `/map?${p}${hash}`;
}

/** The detail card of a touchpoint on the dashboard (its section's id). */
const detailLink = (q: MapQuery, touchpoint: string) => `/dashboard?${new URLSearchParams({ from: q.from, to: q.to })}#tp-${encodeURIComponent(touchpoint)}`;

/** Misery share by day as small columns (empty days leave gaps), server-rendered SVG. */
function trendChart(t: MapTouchpoint, q: MapQuery): string {
  const days = daysBetween(q.from, q.to);
  const byDay = new Map(t.days.map((d) => [d.day, d]));
  const W = 200;
  const H = 40;
  const step = W / Math.max(1, days.length);
  const cols = days
    .map((day, i) => {
      const d = byDay.get(day);
      if (!d || !d.answers) return '';
      const share = d.misery / d.answers;
      const len = Math.max(1, share * H);
      const title = `${day}: ${fmt(d.answers)} answers, ${Math.round(share * 100)}% misery${d.score === null ? '' : `, score ${d.score}`}`;
      return `<rect class="bar ${share >= 0.5 ? 'bad' : share > 0 ? 'mid' : 'good'}" x="${(i * step + step * 0.1).toFixed(1)}" y="${(H - len).toFixed(1)}" width="${Math.max(0.5, step * 0.8).toFixed(1)}" height="${len.toFixed(1)}"><title>${h(title)}</title></rect>`;
    })
    .join('');
  return `<svg class="trend" viewBox="0 0 ${W} ${H + 1}" preserveAspectRatio="none" role="img" aria-label="Misery share by day"><line class="axis" x1="0" x2="${W}" y1="${H + 0.5}" y2="${H + 0.5}"/>${cols}</svg>`;
}

function changeText(value: number | null, unit: string, worseWhenUp: boolean): string {
  if (value === null) return '<span class="change">new</span>';
  const cls = value === 0 ? '' : (value > 0) === worseWhenUp ? ' worse' : ' better';
  return `<span class="change${cls}">${signed(value)}${unit}</span>`;
}

function card(t: MapTouchpoint, q: MapQuery): string {
  const name = t.touchpoint ? h(t.touchpoint) : '<span class="muted">(no touchpoint)</span>';
  const score = t.score ? `${t.score.value === null ? '–' : `${t.score.value}${t.score.unit}`}` : '–';
  return `<li class="moment" data-touchpoint="${h(t.touchpoint)}">
${t.stage ? `<p class="stage" data-stage="${h(t.stage)}">${h(t.stage)}</p>` : ''}<h2><a href="${h(detailLink(q, t.touchpoint))}">${name}</a></h2>
<dl class="figures">
  <div><dt>Answers</dt><dd data-figure="answers">${fmt(t.answers)} ${changeText(t.change.answers, '', false)}</dd></div>
  <div><dt>Misery</dt><dd data-figure="misery" class="bad">${pct(t.miseryShare)} ${changeText(t.change.miseryShare, ' pts', true)}</dd></div>
  <div><dt>Magic</dt><dd data-figure="magic" class="good">${pct(t.magicShare)}</dd></div>
  <div><dt>${h(t.score?.label ?? 'Score')}</dt><dd data-figure="score">${h(score)} ${t.score ? changeText(t.change.score, '', false) : ''}</dd></div>
</dl>
${trendChart(t, q)}
<p class="links"><a href="${h(mapLink(q, { touchpoint: t.touchpoint }, '#comments'))}">Misery comments</a> · <a href="${h(detailLink(q, t.touchpoint))}">Details</a></p>
</li>`;
}

/** One context entry: a link that filters the list to it (plain values), or text (objects). */
function contextEntry(q: MapQuery, key: string, value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (value !== null && typeof value === 'object') return `<li><span class="key">${h(key)}</span> = ${h(text)}</li>`;
  return `<li><a href="${h(mapLink(q, { key, value: text }, '#comments'))}" title="Only comments with ${h(key)} = ${h(text)}"><span class="key">${h(key)}</span> = ${h(text)}</a></li>`;
}

function commentItem(c: CommentRow, q: MapQuery): string {
  const rating = c.rating ? `<span class="rating ${MOOD_CLASS[moodOf(c.rating.scale, c.rating.value)]}">${h(c.rating.scale)} ${h(c.rating.value)}</span> · ` : '';
  const context = c.context && Object.keys(c.context).length ? `<ul class="context">${Object.entries(c.context).map(([k, v]) => contextEntry(q, k, v)).join('')}</ul>` : '';
  const reasons = c.reasons?.length ? `<ul class="chips">${c.reasons.map((r) => `<li>${h(r)}</li>`).join('')}</ul>` : '';
  return `<li data-id="${h(c.id)}"><div class="muted">${rating}<time datetime="${h(c.time)}">${h(c.time.slice(0, 16).replace('T', ' '))} UTC</time> · <a class="tp" href="${h(mapLink(q, { touchpoint: c.touchpoint }, '#comments'))}">${h(c.touchpoint)}</a> · <span class="page">${h(c.page.title)} (${h(c.page.path)})</span></div>
<p class="comment">${h(c.comment)}</p>${reasons}${context}</li>`;
}

/** A `mailto:` link's target: the address percent-encoded, so no `?` or `#` in it can add headers or a fragment. */
const mailto = (email: string) => `mailto:${encodeURIComponent(email).replace('%40', '@')}`;

function contactItem(c: ContactRequest, q: MapQuery): string {
  const rating = c.rating ? `<span class="rating ${MOOD_CLASS[moodOf(c.rating.scale, c.rating.value)]}">${h(c.rating.scale)} ${h(c.rating.value)}</span> · ` : '';
  const context = c.context && Object.keys(c.context).length ? `<ul class="context">${Object.entries(c.context).map(([k, v]) => contextEntry(q, k, v)).join('')}</ul>` : '';
  return `<li data-id="${h(c.id)}" data-moment="${h(c.moment)}"><div class="muted">${rating}<time datetime="${h(c.time)}">${h(c.time.slice(0, 16).replace('T', ' '))} UTC</time> · <a class="tp" href="${h(mapLink(q, { touchpoint: c.touchpoint }, '#contact'))}">${h(c.touchpoint)}</a> · <span class="page">${h(c.page.title)} (${h(c.page.path)})</span></div>
<p class="email"><a href="${h(mailto(c.email))}">${h(c.email)}</a></p>${c.comment !== undefined ? `<p class="comment">${h(c.comment)}</p>` : ''}${context}</li>`;
}

function contactsSection(contacts: ContactRequest[], q: MapQuery): string {
  const items = contacts.map((c) => contactItem(c, q)).join('\n');
  return `<section id="contact"><h2>Customers to contact</h2>
<p class="muted">Moments of misery whose customer asked to be contacted, newest first (same filters as the comments). The addresses are personal data: keep this page for the team.</p>
${items ? `<ol class="comments contacts">${items}</ol>` : '<p class="empty">No customer asked to be contacted about a moment of misery in this range.</p>'}</section>`;
}

function commentsSection(comments: CommentRow[], q: MapQuery): string {
  const active: string[] = [];
  if (q.touchpoint !== undefined) active.push(`<li>touchpoint = <b>${h(q.touchpoint)}</b> <a href="${h(mapLink(q, { touchpoint: undefined }, '#comments'))}" aria-label="Remove the touchpoint filter">×</a></li>`);
  if (q.key !== undefined) active.push(`<li><b>${h(q.key)}</b> = <b>${h(q.value)}</b> <a href="${h(mapLink(q, { key: undefined, value: undefined }, '#comments'))}" aria-label="Remove the context filter">×</a></li>`);
  const items = comments.map((c) => commentItem(c, q)).join('\n');
  return `<section id="comments"><h2>Comments of misery</h2>
${active.length ? `<ul class="active-filters" aria-label="Filters">${active.join('')}</ul>` : '<p class="muted">Newest first, every touchpoint. Pick a touchpoint or a context value to narrow them.</p>'}
${items ? `<ol class="comments">${items}</ol>` : '<p class="empty">No comments of misery match.</p>'}</section>`;
}

/**
 * The map of moments as one HTML page: every touchpoint in journey order (or worst first) with its
 * figures and trend, then the customers of misery who asked to be contacted, then the comments of
 * misery. Everything from an event is escaped; no script.
 * @example
 * res.end(renderMap(await loadMap(store, query, query.order), await store.miseryComments(query), query));
 */
export function renderMap(f: MapFigures, comments: CommentRow[], q: MapQuery, note?: string, contacts: ContactRequest[] = []): string {
  const cards = f.touchpoints.length ? `<ol class="map">${f.touchpoints.map((t) => card(t, q)).join('\n')}</ol>` : '<p class="empty">No moments in this range yet.</p>';
  const orderLinks = ([['journey', 'Journey order'], ['worst', 'Worst first']] as const)
    .map(([order, label]) => `<a href="${h(mapLink(q, { order: order === 'worst' ? 'worst' : undefined }))}"${q.order === order ? ' aria-current="page"' : ''}>${label}</a>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Moments map</title><link rel="stylesheet" href="/dashboard.css"><link rel="stylesheet" href="/map.css"></head>
<body>
<header><h1>Moments</h1><nav class="views" aria-label="Views"><a href="${h(mapLink(q))}" aria-current="page">Map</a><a href="/dashboard?${h(new URLSearchParams({ from: q.from, to: q.to }).toString())}">Details</a></nav>
<form method="get" action="/map">
  <label>From <input type="date" name="from" value="${h(q.from)}" required></label>
  <label>To <input type="date" name="to" value="${h(q.to)}" required></label>
  <label>Order <select name="order"><option value="journey">Journey</option><option value="worst"${q.order === 'worst' ? ' selected' : ''}>Worst first</option></select></label>
  <label>Touchpoint <input name="touchpoint" value="${h(q.touchpoint ?? '')}" list="touchpoints" size="12"></label>
  <label>Context key <input name="key" value="${h(q.key ?? '')}" size="8" placeholder="code"></label>
  <label>Value <input name="value" value="${h(q.value ?? '')}" size="10" placeholder="card_declined"></label>
  <button type="submit">Show</button>
  <datalist id="touchpoints">${f.touchpoints.map((t) => `<option value="${h(t.touchpoint)}"></option>`).join('')}</datalist>
</form></header>
<main>
${note ? `<p class="muted" role="status">${h(note)}</p>` : ''}
<section id="map"><h2>Map of moments</h2>
<p class="muted">${h(f.from)} to ${h(f.to)}, changes against ${h(f.previous.from)} to ${h(f.previous.to)}.</p>
<nav class="filters" aria-label="Order">${orderLinks}</nav>
${cards}
</section>
${contactsSection(contacts, q)}
${commentsSection(comments, q)}
</main>
</body>
</html>`;
}
