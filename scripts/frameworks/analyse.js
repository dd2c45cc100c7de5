#!/usr/bin/env node
// WeChat's own check of a built mini program, offline: miniprogram-ci analyseCode on <dir> (which holds a
// project.config.json). Its own process, because miniprogram-ci keeps handles open; prints one JSON line:
// { ok, errors: [...], modules } and exits 0 when the analysis ran (errors or not), 1 when it could not run.
'use strict';
const path = require('path');

async function main(dir) {
  const ci = require('miniprogram-ci');
  const network = require('miniprogram-ci/dist/utils/request');
  network.request = async (options) => {
    throw new Error(`offline: ${options && options.url}`);
  };
  const project = new ci.Project({
    appid: 'touristappid',
    type: 'miniProgram',
    projectPath: path.resolve(dir),
    privateKey: 'offline',
    ignores: ['node_modules/**/*'],
  });
  const analysis = await ci.analyseCode(project, { silent: true });
  const errors = analysis.modules.flatMap((m) =>
    m.deps.filter((d) => d.error).map((d) => `${m.path}: ${d.error}`),
  );
  console.log(JSON.stringify({ ok: true, errors, modules: analysis.modules.length }));
}

main(process.argv[2]).then(
  () => process.exit(0),
  (error) => {
    console.log(
      JSON.stringify({ ok: false, error: String((error && (error.stack || error.message)) || error) }),
    );
    process.exit(1);
  },
);
