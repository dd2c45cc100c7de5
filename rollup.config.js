// Builds src/ into one CommonJS bundle (ES2015 syntax, helpers inlined) plus .d.ts files, the mini program's
// `miniprogram_dist/`, and into ES modules, one file per source module, for bundlers (`dist/esm/`, outside the
// `miniprogram` folder so it never counts toward a mini program's package size).
// OUT_DIR and ESM_OUT_DIR let the freshness check build into scratch folders and compare.
const fs = require('fs');
const path = require('path');
const typescript = require('@rollup/plugin-typescript');
const ts = require('typescript');
const esbuild = require('esbuild');
const { INTERNAL_NAMES_REGEX } = require('./scripts/build/internal-names');

const outDir = process.env.OUT_DIR || 'miniprogram_dist';
const esmDir = process.env.ESM_OUT_DIR || 'dist/esm';

/**
 * The shipped JS without comments: the TSDoc stays in the `.d.ts` files beside it, and every byte of `index.js` counts
 * against the app's 2 MB main package when the app does not minify on upload. TypeScript's printer reprints the code
 * as it is (same syntax, same names), only without comments; it does not minify.
 */
function stripComments() {
  return {
    name: 'strip-comments',
    renderChunk(code, chunk) {
      const file = ts.createSourceFile(chunk.fileName, code, ts.ScriptTarget.ES2015, true, ts.ScriptKind.JS);
      return { code: ts.createPrinter({ removeComments: true }).printFile(file), map: null };
    },
  };
}

/**
 * Shortens the property names that never leave the SDK (scripts/build/internal-names.js) with esbuild's `mangleProps`;
 * the rest of the code keeps its names and layout (no minification).
 */
function shortenInternalNames() {
  return {
    name: 'shorten-internal-names',
    renderChunk(code) {
      const out = esbuild.transformSync(code, {
        loader: 'js',
        target: 'es2015',
        mangleProps: INTERNAL_NAMES_REGEX,
        legalComments: 'none',
      });
      return { code: out.code, map: null };
    },
  };
}

/** The mini program components (plain ES2015 JS, WXML, WXSS, JSON) go to `<outDir>/components/` as they are. */
function copyComponents(dir = 'src/components') {
  const files = (d) =>
    fs
      .readdirSync(d, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(path.join(d, e.name)) : [path.join(d, e.name)]))
      .sort();
  return {
    name: 'copy-components',
    buildStart() {
      for (const file of files(dir)) this.addWatchFile(file);
    },
    generateBundle() {
      for (const file of files(dir)) {
        const fileName = path.posix.join('components', path.relative(dir, file).split(path.sep).join('/'));
        this.emitFile({ type: 'asset', fileName, source: fs.readFileSync(file) });
      }
    },
  };
}

/**
 * The ES module build as Node and TypeScript (`node16`, `nodenext`, `bundler`) read it: a `package.json` saying
 * `"type": "module"` beside the files, and relative specifiers in the `.d.ts` files written as the `.js` files they
 * stand for (`./client/eiam-client.js`, `./x/index.js`), as ES module resolution needs full paths.
 */
function esmPackage() {
  return {
    name: 'esm-package',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const names = new Set(Object.keys(bundle));
        const full = (from, spec) => {
          const target = path.posix.join(path.posix.dirname(from), spec);
          if (names.has(`${target}.d.ts`)) return `${spec}.js`;
          if (names.has(`${target}/index.d.ts`)) return `${spec}/index.js`;
          throw new Error(`${from}: cannot resolve ${spec}`);
        };
        for (const [name, file] of Object.entries(bundle)) {
          if (file.type !== 'asset' || !name.endsWith('.d.ts')) continue;
          file.source = String(file.source).replace(
            /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g,
            (_all, head, quote, spec) => `${head}${quote}${full(name, spec)}${quote}`,
          );
        }
        this.emitFile({
          type: 'asset',
          fileName: 'package.json',
          source: `${JSON.stringify({ type: 'module', sideEffects: false }, null, 2)}\n`,
        });
      },
    },
  };
}

const cjs = {
  input: 'src/index.ts',
  output: {
    file: `${outDir}/index.js`,
    format: 'cjs',
    exports: 'named',
    generatedCode: { preset: 'es2015', symbols: false },
    sourcemap: false,
  },
  plugins: [
    typescript({
      tsconfig: './tsconfig.json',
      outDir,
      declaration: true,
      declarationDir: outDir,
      noEmitOnError: true,
    }),
    copyComponents(),
    shortenInternalNames(),
    stripComments(),
  ],
};

const esm = {
  input: 'src/index.ts',
  output: {
    dir: esmDir,
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: '[name].js',
    generatedCode: { preset: 'es2015', symbols: false },
    sourcemap: false,
  },
  plugins: [
    typescript({
      tsconfig: './tsconfig.json',
      outDir: esmDir,
      declaration: true,
      declarationDir: esmDir,
      noEmitOnError: true,
    }),
    stripComments(),
    esmPackage(),
  ],
};

module.exports = [cjs, esm];
