// The demo as DevTools would run it after "Build npm", staged in a temporary folder so that tests never race the
// real demo-miniprogram/miniprogram_npm/ (which the miniprogram-ci test rebuilds): the demo's sources, the built
// package copied into miniprogram_npm/ (what packNpm does: a verbatim copy of miniprogram_dist/), and a
// node_modules link so that `require('eiam-miniprogram-sdk')` resolves to that copy under jest too.
import fs from 'fs';
import os from 'os';
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const DEMO = path.join(ROOT, 'demo-miniprogram');
const DIST = path.join(ROOT, 'miniprogram_dist');

export function stageDemo(): { root: string; remove(): void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'eiam-demo-'));
  fs.cpSync(DEMO, root, {
    recursive: true,
    filter: (src) => !/^(node_modules|miniprogram_npm)(\/|$)/.test(path.relative(DEMO, src)),
  });
  const npm = path.join(root, 'miniprogram_npm', 'eiam-miniprogram-sdk');
  fs.cpSync(DIST, npm, { recursive: true });
  fs.mkdirSync(path.join(root, 'node_modules'));
  fs.symlinkSync(npm, path.join(root, 'node_modules', 'eiam-miniprogram-sdk'), 'dir');
  return { root, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}
