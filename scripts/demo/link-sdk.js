// What `npm i` inside demo-miniprogram/ does for `"eiam-miniprogram-sdk": "file:.."`: a symlink, made offline.
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const DEMO = path.join(ROOT, 'demo-miniprogram');

/** Creates demo-miniprogram/node_modules/eiam-miniprogram-sdk → ../.. unless it is there; safe to race. */
function linkSdk() {
  const link = path.join(DEMO, 'node_modules', 'eiam-miniprogram-sdk');
  fs.mkdirSync(path.dirname(link), { recursive: true });
  try {
    if (fs.realpathSync(link) === ROOT) return link;
    fs.rmSync(link, { recursive: true, force: true });
  } catch {
    // absent
  }
  try {
    fs.symlinkSync(path.relative(path.dirname(link), ROOT), link, 'dir');
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
  }
  return link;
}

module.exports = { linkSdk, ROOT, DEMO };
