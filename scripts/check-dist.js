#!/usr/bin/env node
// Fails when miniprogram_dist/ or dist/esm/ differs from a fresh build of src/: what is committed must be what src/
// builds.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { listFiles: list } = require('./list-files');

const root = path.resolve(__dirname, '..');
/** Each committed output folder, and the variable that sends rollup's build of it elsewhere. */
const OUTPUTS = [
  { dir: 'miniprogram_dist', env: 'OUT_DIR' },
  { dir: 'dist/esm', env: 'ESM_OUT_DIR' },
];
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'eiam-dist-'));

try {
  const env = { ...process.env };
  for (const o of OUTPUTS) env[o.env] = path.join(scratch, o.dir);
  execFileSync(process.execPath, [require.resolve('rollup/dist/bin/rollup'), '-c', '--silent'], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  const problems = [];
  const counts = [];
  for (const o of OUTPUTS) {
    const committed = path.join(root, o.dir);
    const fresh = path.join(scratch, o.dir);
    const a = fs.existsSync(committed) ? list(committed) : [];
    const b = list(fresh);
    for (const f of b) {
      if (a.indexOf(f) < 0) problems.push(`missing from ${o.dir}: ${f}`);
      else if (!fs.readFileSync(path.join(committed, f)).equals(fs.readFileSync(path.join(fresh, f)))) {
        problems.push(`differs from a fresh build: ${o.dir}/${f}`);
      }
    }
    for (const f of a) if (b.indexOf(f) < 0) problems.push(`not produced by the build: ${o.dir}/${f}`);
    counts.push(`${o.dir}/ ${b.length} files`);
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    console.error(`${OUTPUTS.map((o) => o.dir).join(' or ')} is stale: run \`npm run build\` and commit it.`);
    process.exit(1);
  }
  console.log(`The build output matches a fresh build (${counts.join(', ')}).`);
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
