// Builds src/ into one CommonJS bundle (ES2015 syntax, helpers inlined) plus .d.ts files.
// OUT_DIR lets the freshness check build into a scratch folder and compare.
const fs = require('fs');
const path = require('path');
const typescript = require('@rollup/plugin-typescript');
const ts = require('typescript');
const esbuild = require('esbuild');
const { INTERNAL_NAMES_REGEX } = require('./scripts/build/internal-names');

const outDir = process.env.OUT_DIR || 'miniprogram_dist';

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

module.exports = {
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
