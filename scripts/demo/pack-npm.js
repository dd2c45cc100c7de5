#!/usr/bin/env node
// DevTools' "Build npm", offline: miniprogram-ci packNpm puts the SDK into demo-miniprogram/miniprogram_npm/.
// Its own process, because miniprogram-ci keeps handles open after it is done. Prints one JSON line.
'use strict';
const path = require('path');
const { linkSdk, ROOT, DEMO } = require('./link-sdk');

/** The demo (or a copy at `root`) as a miniprogram-ci project; offline (no key, no network for packNpm / analyseCode). */
function demoProject(ci, root = ROOT) {
  return new ci.Project({
    appid: 'touristappid',
    type: 'miniProgram',
    projectPath: root,
    privateKey: 'offline',
    ignores: ['node_modules/**/*'],
  });
}

async function main() {
  linkSdk();
  const ci = require('miniprogram-ci');
  const warnings = await ci.packNpm(demoProject(ci), { reporter: () => undefined });
  const dir = path.join(DEMO, 'miniprogram_npm', 'eiam-miniprogram-sdk');
  console.log(JSON.stringify({ ok: true, dir, warnings: warnings || [] }));
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.log(JSON.stringify({ ok: false, error: String((error && error.stack) || error) }));
      process.exit(1);
    },
  );
}

module.exports = { demoProject };
