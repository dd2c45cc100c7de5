// Every WXML and WXSS of the demo and of the SDK's components compiles with WeChat's own compilers (wcc / wcsc from
// miniprogram-compiler), as DevTools would compile them.
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { wxmlToJs } = require('miniprogram-compiler') as {
  wxmlToJs(root: string, options?: { wxmlList?: string[] }): string;
};

const ROOT = path.resolve(__dirname, '../..');
const DEMO = path.join(ROOT, 'demo-miniprogram');
const COMPONENTS = path.join(ROOT, 'miniprogram_dist');
const WCSC = path.join(ROOT, 'node_modules/miniprogram-compiler/bin/linux/wcsc');

/** Files under root with this extension, relative, outside node_modules/ and miniprogram_npm/. */
function filesOf(root: string, ext: string, under = ''): string[] {
  const dir = path.join(root, under);
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(under, e.name);
    if (e.isDirectory())
      return e.name === 'node_modules' || e.name === 'miniprogram_npm' ? [] : filesOf(root, ext, rel);
    return e.name.endsWith(ext) ? [rel] : [];
  });
}

/** wcc on one file; throws with the file, line and column on an error. */
function wcc(root: string, file: string): string {
  return wxmlToJs(root, { wxmlList: [file] });
}

/** wcsc on one file, run directly (the wrapper crashes on errors): its exit status and message. */
function wcsc(root: string, file: string): { status: number | null; out: string } {
  fs.chmodSync(WCSC, 0o755); // not executable in the npm tarball
  const r = spawnSync(WCSC, ['-db', '-pc', '0', file], { cwd: root, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** [shown name, compile root, file under the root] of every file of this kind. */
function sources(ext: string): Array<readonly [string, string, string]> {
  return [
    ...filesOf(DEMO, ext).map((f) => [`demo-miniprogram/${f}`, DEMO, f] as const),
    ...filesOf(COMPONENTS, ext, 'components').map((f) => [`miniprogram_dist/${f}`, COMPONENTS, f] as const),
  ];
}
const wxml = sources('.wxml');
const wxss = sources('.wxss');

describe('WeChat compilers', () => {
  it('finds the demo pages and both components', () => {
    expect(wxml.map(([, , f]) => f)).toEqual(
      expect.arrayContaining([
        'pages/home/index.wxml',
        'pages/sign-in/index.wxml',
        'pages/mfa/index.wxml',
        'components/eiam-bind-form/index.wxml',
        'components/eiam-captcha/index.wxml',
      ]),
    );
    expect(wxss.map(([, , f]) => f)).toEqual(
      expect.arrayContaining(['app.wxss', 'components/eiam-captcha/index.wxss']),
    );
  });

  it.each(wxml)('wcc compiles %s', (_name, root, file) => {
    expect(wcc(root, file)).toContain('$gwx');
  });

  it.each(wxss)('wcsc compiles %s', (_name, root, file) => {
    const { status, out } = wcsc(root, file);
    expect({ status, error: /ERR/.test(out) ? out : '' }).toEqual({ status: 0, error: '' });
  });

  it('would catch a malformed file (the checks can fail)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eiam-wcc-'));
    try {
      fs.writeFileSync(path.join(dir, 'bad.wxml'), '<view wx:if="{{a}}">unclosed');
      fs.writeFileSync(path.join(dir, 'bad.wxss'), '.a { color: red; ');
      expect(() => wcc(dir, 'bad.wxml')).toThrow(/bad\.wxml/);
      expect(wcsc(dir, 'bad.wxss').status).not.toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
