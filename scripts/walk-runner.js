'use strict';
// What `npm run demo` and `npm run shots` share: the SDK built and packed as DevTools' "Build npm" would, then walks
// of the demo's pages run by jest in miniprogram-simulate (jsdom), with the SDK required by its package name.
const { execFileSync, spawnSync } = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

/** Builds the SDK (rollup → miniprogram_dist/) and packs the demo's npm (miniprogram-ci packNpm); returns packNpm's answer. */
function buildAndPack() {
  console.log('Building the SDK (rollup → miniprogram_dist/) ...');
  execFileSync(process.execPath, [require.resolve('rollup/dist/bin/rollup'), '-c', '--silent'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  console.log("Packing the demo's npm (miniprogram-ci packNpm, as DevTools' Build npm does) ...");
  const out = spawnSync(process.execPath, [path.join(ROOT, 'scripts/demo/pack-npm.js')], {
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

/**
 * Runs the walk files matched by `testMatch` under `root` in one jest run, in band; resolves with the failure
 * messages, an empty list only when exactly `expected` walks passed.
 */
async function runWalks({ name, root, testMatch, expected, timeoutMs }) {
  const { runCLI } = require('jest');
  const config = {
    rootDir: ROOT,
    roots: [`<rootDir>/${root}`],
    testMatch,
    testEnvironment: 'jsdom',
    transform: {},
    // The demo requires the SDK by its package name; DevTools resolves it from miniprogram_npm/.
    moduleNameMapper: {
      '^eiam-miniprogram-sdk$': '<rootDir>/demo-miniprogram/miniprogram_npm/eiam-miniprogram-sdk/index.js',
    },
    testTimeout: timeoutMs,
  };
  const { results } = await runCLI(
    {
      _: [],
      $0: name,
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
  if (results.numPassedTests !== expected && !failed.length) failed.push('no test ran');
  return failed;
}

module.exports = { ROOT, buildAndPack, runWalks };
