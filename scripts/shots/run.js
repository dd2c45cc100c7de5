#!/usr/bin/env node
// `npm run shots`: builds the SDK, packs the demo's npm, launches one headless Chromium from npm
// (@sparticuz/chromium + puppeteer-core) and draws every state of the shipped components and the demo's pages as
// WeChat's renderer would (wx-* elements, WXSS with the rpx rule, Noto Sans SC from npm), into docs/images/*.png.
//   EIAM_SHOTS_DIR=<dir> writes the pictures elsewhere.
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const path = require('path');
const { launchBrowser } = require('./browser');

const ROOT = path.resolve(__dirname, '../..');

async function main() {
  console.log('Building the SDK (rollup → miniprogram_dist/) ...');
  execFileSync(process.execPath, [require.resolve('rollup/dist/bin/rollup'), '-c', '--silent'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  console.log("Packing the demo's npm (miniprogram-ci packNpm) ...");
  const packed = spawnSync(process.execPath, [path.join(ROOT, 'scripts/demo/pack-npm.js')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (packed.status !== 0) throw new Error(`packNpm failed: ${packed.stdout}\n${packed.stderr}`);
  console.log('Launching headless Chromium (@sparticuz/chromium) ...');
  const browser = await launchBrowser();
  process.env.EIAM_BROWSER_WS = browser.wsEndpoint();
  try {
    console.log('Drawing ...');
    const { runCLI } = require('jest');
    const config = {
      rootDir: ROOT,
      roots: ['<rootDir>/scripts/shots'],
      testMatch: ['**/shots.walk.js', '**/pages.walk.js'],
      testEnvironment: 'jsdom',
      transform: {},
      // The demo requires the SDK by its package name; DevTools resolves it from miniprogram_npm/.
      moduleNameMapper: {
        '^eiam-miniprogram-sdk$': '<rootDir>/demo-miniprogram/miniprogram_npm/eiam-miniprogram-sdk/index.js',
      },
      testTimeout: 300000,
    };
    const { results } = await runCLI(
      {
        _: [],
        $0: 'shots',
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
    if (results.numPassedTests !== 2 || failed.length) {
      console.error(`\nThe pictures were NOT all drawn:\n${failed.join('\n') || 'no test ran'}`);
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
