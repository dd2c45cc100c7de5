#!/usr/bin/env node
// `npm run shots`: builds the SDK, packs the demo's npm, launches one headless Chromium from npm
// (@sparticuz/chromium + puppeteer-core) and draws every state of the shipped components and the demo's pages as
// WeChat's renderer would (wx-* elements, WXSS with the rpx rule, Noto Sans SC from npm), into docs/images/*.png.
//   EIAM_SHOTS_DIR=<dir> writes the pictures elsewhere.
'use strict';
const { launchBrowser } = require('./browser');
const { buildAndPack, runWalks } = require('../walk-runner');

async function main() {
  buildAndPack();
  console.log('Launching headless Chromium (@sparticuz/chromium) ...');
  const browser = await launchBrowser();
  process.env.EIAM_BROWSER_WS = browser.wsEndpoint();
  try {
    console.log('Drawing ...');
    const failed = await runWalks({
      name: 'shots',
      root: 'scripts/shots',
      testMatch: ['**/shots.walk.js', '**/pages.walk.js'],
      expected: 2,
      timeoutMs: 300000,
    });
    if (failed.length) {
      console.error(`\nThe pictures were NOT all drawn:\n${failed.join('\n')}`);
      return 1;
    }
    console.log('Pictures written to docs/images/.');
    return 0;
  } finally {
    await browser.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`npm run shots failed: ${error.stack || error.message}`);
    process.exit(1);
  },
);
