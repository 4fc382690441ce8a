/** The map's stylesheet on top of /dashboard.css, served as /map.css (no inline style under the CSP). */
export const mapCss = `
ol.map { list-style: none; margin: 0; padding: 0; display: grid; gap: .75rem; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); }
.moment { border: 1px solid var(--line); border-radius: 10px; padding: .75rem .9rem; display: grid; gap: .4rem; min-width: 0; }
.stage { margin: 0; font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); overflow-wrap: anywhere; }
.moment h2 { margin: 0; font-size: 1rem; overflow-wrap: anywhere; }
.moment h2 a { color: inherit; }
.figures { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: .3rem .75rem; margin: 0; }
.figures dt { color: var(--muted); font-size: .75rem; }
.figures dd { margin: 0; font-size: 1.15rem; font-weight: 600; font-variant-numeric: tabular-nums; }
.figures dd.bad { color: var(--bad); } .figures dd.good { color: var(--good); }
.change { font-size: .75rem; font-weight: 400; color: var(--muted); white-space: nowrap; }
.change.worse { color: var(--bad); } .change.better { color: var(--good); }
svg.trend { height: 2.5rem; }
.links { margin: 0; font-size: .85rem; }
.active-filters { display: flex; flex-wrap: wrap; gap: .5rem; margin: 0 0 .75rem; padding: 0; list-style: none; }
.active-filters li { border: 1px solid var(--line); border-radius: 999px; padding: .1rem .6rem; overflow-wrap: anywhere; }
.active-filters a { margin-left: .3rem; text-decoration: none; }
ul.context { display: flex; flex-wrap: wrap; gap: .3rem; margin: .25rem 0 0; padding: 0; list-style: none; font-size: .8rem; }
ul.context li { border: 1px solid var(--line); border-radius: 6px; padding: .05rem .4rem; overflow-wrap: anywhere; }
ul.context a { color: inherit; }
ul.context .key { color: var(--muted); }
a.tp { color: inherit; }
.email { margin: .25rem 0 0; font-weight: 600; overflow-wrap: anywhere; }
@media (max-width: 700px) { header, main { padding: .75rem; } form { gap: .5rem; } form label { flex: 1 1 40%; } form input, form select { width: 100%; } }
`;
