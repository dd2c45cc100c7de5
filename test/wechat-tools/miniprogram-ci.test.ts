// WeChat DevTools' own checks, offline with miniprogram-ci (in a child process: it keeps handles open):
// Build npm (packNpm), code analysis, and a full compile of the demo.
import { execFile } from 'child_process';
import path from 'path';
import { listFiles } from '../../scripts/list-files';

const ROOT = path.resolve(__dirname, '../..');

interface Dep {
  request: string;
  path: string | null;
  error?: string;
}
interface CiResult {
  ok: boolean;
  error?: string;
  packWarnings: unknown[];
  packed: string[];
  analysis: { modules: Array<{ id: string; deps: Dep[] }> };
  compiledFiles: string[];
  brokenErrors: string[];
}

let result: CiResult;

beforeAll(async () => {
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(
      process.execPath,
      [path.join(__dirname, 'ci-checks.js')],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 120000 },
      (error, out) => (error && !out ? reject(error) : resolve(out)),
    ),
  );
  result = JSON.parse(stdout.trim().split('\n').pop()!) as CiResult;
}, 150000);

/** The shipped files of the package, as packNpm must copy them (declarations aside). */
function distFiles(): string[] {
  return listFiles(path.join(ROOT, 'miniprogram_dist')).filter((f: string) => !f.endsWith('.d.ts'));
}

describe('miniprogram-ci on the demo', () => {
  it('runs', () => {
    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);
  });

  it('packNpm puts the SDK and its components into demo-miniprogram/miniprogram_npm/', () => {
    expect(result.packWarnings).toEqual([]);
    expect(result.packed).toEqual(distFiles());
    expect(result.packed).toEqual(
      expect.arrayContaining([
        'index.js',
        'components/eiam-bind-form/index.js',
        'components/eiam-captcha/index.wxml',
      ]),
    );
  });

  it('analyseCode resolves every component and module', () => {
    const deps = result.analysis.modules.flatMap((m) => m.deps.map((d) => ({ module: m.id, ...d })));
    expect(deps.filter((d) => d.error)).toEqual([]);
    const resolved = deps.map((d) => `${d.request} → ${d.path}`);
    expect(resolved).toEqual(
      expect.arrayContaining([
        'eiam-miniprogram-sdk → miniprogram_npm/eiam-miniprogram-sdk/index.js',
        'eiam-miniprogram-sdk/components/eiam-bind-form/index → miniprogram_npm/eiam-miniprogram-sdk/components/eiam-bind-form/index.json',
        '../eiam-captcha/index → miniprogram_npm/eiam-miniprogram-sdk/components/eiam-captcha/index.json',
      ]),
    );
  });

  it('analyseCode would report an unresolved component or module (the check can fail)', () => {
    expect(result.brokenErrors).toHaveLength(2);
    expect(result.brokenErrors).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'Couldn\'t resolve the Component "eiam-miniprogram-sdk/components/no-such/index"',
        ),
        expect.stringContaining('Couldn\'t resolve the Js file "./no-such-module"'),
      ]),
    );
  });

  it('getCompiledResult compiles the whole demo, pages and packed components', () => {
    expect(result.compiledFiles).toEqual(
      expect.arrayContaining([
        'app.js',
        'app.json',
        'pages/home/index.js',
        'pages/sign-in/index.wxml',
        'pages/mfa/index.js',
        'miniprogram_npm/eiam-miniprogram-sdk/index.js',
        'miniprogram_npm/eiam-miniprogram-sdk/components/eiam-bind-form/index.js',
        'miniprogram_npm/eiam-miniprogram-sdk/components/eiam-captcha/index.js',
      ]),
    );
  });
});
