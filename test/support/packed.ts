import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** A scratch project with the package installed from its own `npm pack` tarball, as an integrator installs it. */
export interface PackedInstall {
  /** The scratch project: `node_modules/eiam-miniprogram-sdk` is the unpacked tarball. */
  dir: string;
  /** The installed package folder. */
  pkg: string;
  remove(): void;
}

/**
 * Packs the package (`npm pack`, the `files` of package.json, as published) and unpacks it into
 * `<scratch>/node_modules/eiam-miniprogram-sdk`. The build output is whatever is committed (the freshness test checks
 * it equals a fresh build).
 */
export function installPacked(prefix = 'eiam-packed-'): PackedInstall {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
    cwd: root,
    encoding: 'utf8',
  });
  const tarball = path.join(dir, (JSON.parse(out) as Array<{ filename: string }>)[0]!.filename);
  const pkg = path.join(dir, 'node_modules', 'eiam-miniprogram-sdk');
  fs.mkdirSync(pkg, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', pkg, '--strip-components=1']);
  fs.rmSync(tarball);
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "consumer", "private": true }\n');
  return { dir, pkg, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
