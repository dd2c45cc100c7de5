#!/usr/bin/env node
// The framework fixtures, built as an integrator would: `npm pack` of this project, then for Taro
// (test/frameworks/taro) and uni-app (test/frameworks/uni): install from the fixture's lockfile plus the packed
// tarball, the copy step the README documents (uni-app only), the framework's own CLI build, checks of the built
// output (the component and the SDK file it requires are there; the page's template hands the component its
// properties and binds its events), WeChat's analyseCode (0 errors), and the type-check (tsc with the JSX
// declarations; vue-tsc --strictTemplates), including mistakes that must not compile. Exits 1 on any failure.
//   node scripts/frameworks/run.js [taro|uni ...]     (offline but for the npm registry; about 3 minutes cold)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'test', 'frameworks');
/** A string of the SDK's code that minifiers keep: the files holding it are copies of the SDK. */
const SDK_MARK = '/api/v2/sdk/';
const failures = [];
const timings = [];

function run(cmd, args, cwd, { capture = false } = {}) {
  const started = Date.now();
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      BROWSERSLIST_IGNORE_OLD_DATA: '1',
    },
  });
  const seconds = (Date.now() - started) / 1000;
  timings.push(`${path.relative(ROOT, cwd) || '.'}: ${cmd} ${args.join(' ')} — ${seconds.toFixed(1)} s`);
  return { ok: r.status === 0, stdout: r.stdout || '', stderr: r.stderr || '', status: r.status };
}

/** `run`, without waiting: for the two installs, which wait mostly on the network and can overlap. */
function runInBackground(cmd, args, cwd) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('close', (status) => {
      const seconds = (Date.now() - started) / 1000;
      timings.push(`${path.relative(ROOT, cwd) || '.'}: ${cmd} ${args.join(' ')} — ${seconds.toFixed(1)} s`);
      resolve({ ok: status === 0 });
    });
  });
}

function step(name, ok, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
  if (!ok) failures.push(name);
  return ok;
}

function read(file) {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}

/** Files under `dir` (relative) whose text contains `needle`: where copies of the SDK's code ended up. */
function filesContaining(dir, needle) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js') && fs.readFileSync(p, 'utf8').includes(needle))
        out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** WeChat's analyseCode on a built mini program: the errors it reports (its own process: miniprogram-ci keeps handles). */
function analyse(name, dist) {
  const r = run(process.execPath, [path.join(__dirname, 'analyse.js'), dist], ROOT, { capture: true });
  const line = r.stdout.trim().split('\n').pop() || '{}';
  let result;
  try {
    result = JSON.parse(line);
  } catch {
    result = { ok: false, error: r.stdout + r.stderr };
  }
  const ok = result.ok && result.errors.length === 0 && result.modules > 0;
  step(
    `${name}: analyseCode`,
    ok,
    result.ok
      ? `${result.errors.length} errors, ${result.modules} modules${ok ? '' : `: ${result.errors.join('; ')}`}`
      : result.error,
  );
}

/**
 * The type-check, in one run with copies of the page beside it that each plant one mistake in the component's use:
 * it must report each mistake's error in that copy, and no error anywhere else.
 */
function typeCheck(name, cwd, command, page, mistakes) {
  const source = fs.readFileSync(path.join(cwd, page), 'utf8');
  const planted = mistakes.map(([from, to, expected], i) => {
    const file = path.join(path.dirname(page), `mistake-${i + 1}${path.extname(page)}`);
    fs.writeFileSync(path.join(cwd, file), source.replace(from, to));
    return { file, to, expected, planted: source.includes(from) };
  });
  try {
    const r = run('npx', command, cwd, { capture: true });
    // One entry per error: its first line starts with the file; indented lines continue it.
    const errors = (r.stdout + r.stderr).split(/\n(?=\S)/).filter((e) => /\(\d+,\d+\): error /.test(e));
    const elsewhere = errors.filter((e) => !planted.some((p) => e.startsWith(p.file)));
    step(
      `${name}: ${command.join(' ')} (the page as the README shows it)`,
      errors.length > 0 && !elsewhere.length,
      elsewhere.join('\n'),
    );
    for (const { file, to, expected, planted: ok } of planted) {
      const found = errors.some((e) => e.startsWith(file) && e.includes(expected));
      step(`${name}: refuses ${to.trim()}`, ok && found, ok ? (found ? '' : 'no such error') : 'not planted');
    }
  } finally {
    for (const { file } of planted) fs.rmSync(path.join(cwd, file), { force: true });
  }
}

/** Installs the fixture from its lockfile, then the packed tarball (without recording it). */
async function install(name, tarball) {
  const cwd = path.join(FIXTURES, name);
  fs.rmSync(path.join(cwd, 'node_modules', 'eiam-miniprogram-sdk'), { recursive: true, force: true });
  const lock = read(path.join(cwd, 'package-lock.json'));
  // `npm install`, not `npm ci`: Taro's lockfile names macOS/Windows binding packages this registry refuses; the
  // lockfile must come out unchanged, which is checked below.
  const args = ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball];
  const r = await runInBackground('npm', args, cwd);
  step(`${name}: npm install (lockfile + packed tarball)`, r.ok);
  step(`${name}: lockfile unchanged`, read(path.join(cwd, 'package-lock.json')) === lock);
  const pkg = JSON.parse(
    read(path.join(cwd, 'node_modules', 'eiam-miniprogram-sdk', 'package.json')) || '{}',
  );
  return step(`${name}: the packed SDK is installed`, pkg.name === 'eiam-miniprogram-sdk', pkg.version);
}

function taro() {
  const name = 'taro';
  const cwd = path.join(FIXTURES, 'taro');
  fs.rmSync(path.join(cwd, 'dist'), { recursive: true, force: true });
  const built = run('npx', ['taro', 'build', '--type', 'weapp'], cwd);
  if (!step(`${name}: taro build --type weapp`, built.ok)) return;
  const dist = path.join(cwd, 'dist');
  const json = JSON.parse(read(path.join(dist, 'pages/sign-in/index.json')) || '{}');
  const ref = (json.usingComponents || {})['eiam-bind-form'] || '';
  step(
    `${name}: the page's usingComponents`,
    ref === '/npm/eiam-miniprogram-sdk/miniprogram_dist/components/eiam-bind-form/index',
    ref,
  );
  for (const f of ['eiam-bind-form/index', 'eiam-captcha/index'])
    for (const ext of ['.js', '.json', '.wxml', '.wxss']) {
      const file = `npm/eiam-miniprogram-sdk/miniprogram_dist/components/${f}${ext}`;
      step(`${name}: ${file} in the output`, fs.existsSync(path.join(dist, file)));
    }
  // Taro renders every page through base.wxml's templates: the one for the component must hand it the properties
  // the page sets and bind its events to Taro's event handler.
  const base = read(path.join(dist, 'base.wxml'));
  const tag = (base.match(/<eiam-bind-form [^>]*>/) || [''])[0];
  // WeChat's wcc reads a camelCase attribute as the property of that name (as it does `terms-url`).
  for (const attr of [
    'flows="{{i.flows}}"',
    'termsUrl="{{i.termsUrl}}"',
    'bindsuccess="eh"',
    'binderror="eh"',
  ])
    step(`${name}: base.wxml's <eiam-bind-form> has ${attr}`, tag.includes(attr), tag ? '' : 'no such tag');
  // One copy, in vendors.js, shared by the page and the component: webpack takes the page's `import` from dist/esm/
  // (the `import` condition of `exports`) and maps the component's `require('../../index')`, the CommonJS file, to
  // dist/esm/ as well (the package's `browser` field); both entries use it, so it goes to the common chunk.
  const copies = filesContaining(dist, SDK_MARK);
  step(
    `${name}: copies of the SDK in the output`,
    copies.join() === 'vendors.js',
    copies.map((f) => `${f} (${fs.statSync(path.join(dist, f)).size} B)`).join(', '),
  );
  analyse(name, dist);
  typeCheck(name, cwd, ['tsc', '-p', 'tsconfig.json', '--noEmit'], 'src/pages/sign-in/index.tsx', [
    [' onSuccess=', ' mode="rgister" onSuccess=', `Type '"rgister"' is not assignable`],
    [' onSuccess=', ' onSucess={signedIn} onSuccess=', `'onSucess' does not exist`],
    [' termsUrl=', ' termUrl=', `'termUrl' does not exist`],
    [
      ' onSuccess=',
      ' onAgreement={signedIn} onSuccess=',
      `Type 'EiamBindFormAgreementDetail' is missing the following properties`,
    ],
    ['.setClient(eiam)', '.setClinet(eiam)', `Property 'setClinet' does not exist`],
    ['e.detail.session.claims', 'e.detail.sesion.claims', `Property 'sesion' does not exist`],
    ['.claims.sub)', '.claims.sub, e.detail.consentAT)', `Property 'consentAT' does not exist`],
  ]);
}

function uni() {
  const name = 'uni';
  const cwd = path.join(FIXTURES, 'uni');
  const copy = run('npx', ['eiam-miniprogram-sdk', 'copy-components', 'src/wxcomponents'], cwd);
  step(`${name}: npx eiam-miniprogram-sdk copy-components src/wxcomponents`, copy.ok);
  fs.rmSync(path.join(cwd, 'dist'), { recursive: true, force: true });
  const built = run('npx', ['uni', 'build', '-p', 'mp-weixin'], cwd);
  if (!step(`${name}: uni build -p mp-weixin`, built.ok)) return;
  const dist = path.join(cwd, 'dist', 'build', 'mp-weixin');
  const json = JSON.parse(read(path.join(dist, 'pages/sign-in/index.json')) || '{}');
  const ref = (json.usingComponents || {})['eiam-bind-form'] || '';
  step(
    `${name}: the page's usingComponents`,
    ref === '../../wxcomponents/eiam-miniprogram-sdk/components/eiam-bind-form/index',
    ref,
  );
  const sdk = 'wxcomponents/eiam-miniprogram-sdk';
  for (const file of [
    'index.js',
    'components/eiam-bind-form/index.js',
    'components/eiam-bind-form/index.wxml',
    'components/eiam-captcha/index.js',
    'components/eiam-captcha/drag-to-image-x.js',
  ])
    step(`${name}: ${sdk}/${file} in the output`, fs.existsSync(path.join(dist, sdk, file)));
  // uni-app hands a native component (one under wxcomponents/) its properties through `u-p`, which its runtime
  // sets on the component when `u-t="m"` marks it native; the page's code must put the properties in `u-p`.
  const wxml = read(path.join(dist, 'pages/sign-in/index.wxml'));
  const tag = (wxml.match(/<eiam-bind-form [^>]*>/) || [''])[0];
  for (const attr of ['u-t="m"', 'id="bind"', 'bindsuccess="{{', 'binderror="{{', 'u-p="{{'])
    step(`${name}: the page's <eiam-bind-form> has ${attr}`, tag.includes(attr), tag ? '' : 'no such tag');
  const js = read(path.join(dist, 'pages/sign-in/index.js'));
  step(
    `${name}: the page's u-p carries flows and termsUrl`,
    /\.p\(\{id:"bind",flows:[^,}]+,termsUrl:"\/pages\/legal\/terms"\}\)/.test(js),
  );
  const copies = filesContaining(dist, SDK_MARK);
  step(
    `${name}: copies of the SDK in the output`,
    copies.length === 2,
    copies.map((f) => `${f} (${fs.statSync(path.join(dist, f)).size} B)`).join(', '),
  );
  analyse(name, dist);
  typeCheck(name, cwd, ['vue-tsc', '--noEmit', '-p', 'tsconfig.json'], 'src/pages/sign-in/index.vue', [
    [':flows="flows"', ':flows="flows" mode="rgister"', `Type '"rgister"' is not assignable`],
    [':flows="flows"', ':flows="flows" :flow="flows"', `'flow' does not exist`],
    [':flows="flows"', ':flows="flows" :consent="1"', `Type 'number' is not assignable to type 'boolean`],
    [
      "selectComponent('#bind').setClient(eiam)",
      "selectComponent('#bind').setClinet(eiam)",
      `Property 'setClinet' does not exist`,
    ],
    ['e.detail.session.claims', 'e.detail.sesion.claims', `Property 'sesion' does not exist`],
    ['.claims.sub)', '.claims.sub, e.detail.consentAT)', `Property 'consentAT' does not exist`],
  ]);
}

async function main() {
  const which = process.argv.slice(2);
  const started = Date.now();
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'eiam-pack-'));
  try {
    const packed = run('npm', ['pack', '--silent', '--pack-destination', out], ROOT, { capture: true });
    const tarball = path.join(out, packed.stdout.trim().split('\n').pop() || 'none');
    if (!step('npm pack', packed.ok && fs.existsSync(tarball), path.basename(tarball))) return 1;
    const fixtures = ['taro', 'uni'].filter((name) => !which.length || which.includes(name));
    // Both installs at once (network); then one build at a time (CPU).
    const installed = await Promise.all(fixtures.map((name) => install(name, tarball)));
    const build = { taro, uni };
    fixtures.forEach((name, i) => installed[i] && build[name]());
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
  console.log(timings.map((t) => `  ${t}`).join('\n'));
  const total = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    failures.length
      ? `frameworks: ${failures.length} failed (${total} s): ${failures.join('; ')}`
      : `frameworks: all passed (${total} s)`,
  );
  return failures.length ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
});
