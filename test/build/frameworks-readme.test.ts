// The README's Taro and uni-app sections are what the framework fixtures build (scripts/frameworks/run.js): the
// same page code, the same usingComponents path, the same declaration references and copy command.
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** The text of README section `heading` (up to the next `## `). */
function section(heading: string): string {
  const start = README.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no section "## ${heading}"`);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end < 0 ? undefined : end);
}

/** The code block of `text` whose first line is `firstLine`, without that line. */
function codeAfter(text: string, firstLine: string): string {
  const start = text.indexOf(`${firstLine}\n`);
  if (start < 0) throw new Error(`no code block starting with ${firstLine}`);
  const body = text.slice(start + firstLine.length + 1);
  return body.slice(0, body.indexOf('```'));
}

describe('the README section "Taro"', () => {
  const taro = section('Taro');

  it('shows the fixture page as it is built', () => {
    expect(codeAfter(taro, '// src/pages/sign-in/index.tsx')).toBe(
      read('test/frameworks/taro/src/pages/sign-in/index.tsx'),
    );
    expect(codeAfter(taro, '// src/pages/sign-in/index.config.ts')).toBe(
      read('test/frameworks/taro/src/pages/sign-in/index.config.ts'),
    );
  });

  it('gives the declaration reference the fixture uses', () => {
    const reference = '/// <reference types="eiam-miniprogram-sdk/taro" />';
    expect(taro).toContain(reference);
    expect(read('test/frameworks/taro/types/global.d.ts')).toContain(reference);
  });
});

describe('the README section "uni-app"', () => {
  const uni = section('uni-app');

  it('shows the fixture page as it is built', () => {
    expect(codeAfter(uni, '<!-- src/pages/sign-in/index.vue -->')).toBe(
      read('test/frameworks/uni/src/pages/sign-in/index.vue'),
    );
  });

  it('gives the usingComponents path of the fixture', () => {
    const shown = JSON.parse(codeAfter(uni, '// src/pages.json'));
    const fixture = JSON.parse(read('test/frameworks/uni/src/pages.json'));
    expect(shown.pages[0].style.usingComponents).toEqual(fixture.pages[0].style.usingComponents);
  });

  it('gives the copy command the fixture build runs, and the declaration reference it uses', () => {
    const command = 'npx eiam-miniprogram-sdk copy-components src/wxcomponents';
    expect(uni).toContain(command);
    expect(read('scripts/frameworks/run.js')).toContain(
      "['eiam-miniprogram-sdk', 'copy-components', 'src/wxcomponents']",
    );
    const reference = '/// <reference types="eiam-miniprogram-sdk/vue" />';
    expect(uni).toContain(reference);
    expect(read('test/frameworks/uni/src/env.d.ts')).toContain(reference);
  });
});
