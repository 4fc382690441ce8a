// Keeps README.md in step with the files it points at, and checks the links between the pages:
// - fills the table of contents between <!-- toc --> and <!-- /toc --> from the README's own headings;
// - copies each file named by <!-- file:PATH --> … <!-- /file --> (the recipes in examples/recipes/, which
//   the type check compiles) into the code block between the markers, so the README shows them as they are;
// - with no argument or --check, reports every relative link in README.md, CONTRIBUTING.md and docs/*.md whose
//   file or #anchor does not exist, and every docs page the README does not link, and exits 1 if any.
// Running it twice changes nothing. test/readme.test.ts runs the same checks.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/** Headings outside code fences: `[level, text]`. */
export function headings(markdown) {
  let fence = false;
  const out = [];
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) fence = !fence;
    else if (!fence && /^#{1,6} /.test(line)) out.push([line.indexOf(' '), line.slice(line.indexOf(' ') + 1).trim()]);
  }
  return out;
}

/** GitHub's anchor for a heading: markup dropped, lower case, punctuation removed, each space a hyphen. */
export function slug(text) {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a page defines (repeated headings get -1, -2, … as on GitHub). */
export function anchors(markdown) {
  const seen = new Map();
  const out = new Set();
  for (const [, text] of headings(markdown)) {
    const base = slug(text);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n ? `${base}-${n}` : base);
  }
  return out;
}

/** The table of contents: every `##` and `###` heading but the contents' own. */
export function toc(markdown) {
  const shown = headings(markdown).filter(([level, text]) => (level == 2 || level == 3) && text != 'Contents');
  return shown.map(([level, text]) => `${level == 3 ? '  ' : ''}- [${text.replace(/[[\]]/g, '')}](#${slug(text)})`).join('\n');
}

/** Relative links outside code fences and inline code: `{ target, anchor }` (target '' for the page itself). */
export function links(markdown) {
  let fence = false;
  const out = [];
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) { fence = !fence; continue; }
    if (fence) continue;
    for (const m of line.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)) {
      const href = m[1];
      if (/^[a-z][a-z+.-]*:/i.test(href)) continue; // https:, mailto: …
      const [target, anchor] = href.split('#');
      out.push({ target, anchor });
    }
  }
  return out;
}

/** The pages whose links are checked. */
export function pages(root = '.') {
  const docs = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);
  return ['README.md', 'CONTRIBUTING.md', ...docs].filter((f) => existsSync(join(root, f)));
}

/** Every broken link or anchor, and every docs page the README does not link, as readable lines. */
export function problems(root = '.') {
  const out = [];
  const read = (file) => readFileSync(join(root, file), 'utf8');
  for (const page of pages(root)) {
    for (const { target, anchor } of links(read(page))) {
      const file = target ? normalize(join(dirname(page), target)) : page;
      if (!existsSync(join(root, file))) out.push(`${page}: link to ${target}: no such file`);
      else if (anchor && file.endsWith('.md') && !anchors(read(file)).has(anchor)) out.push(`${page}: link to ${target || ''}#${anchor}: no such heading in ${file}`);
    }
  }
  const linked = new Set(links(read('README.md')).map(({ target }) => normalize(target)));
  for (const page of pages(root).filter((p) => p.startsWith('docs/'))) if (!linked.has(page)) out.push(`README.md does not link ${page}`);
  return out;
}

/** README.md with its table of contents and copied files brought up to date. */
export function updated(readme, root = '.') {
  return readme
    .replace(/<!-- toc -->[\s\S]*?<!-- \/toc -->/, () => `<!-- toc -->\n${toc(readme)}\n<!-- /toc -->`)
    .replace(/<!-- file:([\w./-]+) -->\n```(\w+)\n[\s\S]*?```\n<!-- \/file -->/g, (_, file, lang) => `<!-- file:${file} -->\n\`\`\`${lang}\n${readFileSync(join(root, file), 'utf8').trimEnd()}\n\`\`\`\n<!-- /file -->`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  if (!process.argv.includes('--check')) writeFileSync('README.md', updated(readFileSync('README.md', 'utf8')));
  const found = problems();
  for (const line of found) console.error(line);
  if (found.length) process.exit(1);
}
