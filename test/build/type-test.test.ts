import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { installPacked, type PackedInstall } from '../support/packed';

// The published types as an integrator's compiler meets them: test/types/pass.ts must compile and each file in
// test/types/fail/ must fail for the reason its first line names (`// expect: TS2820 "REGISTR_SMS"`), against the
// packed tarball, with no wx typings, `skipLibCheck` off, in each resolution mode. Under node16/nodenext a `.ts` file
// of a package without `"type": "module"` is CommonJS (the `require` types, miniprogram_dist/) and an `.mts` copy is
// an ES module (the `import` types, dist/esm/): both are checked.

const tsc = path.resolve(__dirname, '../../node_modules/typescript/bin/tsc');
const sources = path.resolve(__dirname, '../types');
const failNames = fs.readdirSync(path.join(sources, 'fail')).filter((f) => f.endsWith('.ts'));

const MODES = [
  { name: 'node16', module: 'node16', moduleResolution: 'node16', esm: true },
  { name: 'nodenext', module: 'nodenext', moduleResolution: 'nodenext', esm: true },
  { name: 'bundler', module: 'esnext', moduleResolution: 'bundler', esm: false },
] as const;

interface Diagnostic {
  file: string;
  code: string;
  message: string;
}

let packed: PackedInstall;
beforeAll(() => {
  packed = installPacked('eiam-types-');
}, 60000);
afterAll(() => packed.remove());

/** Copies the sources into a folder of the scratch project and runs tsc there; every error, by file. */
function check(mode: (typeof MODES)[number]): Diagnostic[] {
  const dir = path.join(packed.dir, mode.name);
  fs.mkdirSync(path.join(dir, 'fail'), { recursive: true });
  const files: string[] = [];
  const copy = (from: string, to: string): void => {
    fs.copyFileSync(path.join(sources, from), path.join(dir, to));
    files.push(to);
  };
  for (const name of ['pass.ts', ...failNames.map((f) => `fail/${f}`)]) {
    copy(name, name);
    if (mode.esm) copy(name, name.replace(/\.ts$/, '.mts'));
  }
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: 'ES2020',
        lib: ['ES2020'],
        module: mode.module,
        moduleResolution: mode.moduleResolution,
        types: [],
        skipLibCheck: false,
        noEmit: true,
      },
      files,
    }),
  );
  let out: string;
  try {
    out = execFileSync(process.execPath, [tsc, '-p', '.', '--pretty', 'false'], {
      cwd: dir,
      encoding: 'utf8',
    });
  } catch (error) {
    out = String((error as { stdout?: string }).stdout);
  }
  // One diagnostic per `file(line,col): error TSnnnn: text` line, with the indented lines that elaborate it.
  const diagnostics: Diagnostic[] = [];
  for (const line of out.split('\n')) {
    const m = /^(.+?)\(\d+,\d+\): error (TS\d+): (.*)$/.exec(line);
    if (m) diagnostics.push({ file: m[1]!, code: m[2]!, message: m[3]! });
    else if (/^\s/.test(line) && diagnostics.length)
      diagnostics[diagnostics.length - 1]!.message += `\n${line}`;
  }
  return diagnostics;
}

describe.each(MODES)('the published types, moduleResolution $name', (mode) => {
  let diagnostics: Diagnostic[];
  beforeAll(() => {
    diagnostics = check(mode);
  }, 120000);

  const variants = mode.esm ? ['.ts', '.mts'] : ['.ts'];

  it.each(variants)("compile an integrator's pass file (%s), the testing entry included", (ext) => {
    expect(diagnostics.filter((d) => d.file === `pass${ext}` || d.file.includes('node_modules'))).toEqual([]);
  });

  it.each(failNames.flatMap((f) => variants.map((ext) => [f.replace(/\.ts$/, ext)])))(
    'refuse fail/%s for the reason it names',
    (file) => {
      const first = fs
        .readFileSync(path.join(sources, 'fail', file.replace(/\.mts$/, '.ts')), 'utf8')
        .split('\n')[0]!;
      const [, code, text] = /^\/\/ expect: (TS\d+) "(.+)"$/.exec(first)!;
      const errors = diagnostics.filter((d) => d.file === `fail/${file}`);
      expect(errors.map((e) => e.code)).toEqual([code]);
      expect(errors[0]!.message).toContain(text);
    },
  );
});
