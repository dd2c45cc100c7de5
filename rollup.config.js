// Builds src/ into one CommonJS bundle (ES2015 syntax, helpers inlined) plus .d.ts files.
// OUT_DIR lets the freshness check build into a scratch folder and compare.
const typescript = require('@rollup/plugin-typescript');

const outDir = process.env.OUT_DIR || 'miniprogram_dist';

module.exports = {
  input: 'src/index.ts',
  output: {
    file: `${outDir}/index.js`,
    format: 'cjs',
    exports: 'named',
    generatedCode: 'es2015',
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
  ],
};
