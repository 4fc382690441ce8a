const KINDS = {
  s: "a non-empty string",
  b: "true or false",
  o: "an object",
  l: "a list",
  c: "a valid CSS selector",
  r: "a valid regular expression",
  C: "an object or a function",
  R: '{ url, status? } with status like ">=400"',
  F: "a list of { min, max, question?, reasons? | comment? }",
  K: "{ min, max, question? } (the ratings the contact step is offered for)",
  T: "false or { text?, link?: { href, text }, closeAfterMs? }"
};
const expected = (code) => {
  const arg = code.slice(1);
  const [min, max] = arg.split(",");
  return { n: `a number from ${min} to ${max}`, e: "one of " + arg.split("|").join(", ") }[code[0]] ?? KINDS[code[0]];
};
function problemText(field, code) {
  return {
    "?": `unknown field "${field}"`,
    "!": `${field} is missing`,
    "2": `id "${field}" is used twice`,
    w: "when names nothing (omit it to show only through Moments.show)",
    i: 'container is missing (needed by placement "inline")',
    O: "must be an object"
  }[code] ?? `${field} must be ${expected(code)}`;
}
function problem([where, field, code]) {
  if (code == "{") return 'config must be an object with "touchpoints"';
  if (code == "S") return `sinks[${field}] must be a function, { name, send } or { type: http | cloudevents | console | dataLayer | gtag | segment | posthog }`;
  if (code == "U") return `sinks[${field}] url must be a non-empty string`;
  return (where == null ? "config: " : typeof where == "number" ? `touchpoints[${where}]: ` : `touchpoint "${where}": `) + problemText(field, code);
}

const date = (t) => new Date(t).toISOString().slice(0, 10);
const ago = (t) => {
  const days = Math.floor((Date.now() - +t) / 864e5);
  return days < 1 ? "today" : days == 1 ? "yesterday" : `${days} days ago`;
};
function describe([code, a, b, c]) {
  switch (code) {
    case "invalid":
      return `invalid config: ${problemText(a, String(b))}`;
    case "manual":
      return "waiting for Moments.show()";
    case "path":
      return `path/url does not match ${a}`;
    case "when":
      return "waiting for " + Object.entries(JSON.parse(String(a))).map(([k, v]) => `${k} ${JSON.stringify(v)}`).join(" and ");
    case "shown":
      return "shown on this page";
    case "busy":
      return `fired while "${a}" was showing (overlap: drop)`;
    case "waiting":
      return `waiting for "${a}" to close`;
    case "preempted":
      return `replaced by "${a}" (higher priority) before an answer`;
    case "container":
      return `container "${a}" not found`;
    case "dnt":
      return "Do-Not-Track or Global Privacy Control is on (respectDoNotTrack)";
    case "refused":
      return "consent refused (Moments.consent(false))";
    case "consent":
      return "waiting for consent (Moments.consent(true))";
    case "sample":
      return `sampled out (sample ${a})`;
    case "once":
      return c == "session" ? 'already answered or dismissed this session (once: "session")' : `${a} ${ago(b)}, on ${date(b)} (once: "visitor")`;
    case "cooldown":
      return `shown ${ago(a)}, in cooldown until ${date(b)} (cooldownDays)`;
    case "quiet":
      return `dismissed ${ago(a)}, quiet until ${date(b)} (dismissCooldownDays)`;
    case "cap":
      return `session cap reached (maxPromptsPerSession: ${a})`;
    case "gap":
      return `another prompt was shown less than ${a} min ago (minGapMinutes)`;
  }
  return code;
}

const state = ([code]) => code == "shown" ? "shown" : /^(manual|path|when|consent|waiting)$/.test(code) ? "waiting" : "ruled out";
const statuses = (reasons) => Object.entries(reasons).map(([id, reason]) => ({ id, state: state(reason), why: describe(reason), reason }));

function debug(api) {
  let last = "";
  const print = async () => {
    const rows = (await api.explain()).map(({ id, state: state2, why }) => ({ touchpoint: id, state: state2, why }));
    const now = JSON.stringify(rows);
    if (now != last) last = now, console.table(rows);
  };
  print();
  const timer = setInterval(print, 1e3);
  return () => clearInterval(timer);
}

export { debug, describe, problem, state, statuses };
