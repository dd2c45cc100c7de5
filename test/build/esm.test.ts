import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { installPacked, type PackedInstall } from '../support/packed';

// The ES module build (dist/esm/) as a bundler and Node meet it: from the packed tarball, through package.json's
// `exports`.

let packed: PackedInstall;
beforeAll(() => {
  packed = installPacked('eiam-esm-');
}, 60000);
afterAll(() => packed.remove());

/**
 * esbuild's bundle of `contents` in the scratch project: the package files with code in the output (metafile
 * `bytesInOutput` > 0; files read and shaken away entirely are left out), relative to the package.
 */
function bundle(contents: string, format: 'esm' | 'cjs' = 'esm') {
  const result = esbuild.buildSync({
    stdin: { contents, resolveDir: packed.dir, loader: 'js' },
    bundle: true,
    minify: true,
    format,
    target: 'es2015',
    metafile: true,
    write: false,
    outfile: 'out.js',
    absWorkingDir: packed.dir,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  const inputs = Object.entries(output.inputs)
    .filter(([, info]) => info.bytesInOutput > 0)
    .map(([i]) => i)
    .filter((i) => i.includes('node_modules/eiam-miniprogram-sdk/'))
    .map((i) =>
      i.slice(i.indexOf('node_modules/eiam-miniprogram-sdk/') + 'node_modules/eiam-miniprogram-sdk/'.length),
    )
    .sort();
  return { inputs, bytes: result.outputFiles[0]!.contents.length };
}

describe('the ES module build', () => {
  it('lets a bundler that imports only parseMobile take the validator and no client code', () => {
    const { inputs, bytes } = bundle(
      "import { parseMobile } from 'eiam-miniprogram-sdk'; console.log(parseMobile('13800138000'));",
    );
    expect(inputs).toEqual(['dist/esm/validate/digits.js', 'dist/esm/validate/mobile.js']);
    const whole = bundle("import * as sdk from 'eiam-miniprogram-sdk'; console.log(sdk);");
    expect(whole.inputs).toEqual(expect.arrayContaining(['dist/esm/client/eiam-client.js']));
    expect(bytes).toBeLessThan(whole.bytes / 5);
  });

  it('gives every validator without the client, the errors or wx', () => {
    const { inputs } = bundle(
      "import { parseMobile, parseEmail, parseVerifyCode, isCodeType, maskMobile, maskEmail, formatMobile } from 'eiam-miniprogram-sdk';" +
        'console.log(parseMobile, parseEmail, parseVerifyCode, isCodeType, maskMobile, maskEmail, formatMobile);',
    );
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.filter((i) => !/^dist\/esm\/(validate|util\/mask)/.test(i))).toEqual([]);
  });

  it('is what `require` still resolves to the one CommonJS file', () => {
    const { inputs } = bundle(
      "const { parseMobile } = require('eiam-miniprogram-sdk'); console.log(parseMobile('13800138000'));",
      'cjs',
    );
    expect(inputs).toEqual(['miniprogram_dist/index.js']);
  });

  it("gives a bundler the ES module build for the components' require too (browser field), so a page and the components share one copy", () => {
    const entry = path.join(packed.pkg, 'miniprogram_dist/components/eiam-bind-form/index.js');
    const result = esbuild.buildSync({
      entryPoints: [entry],
      bundle: true,
      format: 'cjs',
      metafile: true,
      write: false,
      outfile: 'out.js',
      absWorkingDir: packed.dir,
      logLevel: 'silent',
    });
    const inputs = Object.keys(Object.values(result.metafile.outputs)[0]!.inputs).map((i) =>
      i.slice(i.indexOf('eiam-miniprogram-sdk/') + 'eiam-miniprogram-sdk/'.length),
    );
    expect(inputs).toEqual(expect.arrayContaining(['dist/esm/index.js', 'dist/esm/client/eiam-client.js']));
    expect(inputs).not.toContain('miniprogram_dist/index.js');
  });

  it('loads in Node as ES modules with the same exports as the CommonJS file', () => {
    const script = [
      "import * as esm from 'eiam-miniprogram-sdk';",
      "import { createRequire } from 'node:module';",
      "const cjs = createRequire(process.cwd() + '/').call(null, 'eiam-miniprogram-sdk');",
      'const names = (o) => Object.keys(o).filter((k) => k !== "__esModule").sort();',
      'console.log(JSON.stringify({ esm: names(esm), cjs: names(cjs), mobile: esm.parseMobile("13800138000") }));',
    ].join('\n');
    const out = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: packed.dir,
        encoding: 'utf8',
      }),
    );
    expect(out.esm).toEqual(out.cjs);
    expect(out.esm).toEqual(expect.arrayContaining(['EiamClient', 'parseMobile', 'isEiamError']));
    expect(out.mobile).toEqual({ countryCode: '86', national: '13800138000', e164: '+8613800138000' });
  });

  it('keeps main, types and miniprogram on the CommonJS build', () => {
    const json = (file: string) => JSON.parse(fs.readFileSync(path.join(packed.pkg, file), 'utf8'));
    const pkg = json('package.json');
    expect([pkg.main, pkg.types, pkg.miniprogram]).toEqual([
      'miniprogram_dist/index.js',
      'miniprogram_dist/index.d.ts',
      'miniprogram_dist',
    ]);
    expect(pkg.module).toBe('dist/esm/index.js');
    expect(json('dist/esm/package.json')).toEqual({
      type: 'module',
      sideEffects: false,
    });
  });
});
