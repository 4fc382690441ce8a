// Folds the section texts in docs/*.md into README.md between <!-- include:docs/NAME.md --> and <!-- /include -->,
// so each part of the project keeps its documentation beside the others while README stays one page.
// Each doc's top heading becomes a "##" section; code blocks are left as they are.
import { readFileSync, writeFileSync } from 'node:fs';

function nest(text) {
  const lines = text.trim().split('\n');
  let fence = false;
  const levels = lines.filter((l) => (/^```/.test(l) ? (fence = !fence, false) : !fence && /^#+ /.test(l))).map((l) => l.indexOf(' '));
  const shift = 2 - Math.min(...levels, 2);
  fence = false;
  return lines.map((l) => (/^```/.test(l) ? ((fence = !fence), l) : !fence && /^#+ /.test(l) ? '#'.repeat(shift) + l : l)).join('\n');
}

const readme = readFileSync('README.md', 'utf8').replace(
  /<!-- include:([\w./-]+) -->[\s\S]*?<!-- \/include -->/g,
  (_, file) => `<!-- include:${file} -->\n${nest(readFileSync(file, 'utf8'))}\n<!-- /include -->`,
);
writeFileSync('README.md', readme);
