// Builds src/ into one CommonJS bundle (ES2015 syntax, helpers inlined) plus .d.ts files.
// OUT_DIR lets the freshness check build into a scratch folder and compare.
const fs = require('fs');
const path = require('path');
const typescript = require('@rollup/plugin-typescript');

const outDir = process.env.OUT_DIR || 'miniprogram_dist';

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
  ],
};
