#!/usr/bin/env node
// `npm run demo`: builds the SDK, packs the demo's npm like DevTools' "Build npm", and walks the demo mini program's
// real pages through a complete sign-in in miniprogram-simulate, against the embedded mock IDaaS.
//   npm run demo -- --domain https://tenant.example.com --client-id ID [--no-captcha]   a real tenant (asks for codes)
// The slider captcha comes before every code, as the vendor's send pages require; --no-captcha is for a tenant that
// turned it off.
// Exits 0 only when the whole flow completed.
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const path = require('path');
const { ROOT } = require('./link-sdk');

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === '--domain') args.domain = value();
    else if (flag === '--client-id') args.clientId = value();
    else if (flag === '--captcha') args.captcha = true;
    else if (flag === '--no-captcha') args.captcha = false;
    else
      throw new Error(
        `unknown argument ${argv[i]} (usage: npm run demo [-- --domain URL --client-id ID [--no-captcha]])`,
      );
  }
  if (!args.domain !== !args.clientId) throw new Error('--domain and --client-id go together');
  if (args.domain && !/^https:\/\//.test(args.domain)) throw new Error('--domain must be an https:// URL');
  return args;
}

function packNpm() {
  const out = spawnSync(process.execPath, [path.join(__dirname, 'pack-npm.js')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const last = (out.stdout || '').trim().split('\n').pop() || '{}';
  let result;
  try {
    result = JSON.parse(last);
  } catch {
    result = { ok: false, error: `${out.stdout}\n${out.stderr}` };
  }
  if (out.status !== 0 || !result.ok) throw new Error(`packNpm failed: ${result.error || out.stderr}`);
  return result;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  console.log('Building the SDK (rollup → miniprogram_dist/) ...');
  execFileSync(process.execPath, [require.resolve('rollup/dist/bin/rollup'), '-c', '--silent'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  console.log("Packing the demo's npm (miniprogram-ci packNpm, as DevTools' Build npm does) ...");
  const packed = packNpm();
  console.log(`  → ${path.relative(ROOT, packed.dir)}/`);
  if (args.domain) {
    process.env.EIAM_DEMO_DOMAIN = args.domain;
    process.env.EIAM_DEMO_CLIENT_ID = args.clientId;
    process.env.EIAM_DEMO_CAPTCHA = args.captcha === false ? '0' : '1';
  }
  console.log("Opening the demo's pages in miniprogram-simulate ...\n");
  const { runCLI } = require('jest');
  const config = {
    rootDir: ROOT,
    roots: ['<rootDir>/scripts/demo'],
    testMatch: ['**/demo.walk.js'],
    testEnvironment: 'jsdom',
    transform: {},
    // The demo requires the SDK by its package name; DevTools resolves it from miniprogram_npm/.
    moduleNameMapper: {
      '^eiam-miniprogram-sdk$': '<rootDir>/demo-miniprogram/miniprogram_npm/eiam-miniprogram-sdk/index.js',
    },
    testTimeout: 600000,
  };
  const { results } = await runCLI(
    {
      _: [],
      $0: 'demo',
      config: JSON.stringify(config),
      runInBand: true,
      silent: false,
      reporters: [],
      watchman: false,
      cache: false,
    },
    [ROOT],
  );
  const failed = results.testResults.flatMap((file) =>
    file.testExecError ? [file.testExecError.message] : file.testResults.flatMap((t) => t.failureMessages),
  );
  if (results.numPassedTests !== 1 || failed.length) {
    console.error(`\nThe demo did NOT complete the sign-in flow:\n${failed.join('\n') || 'no test ran'}`);
    return 1;
  }
  console.log('The demo completed the sign-in flow.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`npm run demo failed: ${error.message}`);
    process.exit(1);
  },
);
