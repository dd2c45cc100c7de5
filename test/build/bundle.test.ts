import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { MOBILE } from '../support/fixtures';
import { closeWorlds, world } from '../support/harness';
import { createWxFake } from 'eiam-miniprogram-sdk/testing';

const root = path.resolve(__dirname, '../..');
const bundlePath = path.join(root, 'miniprogram_dist/index.js');

afterEach(closeWorlds);

/** Loads the shipped bundle in a scope that has only `wx`, timers and CommonJS `module`/`exports`. */
function loadBundle(wx: unknown) {
  const module = { exports: {} as Record<string, unknown> };
  const sandbox = { wx, setTimeout, clearTimeout, module, exports: module.exports };
  vm.runInNewContext(fs.readFileSync(bundlePath, 'utf8'), sandbox, { filename: 'index.js' });
  return module.exports as typeof import('../../src');
}

describe('the shipped bundle', () => {
  it('requires no package and names no Node or browser global', () => {
    const source = fs.readFileSync(bundlePath, 'utf8');
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(
      /\b(Buffer|atob|btoa|TextDecoder|TextEncoder|fetch|AbortController|process|window|document)\b/,
    );
    expect(source).toMatch(/^["']use strict["'];/);
  });

  it('ships its code without comments, and its TSDoc in the .d.ts files', () => {
    const source = fs.readFileSync(bundlePath, 'utf8');
    expect(source).not.toMatch(/\/\*|^\s*\/\/ /m);
    const declarations = fs.readFileSync(path.join(root, 'miniprogram_dist/client/eiam-client.d.ts'), 'utf8');
    expect(declarations).toMatch(/\/\*\*[\s\S]*@example[\s\S]*loginWithWeChat/);
  });

  it('runs a whole sign-in in a scope with only wx and timers', async () => {
    const { mock, fake } = await world();
    // The jest global `wx` is another fake: only the one passed into the sandbox may be used.
    const outside = createWxFake();
    (globalThis as unknown as { wx: unknown }).wx = outside.wx;
    const sdk = loadBundle(fake.wx);
    const eiam = new sdk.EiamClient({
      domain: mock.url,
      clientId: mock.clientId,
      allowInsecureLoopback: true,
    });
    expect(await eiam.loginWithWeChat()).toEqual({
      status: 'SOCIAL_BIND',
      flows: ['VERIFY_PHONE', 'VERIFY_EMAIL'],
    });
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
    const session = await eiam.registerBind({ mobile: MOBILE, verifyCode: mock.lastCode(MOBILE)! });
    expect(session.claims.mobile).toBe('+86-13800138000');
    const error = await eiam.registerBind({ mobile: MOBILE, verifyCode: '123456' }).catch((e: unknown) => e);
    expect(sdk.isEiamError(error)).toBe(true);
    expect(sdk.decodeIdToken(session.idToken).sub).toBe(session.claims.sub);
    // login, sms/send, register-bind (the second bind is refused locally): all through the sandbox's wx.request.
    expect(mock.requests).toHaveLength(3);
    expect(fake.calls.filter((c) => c.api === 'request')).toHaveLength(3);
    expect(fake.calls.filter((c) => c.api === 'login')).toHaveLength(1);
    expect(fake.storage.raw('eiam.v1.session')).toBeDefined();
    expect(outside.calls).toHaveLength(0);
  });

  it('declares the version that package.json has', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const sdk = loadBundle({});
    expect(sdk.SDK_VERSION).toBe(pkg.version);
    expect(pkg.dependencies || {}).toEqual({});
  });

  it('is what a fresh build of src/ produces', () => {
    expect(() =>
      execFileSync(process.execPath, [path.join(root, 'scripts/check-dist.js')], { stdio: 'pipe' }),
    ).not.toThrow();
  }, 60000);
});
