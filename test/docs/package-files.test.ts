import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// The files that make the package read like a published one, and that `npm pack` ships them.

const root = path.resolve(__dirname, '../..');
const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { version: string; license: string };

describe('the package as published', () => {
  it('ships the license, the changelog and both READMEs', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
    });
    const files = (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'CHANGELOG.md',
        'README.md',
        'README.zh-CN.md',
        'dist/esm/index.js',
      ]),
    );
  });

  it('has the MIT license that package.json names, held by the contributors', () => {
    expect(pkg.license).toBe('MIT');
    const license = read('LICENSE');
    expect(license.split('\n')[0]).toBe('MIT License');
    expect(license).toContain('Copyright (c) 2026 eiam-miniprogram-sdk contributors');
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });

  it('keeps a changelog in the Keep a Changelog form: Unreleased first, then each version down to 0.1.0', () => {
    const changelog = read('CHANGELOG.md');
    expect(changelog).toContain('[Keep a Changelog](https://keepachangelog.com/');
    const versions = [...changelog.matchAll(/^## \[([^\]]+)\]/gm)].map((m) => m[1]);
    expect(versions[0]).toBe('Unreleased');
    expect(versions).toContain(pkg.version);
    expect(versions[versions.length - 1]).toBe('0.1.0');
    for (const heading of changelog.match(/^### .*/gm) || []) {
      expect([
        '### Added',
        '### Changed',
        '### Deprecated',
        '### Removed',
        '### Fixed',
        '### Security',
      ]).toContain(heading);
    }
  });
});
