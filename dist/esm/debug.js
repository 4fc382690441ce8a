const date = (t) => new Date(t).toISOString().slice(0, 10);
const ago = (t) => {
  const days = Math.floor((Date.now() - +t) / 864e5);
  return days < 1 ? "today" : days == 1 ? "yesterday" : `${days} days ago`;
};
function describe([code, a, b, c]) {
  switch (code) {
    case "invalid":
      return `invalid config: ${a}`;
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

function debug(api) {
  let last = "";
  const print = async () => {
    const rows = (await api.explain()).map(({ id, state, why }) => ({ touchpoint: id, state, why }));
    const now = JSON.stringify(rows);
    if (now != last) last = now, console.table(rows);
  };
  print();
  const timer = setInterval(print, 1e3);
  return () => clearInterval(timer);
}

export { debug, describe };
