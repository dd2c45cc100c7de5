// `npx eiam-miniprogram-sdk copy-components <dir>`: the uni-app copy step (bin/eiam-miniprogram-sdk.js).
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { listFiles } from '../../scripts/list-files';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin', 'eiam-miniprogram-sdk.js');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eiam-copy-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });

it('is the package bin that npx runs', () => {
  expect(pkg.bin).toEqual({ 'eiam-miniprogram-sdk': 'bin/eiam-miniprogram-sdk.js' });
  expect(pkg.files).toContain('bin');
  expect(fs.readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
});

it('copies the components and the SDK file they require, without the .d.ts files', () => {
  const r = cli('copy-components', 'src/wxcomponents');
  expect(r.status).toBe(0);
  const target = path.join(dir, 'src', 'wxcomponents', 'eiam-miniprogram-sdk');
  const expected = listFiles(path.join(ROOT, 'miniprogram_dist'))
    .filter((f: string) => !f.endsWith('.d.ts'))
    .sort();
  expect(listFiles(target).sort()).toEqual(expected);
  expect(expected).toEqual(
    expect.arrayContaining([
      'index.js',
      'components/eiam-bind-form/index.js',
      'components/eiam-captcha/index.wxml',
    ]),
  );
  for (const file of expected)
    expect(fs.readFileSync(path.join(target, file))).toEqual(
      fs.readFileSync(path.join(ROOT, 'miniprogram_dist', file)),
    );
  expect(r.stdout).toBe(
    `eiam-miniprogram-sdk: copied ${expected.length} files to src/wxcomponents/eiam-miniprogram-sdk\n`,
  );
});

it('replaces an earlier copy: a file the package no longer has goes', () => {
  const stale = path.join(dir, 'wx', 'eiam-miniprogram-sdk', 'components', 'old', 'index.js');
  fs.mkdirSync(path.dirname(stale), { recursive: true });
  fs.writeFileSync(stale, '');
  const mine = path.join(dir, 'wx', 'my-component', 'index.js');
  fs.mkdirSync(path.dirname(mine), { recursive: true });
  fs.writeFileSync(mine, '');
  expect(cli('copy-components', 'wx').status).toBe(0);
  expect(fs.existsSync(stale)).toBe(false);
  expect(fs.existsSync(mine)).toBe(true); // the app's own components beside it stay
});

it('prints its usage and exits 2 without a folder or with an unknown command', () => {
  for (const args of [[], ['copy-components'], ['copy'], ['copy-components', 'a', 'b']]) {
    const r = cli(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage: eiam-miniprogram-sdk copy-components <dir>');
  }
  expect(cli('--help').status).toBe(0);
});
