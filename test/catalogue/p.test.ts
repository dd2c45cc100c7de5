import * as fs from 'fs';
import * as path from 'path';
import { transformSync } from 'esbuild';
import { EiamClient } from '../../src';
import { EMAIL, MOBILE, OPENID } from '../support/fixtures';
import { closeWorlds, world } from '../support/harness';
import { settle } from './support';

afterEach(closeWorlds);

const DIST = path.join(__dirname, '../../miniprogram_dist');
/** The shipped bundle's code, comments removed (TSDoc examples mention page APIs such as wx.navigateTo). */
const bundleCode = () =>
  transformSync(fs.readFileSync(path.join(DIST, 'index.js'), 'utf8'), {
    loader: 'js',
    minifyWhitespace: true,
    legalComments: 'none',
  }).code;

/**
 * WeChat APIs covered by the privacy protection guide (用户隐私保护指引): calling them needs the user's privacy
 * consent. The core must use none of them.
 */
const PRIVACY_SCOPED = [
  'getPhoneNumber',
  'getRealtimePhoneNumber',
  'getUserProfile',
  'getUserInfo',
  'authorize',
  'requirePrivacyAuthorize',
  'getLocation',
  'getFuzzyLocation',
  'chooseLocation',
  'startLocationUpdate',
  'onLocationChange',
  'chooseAddress',
  'chooseInvoice',
  'chooseInvoiceTitle',
  'chooseImage',
  'chooseMedia',
  'chooseVideo',
  'chooseMessageFile',
  'saveImageToPhotosAlbum',
  'getClipboardData',
  'setClipboardData',
  'startRecord',
  'getRecorderManager',
  'createCameraContext',
  'getWeRunData',
  'openBluetoothAdapter',
  'startWifi',
  'getNFCAdapter',
  'addPhoneContact',
  'chooseContact',
  'openSetting',
  'getSetting',
  'checkIsSupportFacialRecognition',
  'startFacialRecognitionVerify',
];
/** What the core may call: network, login, storage (async), device info, feature detection, app show/hide. */
const ALLOWED = [
  'request',
  'login',
  'getStorage',
  'setStorage',
  'removeStorage',
  'getDeviceInfo',
  'getAppBaseInfo',
  'getSystemInfoSync',
  'canIUse',
  'onAppShow',
  'onAppHide',
  'offAppShow',
  'offAppHide',
];

describe('P: configuration', () => {
  it.each([
    ['http://tenant.example.com', false],
    ['http://tenant.example.com', true],
    ['ftp://tenant.example.com', false],
    ['tenant.example.com', false],
    ['//tenant.example.com', false],
    ['https://', false],
    ['', false],
    ['http://127.0.0.1:8787', false],
    ['http://10.0.0.1', true],
    ['http://127.0.0.1.evil.com', true],
    ['http://localhost.evil.com', true],
  ])(
    'P1 the constructor refuses the domain %p (allowInsecureLoopback %p)',
    (domain, allowInsecureLoopback) => {
      expect(() => new EiamClient({ domain, clientId: 'c', allowInsecureLoopback })).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    },
  );

  it.each([
    ['https://tenant.example.com', false],
    ['https://tenant.example.com:8443/base/', false],
    ['http://127.0.0.1:8787', true],
    ['http://localhost:8787', true],
    ['http://[::1]:8787', true],
  ])('P1 the constructor accepts %p (allowInsecureLoopback %p)', (domain, allowInsecureLoopback) => {
    // A storage key per tenant: two tenants may not keep their sessions under one key in one app.
    const storageKey = 'p1 ' + domain;
    expect(() => new EiamClient({ domain, clientId: 'c', allowInsecureLoopback, storageKey })).not.toThrow();
  });

  it('P2 the core calls no privacy-scoped WeChat API over full flows (the wx fake call log)', async () => {
    const { mock, fake, eiam, restart } = await world();
    await eiam.loginWithWeChat();
    const captcha = await eiam.getCaptcha();
    const captchaToken = await eiam.verifyCaptcha({
      token: captcha.token,
      x: mock.captchaAnswer(captcha.token),
      sender: EMAIL,
    });
    await eiam.sendEmailCode({ email: EMAIL, type: 'REGISTER_EMS', captchaToken });
    await eiam.registerBind({ email: EMAIL, verifyCode: mock.lastCode(EMAIL)! });
    await eiam.getIdToken();
    await eiam.refreshIdToken();
    await eiam.logout();
    fake.setOpenid('o-phone');
    await eiam.loginWithWeChat();
    await eiam.registerBindWithWeChatPhone({ wechatCode: mock.issuePhoneCode(MOBILE) });
    mock.addUser({ mobile: '13700137000', openid: OPENID, mfa: true });
    fake.setOpenid(OPENID);
    const cold = restart();
    await cold.getSession();
    await cold.loginWithWeChat();
    await cold.sendSmsCode({ mobile: await cold.getMfaMobile(), type: 'MFA_AUTH_SMS' });
    await cold.verifyMfaSms({ mobile: await cold.getMfaMobile(), verifyCode: mock.lastCode('13700137000')! });
    await settle();
    const used = Array.from(new Set(fake.calls.map((c) => c.api as string))).sort();
    expect(used).toEqual(expect.arrayContaining(['login', 'request', 'setStorage', 'getStorage']));
    for (const api of used) expect(ALLOWED).toContain(api);
    for (const api of PRIVACY_SCOPED) expect(used).not.toContain(api);
  });

  it('P2 the built bundle names no privacy-scoped wx API, and touches wx only for the allowed ones', () => {
    const code = bundleCode();
    const direct = (code.match(/\bwx\s*\.\s*[A-Za-z]+/g) || []).map((m) => m.replace(/^wx\s*\.\s*/, ''));
    // The one computed access, the callback-to-promise helper, is called with literal API names.
    const viaHelper = Array.from(code.matchAll(/\bwxCall\(\s*["'`](\w+)["'`]/g), (m) => m[1]!);
    const touched = Array.from(new Set([...direct, ...viaHelper]));
    expect(touched).toEqual(expect.arrayContaining(['request', 'login']));
    for (const api of touched) expect(ALLOWED).toContain(api);
    expect(PRIVACY_SCOPED.filter((api) => new RegExp(`\\b${api}\\b`).test(code))).toEqual([]);
    // No other computed wx access than the helper's.
    expect((code.match(/\bwx\s*\[/g) || []).length).toBeLessThanOrEqual(1);
    expect(/(?<!function )\bwxCall\(\s*[^"'`\s]/.test(code)).toBe(false);
  });

  it('P3 the built bundle holds no secret-looking string (AppSecret, private key, credentials)', () => {
    const raw = fs.readFileSync(path.join(DIST, 'index.js'), 'utf8');
    expect(raw).not.toMatch(/-----BEGIN [A-Z ]*(PRIVATE KEY|CERTIFICATE)-----/);
    expect(raw).not.toMatch(/\b[0-9a-f]{32}\b/i); // a WeChat AppSecret is 32 hex characters
    expect(raw).not.toMatch(/\bwx[0-9a-f]{16}\b/); // an AppID pins the bundle to one app
    expect(raw).not.toMatch(/app_?secret|client_?secret|private_?key|password\s*[:=]\s*['"][^'"]+['"]/i);
    expect(raw).not.toMatch(/\b(AKIA|LTAI)[0-9A-Za-z]{12,}/); // AWS / Aliyun access keys
    // No long high-entropy literal other than the base64url alphabet the decoder needs.
    const literals = (raw.match(/(['"`])[A-Za-z0-9+/=_-]{40,}\1/g) || []).filter(
      (s) => s.slice(1, -1) !== 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
    );
    expect(literals).toEqual([]);
  });
});
