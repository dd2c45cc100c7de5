#!/usr/bin/env node
// `npm run demo`: builds the SDK, packs the demo's npm like DevTools' "Build npm", and walks the demo mini program's
// real pages through a complete sign-in in miniprogram-simulate, against the embedded mock IDaaS.
//   npm run demo -- --domain https://tenant.example.com --client-id ID [--no-captcha]   a real tenant (asks for codes)
// The slider captcha comes before every code, as the vendor's send pages require; --no-captcha is for a tenant that
// turned it off.
// Exits 0 only when the whole flow completed.
'use strict';
const path = require('path');
const { ROOT, buildAndPack, runWalks } = require('../walk-runner');

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

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const packed = buildAndPack();
  console.log(`  → ${path.relative(ROOT, packed.dir)}/`);
  if (args.domain) {
    process.env.EIAM_DEMO_DOMAIN = args.domain;
    process.env.EIAM_DEMO_CLIENT_ID = args.clientId;
    process.env.EIAM_DEMO_CAPTCHA = args.captcha === false ? '0' : '1';
  }
  console.log("Opening the demo's pages in miniprogram-simulate ...\n");
  const failed = await runWalks({
    name: 'demo',
    root: 'scripts/demo',
    testMatch: ['**/demo.walk.js'],
    expected: 1,
    timeoutMs: 600000,
  });
  if (failed.length) {
    console.error(`\nThe demo did NOT complete the sign-in flow:\n${failed.join('\n')}`);
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
