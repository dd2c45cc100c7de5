'use strict';

// Bundle and component sizes, shared by `npm run bench` and test/build/size-budget.test.ts.
// Minification happens here only (esbuild); what ships is miniprogram_dist/ as built by rollup.

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'miniprogram_dist');
const BUNDLE = path.join(DIST, 'index.js');
const COMPONENTS = path.join(DIST, 'components');
/**
 * The size goal of issue 13 for miniprogram_dist/index.js minified + gzipped, with the whole API family and the
 * reliability catalogue: 10 KiB. (Issue 5's 6 KiB budget is retired: the family and the catalogue do not fit in it.)
 */
const GOAL_BYTES = 10240;
/**
 * The peers' figures beside ours, as issue 13 reports them (not measured by this bench): minified + gzipped sign-in
 * code of other mini program SDKs.
 */
const PEERS = [
  { name: "Authing's mini program SDK v5 (fewer flows, no reliability work)", figure: 'about 6.1 KB' },
  { name: "CloudBase's auth path", figure: 'about 105 KB' },
];
/**
 * What `npm test` holds the bundle to until the goal is met. First set at 10,752 B (10,421 B measured plus 3 %);
 * raised once, to 10,880 B (10,760 B measured plus about 1 %), for the defect fixes of a review on 2026-11-25, which
 * cost 131 B; raised again, to 11,520 B (11,421 B measured plus about 1 %), for issue 11 (the vendor's answers as
 * documented: trimmed tokens, the `api` claim, refresh expiry, PARAM.0023, the MFA mobile format, the codes
 * ACCOUNT_LOCKED / WRONG_PASSWORD / NOT_BOUND / CAPTCHA_REQUIRED with their zh/en texts), which cost 648 B (10,773 B
 * before). Raised again for issue 12 (one shared session per app: the registry, the shared session, per-client
 * handles, `dispose()`, per-call storage timeouts, and eiam-client.ts split into method families), which cost 735 B
 * on its own (10,773 → 11,508 B). The two merged measured 12,090 B (ratchet 12,400 B provisional). Lowered to 11,870 B
 * (11,749 B measured plus about 1 %): the build shortens the internal property names (scripts/build/internal-names.js,
 * −255 B) and six small source cleanups (one noop, wxDeviceInfo from a field list, asObject() in decodeIdToken and
 * the requester, SessionKeeper.set() without a wrapper, SharedSession.signIn() without a one-use method) saved 86 B:
 * 12,090 → 11,749 B, −341 B. With issues 13 and 14 and the last registry changes merged: 11,807 B (`captcha` left unshortened, as a component property type now names it).
 * Lower it whenever the bundle shrinks; never raise it without saying why in the commit.
 */
const RATCHET_BYTES = 11870;
/** gzip level 9, as gzip-size and bundlephobia-style figures use. */
const GZIP_LEVEL = 9;

function gzipBytes(content) {
  return zlib.gzipSync(content, { level: GZIP_LEVEL }).length;
}

/**
 * JS minified by esbuild, keeping the shipped ES2015 syntax level. `format: 'cjs'`: every shipped file is a CommonJS
 * module (WeChat wraps each JS file in a module function), so its top-level names are local and are shortened, as a
 * module-aware minifier does; without it esbuild treats them as globals and keeps them whole.
 */
function minifyJs(code) {
  return esbuild.transformSync(code, {
    loader: 'js',
    format: 'cjs',
    minify: true,
    target: 'es2015',
    legalComments: 'none',
  }).code;
}

/** The minified form of a file, by its kind; null for kinds left as they are (wxml, wxs, images). */
function minifyByKind(file, text) {
  const ext = path.extname(file);
  if (ext === '.js') return minifyJs(text);
  if (ext === '.json') {
    try {
      return JSON.stringify(JSON.parse(text));
    } catch {
      return null;
    }
  }
  if (ext === '.wxss') {
    try {
      return esbuild.transformSync(text, { loader: 'css', minify: true }).code;
    } catch {
      return null;
    }
  }
  return null;
}

/** `{ bytes, gzip, minBytes, minGzip, minified }` of one file; for kinds not minified, min* repeat the raw figures. */
function measureFile(file) {
  const raw = fs.readFileSync(file);
  const min = minifyByKind(file, raw.toString('utf8'));
  const minBuffer = min === null ? raw : Buffer.from(min);
  return {
    bytes: raw.length,
    gzip: gzipBytes(raw),
    minBytes: minBuffer.length,
    minGzip: gzipBytes(minBuffer),
    minified: min !== null,
  };
}

/** The shipped bundle: miniprogram_dist/index.js. */
function bundleSize() {
  return { file: path.relative(ROOT, BUNDLE), ...measureFile(BUNDLE) };
}

/** The figure the budget checks: miniprogram_dist/index.js minified + gzipped, in bytes. */
function minifiedGzipBytes() {
  return measureFile(BUNDLE).minGzip;
}

function listFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (entry.isFile() && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.map')) out.push(full);
  }
  return out.sort();
}

/**
 * Every component under miniprogram_dist/components/ (a folder holding a .json with `"component": true`, or any
 * first-level folder), with its files measured. An empty list when there are none.
 */
function componentSizes() {
  if (!fs.existsSync(COMPONENTS)) return [];
  const components = [];
  for (const entry of fs
    .readdirSync(COMPONENTS, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const dir = path.join(COMPONENTS, entry.name);
    const files = entry.isDirectory() ? listFiles(dir) : [dir];
    const measured = files.map((file) => ({ file: path.relative(ROOT, file), ...measureFile(file) }));
    const total = { bytes: 0, gzip: 0, minBytes: 0, minGzip: 0 };
    for (const m of measured) for (const key of Object.keys(total)) total[key] += m[key];
    components.push({ name: entry.name, files: measured, total });
  }
  return components;
}

/**
 * What takes the bytes: src/index.ts bundled and minified by esbuild (metafile), `bytesInOutput` per source module,
 * largest first. Also the size of that esbuild bundle, as a cross-check of the rollup one.
 */
function contributors() {
  const result = esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'src/index.ts')],
    bundle: true,
    minify: true,
    format: 'cjs',
    target: 'es2015',
    platform: 'neutral',
    legalComments: 'none',
    metafile: true,
    write: false,
    outfile: 'out.js',
    absWorkingDir: ROOT,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  const modules = Object.entries(output.inputs)
    .map(([input, info]) => ({ module: input, bytes: info.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes || (a.module < b.module ? -1 : 1));
  const code = result.outputFiles[0].contents;
  return { modules, bundleBytes: code.length, bundleGzip: gzipBytes(code) };
}

module.exports = {
  GOAL_BYTES,
  PEERS,
  RATCHET_BYTES,
  GZIP_LEVEL,
  gzipBytes,
  minifyJs,
  measureFile,
  bundleSize,
  minifiedGzipBytes,
  componentSizes,
  contributors,
};

if (require.main === module) {
  console.log(JSON.stringify({ bundle: bundleSize(), components: componentSizes() }, null, 2));
}
