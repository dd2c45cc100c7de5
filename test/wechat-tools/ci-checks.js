#!/usr/bin/env node
// What WeChat DevTools checks, offline, with miniprogram-ci: Build npm (packNpm), code analysis (unresolved
// components and modules), and a full compile (getCompiledResult). Its own process, because miniprogram-ci keeps
// handles open; prints one JSON line and exits.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { linkSdk, ROOT, DEMO } = require('../../scripts/demo/link-sdk');
const { demoProject } = require('../../scripts/demo/pack-npm');
const { listFiles: list } = require('../../scripts/list-files');

/** What project.attr() would fetch from WeChat's servers: a released, non-sandbox mini program's limits. */
const PROJECT_ATTR = {
  platform: false,
  appType: 0,
  isSandbox: false,
  released: true,
  setting: {
    MaxCodeSize: 2,
    MaxSubpackageSubCodeSize: 2,
    MaxSubpackageFullCodeSize: 20,
    NavigateMiniprogramLimit: 10,
    MaxSubPackageLimit: 100,
    MinTabbarCount: 2,
    MaxTabbarCount: 5,
    MaxCustomTabbarCount: 5,
    MaxTabbarIconSize: 40,
  },
};

/** analyseCode on a copy of the demo with an unknown component and module: the errors it reports. */
async function brokenCopyErrors(ci) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eiam-ci-broken-'));
  try {
    fs.copyFileSync(path.join(ROOT, 'project.config.json'), path.join(dir, 'project.config.json'));
    fs.cpSync(DEMO, path.join(dir, 'demo-miniprogram'), {
      recursive: true,
      filter: (f) => !f.includes('node_modules'),
    });
    const page = path.join(dir, 'demo-miniprogram', 'pages', 'home', 'index');
    fs.writeFileSync(
      `${page}.json`,
      JSON.stringify({
        component: true,
        usingComponents: { x: 'eiam-miniprogram-sdk/components/no-such/index' },
      }),
    );
    fs.appendFileSync(`${page}.js`, "\nrequire('./no-such-module');\n");
    const analysis = await ci.analyseCode(demoProject(ci, dir), { silent: true });
    return analysis.modules.flatMap((m) => m.deps.filter((d) => d.error).map((d) => d.error));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  linkSdk();
  const ci = require('miniprogram-ci');
  // Offline for sure: a network call (the compile asks for WeChat's file-extension list, and falls back to the
  // built-in list when that fails) fails at once instead of waiting on DNS.
  const network = require('miniprogram-ci/dist/utils/request');
  network.request = async (options) => {
    throw new Error(`offline: ${options && options.url}`);
  };
  const silent = { reporter: () => undefined };
  const out = {};

  const npmDir = path.join(DEMO, 'miniprogram_npm', 'eiam-miniprogram-sdk');
  fs.rmSync(path.join(DEMO, 'miniprogram_npm'), { recursive: true, force: true });
  out.packWarnings = (await ci.packNpm(demoProject(ci), silent)) || [];
  out.packed = fs.existsSync(npmDir) ? list(npmDir).filter((f) => !f.endsWith('.d.ts')) : [];

  const analysis = await ci.analyseCode(demoProject(ci), { silent: true });
  out.analysis = JSON.parse(JSON.stringify(analysis || null));

  out.brokenErrors = await brokenCopyErrors(ci);

  const project = demoProject(ci);
  project.attr = async () => PROJECT_ATTR;
  const compiled = await ci.getCompiledResult({
    project,
    version: '0.0.0',
    setting: { es6: true, minify: false },
    onProgressUpdate: () => undefined,
  });
  out.compiledFiles = Object.keys(compiled).sort();
  console.log(JSON.stringify({ ok: true, ...out }));
}

main().then(
  () => process.exit(0),
  (error) => {
    console.log(
      JSON.stringify({ ok: false, error: String((error && (error.stack || error.message)) || error) }),
    );
    process.exit(1);
  },
);
