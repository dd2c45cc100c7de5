'use strict';

// Section 2: what the SDK adds to a register-bind round trip, and its own CPU time per call.

const path = require('path');
const { startMockIdaas, createWxFake } = require('../../testing');
const { median, quantile, nowMs } = require('./stats');

const BUNDLE = path.resolve(__dirname, '../../miniprogram_dist/index.js');
const MOBILE = '13800138000';
/** The bare arm's user: a send replaces the live code of its recipient, so each arm has its own. */
const MOBILE_B = '13900139000';
const WARMUP_PAIRS = 300;
const PAIRS = 2000;
/** The second, slower run: every register-bind answer held back by the mock, as a phone network would. */
const DELAYED_MS = 20;
const DELAYED_WARMUP_PAIRS = 20;
const DELAYED_PAIRS = 200;
const CPU_WARMUP = 2000;
const CPU_CALLS = 20000;

/** wx.request as a promise of its success result (rejects on fail). */
function wxRequest(wx, option) {
  return new Promise((resolve, reject) => wx.request({ ...option, success: resolve, fail: reject }));
}

function lastRequestTo(fake, suffix) {
  for (let i = fake.calls.length - 1; i >= 0; i--) {
    const call = fake.calls[i];
    if (call.api === 'request' && String(call.args[0].url).endsWith(suffix)) return call.args[0];
  }
  throw new Error(`no wx.request to ${suffix}`);
}

/**
 * (a) EiamClient.registerBind and (b) a bare fake.wx.request with the same URL, headers and body, against the mock
 * on loopback, through the same wx fake. Each pair: fresh state token and code for both (untimed), then A and B
 * timed, the order alternating from pair to pair. With `delayMs`, the mock holds every register-bind answer back that
 * long (its `delay` fault), for both arms alike.
 */
async function roundTripOverhead({ pairs = PAIRS, warmup = WARMUP_PAIRS, delayMs = 0 } = {}) {
  const sdk = require(BUNDLE);
  // The send measured is the bare sms/send call: without the captcha the mock requires by default.
  const mock = await startMockIdaas({ captchaRequired: false });
  const fake = createWxFake();
  globalThis.wx = fake.wx;
  try {
    // Every bind binds a new openid to an existing user: the same work each time.
    mock.addUser({ mobile: MOBILE });
    mock.addUser({ mobile: MOBILE_B });
    const eiam = new sdk.EiamClient({
      domain: mock.url,
      clientId: mock.clientId,
      allowInsecureLoopback: true,
      codeCooldownMs: 0,
    });
    let openids = 0;
    const nextOpenid = () => `o-bench-${++openids}`;

    // Prime the SDK once to learn the exact headers it sends.
    fake.setOpenid(nextOpenid());
    await eiam.loginWithWeChat();
    const common = { ...lastRequestTo(fake, '/login/wechat-miniprogram').header };
    const url = (suffix) => `${mock.url}/api/v2/sdk/${suffix}`;
    const freshCode = async (mobile) => {
      const res = await wxRequest(fake.wx, {
        url: url('sms/send'),
        method: 'POST',
        header: common,
        data: JSON.stringify({ mobile, type: 'REGISTER_SMS' }),
      });
      if (res.statusCode !== 200) throw new Error(`sms/send answered ${res.statusCode}`);
      return mock.lastCode(mobile);
    };

    const setupA = async () => {
      fake.setOpenid(nextOpenid());
      const login = await eiam.loginWithWeChat();
      if (login.status !== 'SOCIAL_BIND') throw new Error(`login: ${login.status}`);
      return freshCode(MOBILE);
    };
    const timeA = async (code) => {
      const t0 = nowMs();
      const session = await eiam.registerBind({ mobile: MOBILE, verifyCode: code });
      const ms = nowMs() - t0;
      if (!session || !session.sessionToken) throw new Error('SDK bind gave no session');
      return ms;
    };

    // Learn the SDK's register-bind request: the bare arm sends the same.
    const firstCode = await freshCode(MOBILE);
    await timeA(firstCode);
    const sdkBind = lastRequestTo(fake, '/social/register-bind');
    const sdkBody = JSON.parse(sdkBind.data);

    const setupB = async () => {
      const res = await wxRequest(fake.wx, {
        url: url('login/wechat-miniprogram'),
        method: 'POST',
        header: common,
        data: JSON.stringify({ code: `wxcode.${nextOpenid()}.b` }),
      });
      if (res.statusCode !== 200 || !res.data.state_token) throw new Error('bare login failed');
      return { stateToken: res.data.state_token, code: await freshCode(MOBILE_B) };
    };
    const timeB = async ({ stateToken, code }) => {
      const option = {
        url: sdkBind.url,
        method: sdkBind.method,
        header: { ...sdkBind.header, 'X-state-token': stateToken },
        data: JSON.stringify({ ...sdkBody, mobile: MOBILE_B, verify_code: code }),
        timeout: sdkBind.timeout,
      };
      const t0 = nowMs();
      const res = await wxRequest(fake.wx, option);
      const ms = nowMs() - t0;
      if (res.statusCode !== 200 || !res.data || res.data.status !== 'SUCCESS')
        throw new Error('bare bind failed');
      return ms;
    };

    if (delayMs > 0) {
      mock.fault({ path: '/social/register-bind', kind: 'delay', ms: delayMs, times: Infinity });
    }
    const a = [];
    const b = [];
    for (let i = 0; i < warmup + pairs; i++) {
      const codeA = await setupA();
      const inputB = await setupB();
      let msA;
      let msB;
      if (i % 2 === 0) {
        msA = await timeA(codeA);
        msB = await timeB(inputB);
      } else {
        msB = await timeB(inputB);
        msA = await timeA(codeA);
      }
      if (i >= warmup) {
        a.push(msA);
        b.push(msB);
      }
    }
    const binds = mock.requestsTo('/social/register-bind').length;
    return {
      pairs,
      warmup,
      delayMs,
      sdkMedian: median(a),
      bareMedian: median(b),
      sdkP90: quantile(a, 0.9),
      bareP90: quantile(b, 0.9),
      ratio: median(a) / median(b),
      bindRequests: binds,
    };
  } finally {
    delete globalThis.wx;
    await mock.close();
  }
}

function b64url(text) {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** An id_token shaped like the mock's (RS256 header, EIAM claims, 256-byte signature), not verified by the SDK. */
function cannedIdToken() {
  const header = { alg: 'RS256', kid: 'bench-key', typ: 'JWT' };
  const now = 1764000000;
  const claims = {
    iss: 'https://tenant.example.com/api/v1/oauth2',
    aud: 'bench-client',
    sub: 'u000001',
    id: 'u000001',
    name: '张三',
    userName: '13800138000',
    mobile: '+86-13800138000',
    iat: now,
    nbf: now,
    exp: now + 10 * 365 * 86400,
    jti: 'j'.repeat(22),
  };
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}.${'s'.repeat(342)}`;
}

/**
 * The SDK's own time per call: an in-process transport, storage, wx.login and device info that all answer at once,
 * so a call is nothing but SDK work (and its promise ticks). Median of per-call wall times; process.cpuUsage() summed
 * over the same calls as a cross-check.
 */
async function cpuPerCall() {
  const sdk = require(BUNDLE);
  // Every seam is injected below; a wx fake stands by to show any wx call a default seam would still make.
  const fake = createWxFake();
  globalThis.wx = fake.wx;
  const idToken = cannedIdToken();
  const loginText = JSON.stringify({
    status: 'SOCIAL_BIND',
    state_token: `eyJhbGciOiJIUzI1NiJ9.${'x'.repeat(160)}.${'y'.repeat(43)}`,
    data: JSON.stringify({ socialBindOrRegisterFlow: ['VERIFY_PHONE', 'VERIFY_EMAIL'] }),
  });
  const bindText = JSON.stringify({
    status: 'SUCCESS',
    session_token: 'st' + 'z'.repeat(40),
    expire: 432000,
    id_token: idToken,
  });
  const json = { 'Content-Type': 'application/json' };
  const transport = {
    request(req) {
      const text = req.url.endsWith('/login/wechat-miniprogram') ? loginText : bindText;
      return Promise.resolve({ statusCode: 200, data: text, header: json });
    },
  };
  const store = new Map();
  const storage = {
    get: (key) => Promise.resolve(store.has(key) ? store.get(key) : null),
    set: (key, value) => Promise.resolve(void store.set(key, value)),
    remove: (key) => Promise.resolve(void store.delete(key)),
  };
  const device = {
    system: 'iOS 17.2.1',
    platform: 'ios',
    brand: 'Apple',
    model: 'iPhone 15',
    wechatVersion: '8.0.50',
    sdkVersion: '3.3.4',
    language: 'zh_CN',
  };
  const eiam = new sdk.EiamClient({
    domain: 'https://tenant.example.com',
    clientId: 'bench-client',
    transport,
    storage,
    login: { login: () => Promise.resolve('wx-code') },
    deviceInfo: { read: () => device },
    // Builds without this seam ignore it. A real app's wx.onAppShow succeeds once; with no wx here it would throw.
    appLifecycle: { subscribe: () => () => undefined },
  });
  const bind = [];
  const login = [];
  let cpuMicros = 0;
  for (let i = 0; i < CPU_WARMUP + CPU_CALLS; i++) {
    const l0 = nowMs();
    await eiam.loginWithWeChat();
    const l1 = nowMs();
    const c0 = process.cpuUsage();
    const t0 = nowMs();
    await eiam.registerBind({ mobile: MOBILE, verifyCode: '123456' });
    const t1 = nowMs();
    const c1 = process.cpuUsage(c0);
    if (i >= CPU_WARMUP) {
      login.push((l1 - l0) * 1000);
      bind.push((t1 - t0) * 1000);
      cpuMicros += c1.user + c1.system;
    }
  }
  delete globalThis.wx;
  return {
    calls: CPU_CALLS,
    warmup: CPU_WARMUP,
    wxCalls: fake.calls.length,
    bindMedianUs: median(bind),
    bindP99Us: quantile(bind, 0.99),
    bindCpuMeanUs: cpuMicros / CPU_CALLS,
    loginMedianUs: median(login),
  };
}

module.exports = {
  roundTripOverhead,
  cpuPerCall,
  PAIRS,
  WARMUP_PAIRS,
  DELAYED_MS,
  DELAYED_PAIRS,
  DELAYED_WARMUP_PAIRS,
  CPU_CALLS,
  CPU_WARMUP,
};
