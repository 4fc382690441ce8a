/** The dashboard's stylesheet, served as /dashboard.css so the CSP needs no inline style. */
export const dashboardCss = `
:root { color-scheme: light dark; --fg: #1d2330; --muted: #667085; --bg: #f6f7f9; --card: #fff; --line: #e3e6ea;
  --bar: #4f6bed; --bad: #d9534f; --mid: #c7a23a; --good: #2f9e6a; font: 15px/1.45 system-ui, sans-serif; }
@media (prefers-color-scheme: dark) { :root { --fg: #e7e9ee; --muted: #9aa3b2; --bg: #14171c; --card: #1d2128; --line: #2c323b; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); }
header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; justify-content: space-between; padding: 1rem 1.5rem; background: var(--card); border-bottom: 1px solid var(--line); }
header h1 { margin: 0; font-size: 1.3rem; }
/* Map / Details switch (the map's own styles are in /map.css). */
.views { display: flex; gap: .5rem; }
.views a { color: inherit; text-decoration: none; padding: .2rem .6rem; border-radius: 6px; }
.views a[aria-current="page"] { background: var(--bg); font-weight: 600; }
form { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; }
label { display: grid; gap: .15rem; font-size: .8rem; color: var(--muted); }
input, select, button { font: inherit; padding: .3rem .5rem; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }
button { background: var(--bar); color: #fff; border-color: var(--bar); cursor: pointer; }
main { padding: 1.5rem; display: grid; gap: 1.5rem; max-width: 1200px; margin: 0 auto; }
section { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.25rem; }
section h2 { margin: 0 0 .75rem; font-size: 1.1rem; overflow-wrap: anywhere; }
.counts { display: flex; flex-wrap: wrap; gap: 1.5rem; margin: 0 0 1rem; padding: 0; list-style: none; }
.counts b { display: block; font-size: 1.6rem; font-variant-numeric: tabular-nums; }
.counts span, .muted { color: var(--muted); font-size: .85rem; }
.scale { display: grid; grid-template-columns: minmax(220px, 1fr) minmax(260px, 2fr); gap: 1.5rem; padding: .75rem 0; border-top: 1px solid var(--line); }
.scale h3 { margin: 0 0 .5rem; font-size: .95rem; }
.score { font-size: 2rem; font-weight: 600; font-variant-numeric: tabular-nums; }
svg { width: 100%; height: auto; display: block; }
svg text { fill: var(--muted); font-size: 11px; }
.bar { fill: var(--bar); } .bar.bad { fill: var(--bad); } .bar.mid { fill: var(--mid); } .bar.good { fill: var(--good); }
.axis { stroke: var(--line); }
.filters { display: flex; gap: .5rem; margin-bottom: .75rem; }
.filters a { padding: .2rem .7rem; border: 1px solid var(--line); border-radius: 999px; color: inherit; text-decoration: none; }
.filters a[aria-current="page"] { background: var(--bar); border-color: var(--bar); color: #fff; }
ol.comments { list-style: none; margin: 0; padding: 0; display: grid; gap: .75rem; }
ol.comments li { border-top: 1px solid var(--line); padding-top: .75rem; }
.comment { margin: .25rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.chips { display: inline-flex; flex-wrap: wrap; gap: .3rem; margin: 0; padding: 0; list-style: none; }
.chips li { border: 0; padding: .05rem .5rem; border-radius: 999px; background: var(--bg); font-size: .8rem; }
.rating { font-weight: 600; } .rating.bad { color: var(--bad); } .rating.good { color: var(--good); }
pre { margin: .25rem 0 0; font-size: .8rem; color: var(--muted); white-space: pre-wrap; overflow-wrap: anywhere; }
.empty { color: var(--muted); }
@media (max-width: 700px) { .scale { grid-template-columns: 1fr; } }
`;
