// testing/README.md ships in the package: its page-test examples are the files examples/page-test runs, and it
// points nowhere outside the package.
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const README = fs.readFileSync(path.join(ROOT, 'testing', 'README.md'), 'utf8');

/** The code block whose first line is `firstLine`, that line included. */
function block(firstLine: string): string {
  const start = README.indexOf(`\`\`\`js\n${firstLine}\n`) + 6;
  const startTs = README.indexOf(`\`\`\`ts\n${firstLine}\n`) + 6;
  const at = start > 5 ? start : startTs;
  if (at <= 5) throw new Error(`testing/README.md has no code block starting with ${firstLine}`);
  return README.slice(at, README.indexOf('```', at));
}

it.each([
  ['// pages/sign-in/index.js', 'examples/page-test/pages/sign-in/index.js'],
  ['// pages/sign-in/index.test.js (jest)', 'examples/page-test/pages/sign-in/index.test.js'],
  [
    '// src/pages/sign-in/sign-in.ts: the page calls startSignIn(eiam, (flows) => { setFlows(flows); setBind(true); })',
    'examples/page-test/taro/sign-in.ts',
  ],
  ['// src/pages/sign-in/sign-in.test.ts (jest)', 'examples/page-test/taro/sign-in.test.ts'],
])('shows %s as the example jest runs (%s)', (firstLine, file) => {
  expect(block(firstLine)).toBe(fs.readFileSync(path.join(ROOT, file), 'utf8'));
});

it('links to nothing outside the package', () => {
  const links = [...README.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] ?? '');
  expect(links.filter((l) => !l.startsWith('#'))).toEqual([]);
  expect(README).not.toMatch(/\.\.\/|\/work\/|examples\/|`test\//);
});
