'use strict';

// Section 3: how many requests each flow makes, counted from the mock's request log and the wx fake's call log.

const path = require('path');
const { startMockIdaas, createWxFake } = require('../../testing');

const BUNDLE = path.resolve(__dirname, '../../miniprogram_dist/index.js');
const MOBILE = '13800138000';
const EMAIL = 'zhangsan@example.com';
const OPENID = 'o-test-openid';
const CONCURRENT = 100;

const STORAGE_READS = ['getStorage', 'getStorageSync', 'getStorageInfo', 'getStorageInfoSync'];

/**
 * Each flow on a fresh mock state and a fresh client; `run` does the flow, the figures are what the mock received and
 * what the fake was asked. Flows throw when they do not end where they should, so a count is never of a failed flow.
 */
async function roundTrips() {
  const sdk = require(BUNDLE);
  // Each flow names its round trips; the captcha row turns the mock's default (captcha required) back on itself.
  const mock = await startMockIdaas({ captchaRequired: false });
  const fake = createWxFake({ openid: OPENID });
  globalThis.wx = fake.wx;
  // Each flow is a new run of the app (a relaunch): clients of one run share their session, cool-downs included.
  const client = () => {
    fake.relaunch();
    return new sdk.EiamClient({ domain: mock.url, clientId: mock.clientId, allowInsecureLoopback: true });
  };
  const expectStatus = (result, status) => {
    if (result.status !== status) throw new Error(`expected ${status}, got ${result.status}`);
  };
  const expectSession = (session) => {
    if (!session || typeof session.sessionToken !== 'string') throw new Error('no session');
  };

  const flows = [
    {
      name: 'already bound (wx.login → login)',
      short: 'already bound',
      apiMinimum: 1,
      prepare: () => mock.addUser({ mobile: MOBILE, openid: OPENID }),
      run: async (eiam) => expectStatus(await eiam.loginWithWeChat(), 'SUCCESS'),
    },
    {
      name: 'phone bind, SMS code (login, sms/send, register-bind)',
      short: 'phone bind by SMS code',
      apiMinimum: 3,
      run: async (eiam) => {
        expectStatus(await eiam.loginWithWeChat(), 'SOCIAL_BIND');
        await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
        expectSession(await eiam.registerBind({ mobile: MOBILE, verifyCode: mock.lastCode(MOBILE) }));
      },
    },
    {
      name: 'phone bind, WeChat phone button (login, wechat-mobile-register-bind)',
      short: 'phone bind by the WeChat phone button',
      apiMinimum: 2,
      run: async (eiam) => {
        expectStatus(await eiam.loginWithWeChat(), 'SOCIAL_BIND');
        expectSession(await eiam.registerBindWithWeChatPhone({ wechatCode: mock.issuePhoneCode(MOBILE) }));
      },
    },
    {
      name: 'email bind (login, email/send, register-bind)',
      short: 'email bind',
      apiMinimum: 3,
      run: async (eiam) => {
        expectStatus(await eiam.loginWithWeChat(), 'SOCIAL_BIND');
        await eiam.sendEmailCode({ email: EMAIL, type: 'REGISTER_EMS' });
        expectSession(await eiam.registerBind({ email: EMAIL, verifyCode: mock.lastCode(EMAIL) }));
      },
    },
    {
      name: 'phone bind with captcha (login, captcha, captcha/verify, sms/send, register-bind)',
      short: 'with captcha',
      apiMinimum: 5,
      prepare: () => mock.setOptions({ captchaRequired: true }),
      run: async (eiam) => {
        expectStatus(await eiam.loginWithWeChat(), 'SOCIAL_BIND');
        const captcha = await eiam.getCaptcha();
        const x = mock.captchaAnswer(captcha.token);
        const captchaToken = await eiam.verifyCaptcha({ token: captcha.token, x, sender: MOBILE });
        await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS', captchaToken });
        expectSession(await eiam.registerBind({ mobile: MOBILE, verifyCode: mock.lastCode(MOBILE) }));
      },
      cleanup: () => mock.setOptions({ captchaRequired: false }),
    },
    {
      name: 'MFA by SMS (login, mobile-by-token, sms/send, mfa/sms)',
      short: 'MFA by SMS',
      apiMinimum: 4,
      prepare: () => mock.addUser({ mobile: MOBILE, openid: OPENID, mfa: true }),
      run: async (eiam) => {
        expectStatus(await eiam.loginWithWeChat(), 'MFA_AUTH');
        const mobile = await eiam.getMfaMobile();
        await eiam.sendSmsCode({ mobile, type: 'MFA_AUTH_SMS' });
        expectSession(await eiam.verifyMfaSms({ mobile, verifyCode: mock.lastCode(MOBILE) }));
      },
    },
  ];

  const results = [];
  try {
    for (const flow of flows) {
      mock.reset();
      fake.reset();
      if (flow.prepare) flow.prepare();
      await flow.run(client());
      if (flow.cleanup) flow.cleanup();
      results.push({
        name: flow.name,
        short: flow.short,
        requests: mock.requests.length,
        wxRequests: fake.calls.filter((c) => c.api === 'request').length,
        apiMinimum: flow.apiMinimum,
      });
    }

    // Cold start: a session stored by an earlier run of the app; a new client (a new app launch) restores it.
    mock.reset();
    fake.reset();
    mock.addUser({ mobile: MOBILE, openid: OPENID });
    const first = client();
    expectStatus(await first.loginWithWeChat(), 'SUCCESS');
    const requestsBefore = mock.requests.length;
    const callsBefore = fake.calls.length;
    const restored = await client().getSession();
    expectSession(restored);
    const coldCalls = fake.calls.slice(callsBefore);
    const coldStart = {
      requests: mock.requests.length - requestsBefore,
      storageReads: coldCalls.filter((c) => STORAGE_READS.indexOf(c.api) >= 0).length,
      wxCalls: coldCalls.map((c) => c.api),
    };

    // 100 concurrent loginWithWeChat() on one client: one wx.login, one request.
    mock.reset();
    fake.reset();
    mock.addUser({ mobile: MOBILE, openid: OPENID });
    const eiam = client();
    const all = await Promise.all(Array.from({ length: CONCURRENT }, () => eiam.loginWithWeChat()));
    all.forEach((r) => expectStatus(r, 'SUCCESS'));
    const concurrent = {
      calls: CONCURRENT,
      requests: mock.requests.length,
      wxLogins: fake.calls.filter((c) => c.api === 'login').length,
    };
    return { flows: results, coldStart, concurrent };
  } finally {
    delete globalThis.wx;
    await mock.close();
  }
}

module.exports = { roundTrips, CONCURRENT };
