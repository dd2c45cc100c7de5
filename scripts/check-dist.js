#!/usr/bin/env node
// Fails when miniprogram_dist/ differs from a fresh build of src/: the committed bundle must be what src/ builds.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { listFiles: list } = require('./list-files');

const root = path.resolve(__dirname, '..');
const committed = path.join(root, 'miniprogram_dist');
const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'eiam-dist-'));

try {
  execFileSync(process.execPath, [require.resolve('rollup/dist/bin/rollup'), '-c', '--silent'], {
    cwd: root,
    env: { ...process.env, OUT_DIR: fresh },
    stdio: 'inherit',
  });
  const a = fs.existsSync(committed) ? list(committed) : [];
  const b = list(fresh);
  const problems = [];
  for (const f of b) {
    if (a.indexOf(f) < 0) problems.push(`missing from miniprogram_dist: ${f}`);
    else if (!fs.readFileSync(path.join(committed, f)).equals(fs.readFileSync(path.join(fresh, f)))) {
      problems.push(`differs from a fresh build: ${f}`);
    }
  }
  for (const f of a) if (b.indexOf(f) < 0) problems.push(`not produced by the build: ${f}`);
  if (problems.length) {
    console.error(problems.join('\n'));
    console.error('miniprogram_dist/ is stale: run `npm run build` and commit it.');
    process.exit(1);
  }
  console.log(`miniprogram_dist/ matches a fresh build (${b.length} files).`);
} finally {
  fs.rmSync(fresh, { recursive: true, force: true });
}
