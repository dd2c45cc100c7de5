import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** The files `npm pack` would publish. */
function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
  });
  return (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
}

describe('the published package', () => {
  const files = packedFiles();

  it('ships the test kit outside miniprogram_dist/, and no tests or examples', () => {
    expect(files).toEqual(
      expect.arrayContaining(['testing/index.js', 'testing/index.d.ts', 'testing/README.md']),
    );
    expect(files.filter((f) => f.startsWith('miniprogram_dist/') && /testing|mock|fake/.test(f))).toEqual([]);
    expect(files.filter((f) => /^(test|examples|src)\//.test(f))).toEqual([]);
  });

  it("the project's own tests reach the test kit only through eiam-miniprogram-sdk/testing", () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        // the framework fixtures' own dependencies are not the project's tests
        if (entry.isDirectory()) {
          if (entry.name !== 'node_modules') walk(full);
        } else if (/\.(ts|js)$/.test(entry.name)) {
          const text = fs.readFileSync(full, 'utf8');
          if (/(from|require\(|import\()\s*'(\.\.?\/)+testing(\/[^']*)?'/.test(text)) offenders.push(full);
        }
      }
    };
    walk(path.join(root, 'test'));
    walk(path.join(root, 'examples'));
    expect(offenders).toEqual([]);
  });

  it('resolves eiam-miniprogram-sdk/testing from a consumer, with no dependency installed', () => {
    const consumer = fs.mkdtempSync(path.join(os.tmpdir(), 'eiam-consumer-'));
    try {
      const pkg = path.join(consumer, 'node_modules', 'eiam-miniprogram-sdk');
      for (const file of files) {
        fs.mkdirSync(path.dirname(path.join(pkg, file)), { recursive: true });
        fs.copyFileSync(path.join(root, file), path.join(pkg, file));
      }
      const script = `
        const { startMockIdaas, createWxFake } = require('eiam-miniprogram-sdk/testing');
        const { EiamClient } = require('eiam-miniprogram-sdk');
        (async () => {
          const mock = await startMockIdaas();
          mock.addUser({ mobile: '13800138000', openid: 'o-consumer' });
          globalThis.wx = createWxFake({ openid: 'o-consumer' }).wx;
          const eiam = new EiamClient({ domain: mock.url, clientId: mock.clientId, allowInsecureLoopback: true });
          const result = await eiam.loginWithWeChat();
          await mock.close();
          let deep = 'exported';
          try { require('eiam-miniprogram-sdk/testing/wx-fake'); } catch (e) { deep = e.code; }
          console.log(JSON.stringify({ status: result.status, resolved: require.resolve('eiam-miniprogram-sdk/testing'), deep }));
        })().catch((e) => { console.error(e); process.exit(1); });`;
      const out = execFileSync(process.execPath, ['-e', script], { cwd: consumer, encoding: 'utf8' });
      const seen = JSON.parse(out.trim().split('\n').pop()!);
      expect(seen).toEqual({
        status: 'SUCCESS',
        resolved: fs.realpathSync(path.join(pkg, 'testing', 'index.js')),
        deep: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
      });
    } finally {
      fs.rmSync(consumer, { recursive: true, force: true });
    }
  });
});
