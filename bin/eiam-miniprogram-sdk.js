#!/usr/bin/env node
// eiam-miniprogram-sdk's command line. One command:
//   eiam-miniprogram-sdk copy-components <dir>
// copies the package's mini program code (miniprogram_dist/: the SDK file and the components, no .d.ts) to
// <dir>/eiam-miniprogram-sdk/, e.g. `npx eiam-miniprogram-sdk copy-components src/wxcomponents` in a uni-app project,
// whose build hands a usingComponents path to WeChat as it is only under wxcomponents/. Plain Node, no dependencies.
'use strict';
const fs = require('fs');
const path = require('path');

const PACKAGE = 'eiam-miniprogram-sdk';
const DIST = path.join(__dirname, '..', 'miniprogram_dist');
const USAGE = `Usage: ${PACKAGE} copy-components <dir>

Copies the components and the SDK file they require (miniprogram_dist/, without .d.ts) to <dir>/${PACKAGE}/,
replacing an earlier copy. For uni-app:

  npx ${PACKAGE} copy-components src/wxcomponents

then in pages.json: "usingComponents": { "eiam-bind-form": "/wxcomponents/${PACKAGE}/components/eiam-bind-form/index" }
`;

/** Files of `dir`, relative, sorted. */
function listFiles(dir, prefix = '') {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => {
      const rel = path.join(prefix, e.name);
      return e.isDirectory() ? listFiles(dir, rel) : [rel];
    })
    .sort();
}

/**
 * Copies the mini program files of miniprogram_dist/ to `<dir>/eiam-miniprogram-sdk/`.
 * @param {string} dir the target folder (created if missing)
 * @returns {{ target: string, files: string[] }} where the files went, and which (relative to the target)
 */
function copyComponents(dir) {
  const target = path.resolve(dir, PACKAGE);
  const files = listFiles(DIST).filter((f) => !f.endsWith('.d.ts'));
  fs.rmSync(target, { recursive: true, force: true });
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    fs.copyFileSync(path.join(DIST, file), path.join(target, file));
  }
  return { target, files };
}

function main(argv) {
  const [command, dir, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command !== 'copy-components' || !dir || rest.length > 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  const { target, files } = copyComponents(dir);
  process.stdout.write(
    `${PACKAGE}: copied ${files.length} files to ${path.relative(process.cwd(), target) || '.'}\n`,
  );
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { copyComponents, main };
