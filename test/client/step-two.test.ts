import type { EiamClient } from '../../src';
import type { MockIdaas } from 'eiam-miniprogram-sdk/testing';
import {
  EMAIL,
  MASKED_MOBILE_KEY,
  MFA_STATE_TOKEN,
  MOBILE,
  MOBILE_KEY,
  OPENID,
  OTHER_MASKED_MOBILE_KEY,
  PASSWORD,
  SOME_CODE,
  SOME_PHONE_CODE,
  USER_NAME,
} from '../support/fixtures';
import { closeWorlds, rejection, requestsTo, world } from '../support/harness';

afterEach(closeWorlds);

type StepTwoCall = (eiam: EiamClient) => Promise<unknown>;

/** Every method that needs the state token of loginWithWeChat, with well-formed input, and its endpoint. */
const STEP_TWO: Array<[string, StepTwoCall, string]> = [
  ['registerBind', (e) => e.registerBind({ mobile: MOBILE, verifyCode: SOME_CODE }), '/social/register-bind'],
  ['bind', (e) => e.bind({ email: EMAIL, verifyCode: SOME_CODE }), '/social/bind'],
  [
    'registerBindWithWeChatPhone',
    (e) => e.registerBindWithWeChatPhone({ wechatCode: SOME_PHONE_CODE }),
    '/social/wechat-mobile-register-bind',
  ],
  [
    'bindWithWeChatPhone',
    (e) => e.bindWithWeChatPhone({ wechatCode: SOME_PHONE_CODE }),
    '/social/wechat-mobile-bind',
  ],
  [
    'bindWithPassword',
    (e) => e.bindWithPassword({ userName: USER_NAME, password: PASSWORD }),
    '/social/username-password-bind',
  ],
  ['getMfaMobile', (e) => e.getMfaMobile(), '/mobile-by-token'],
  ['verifyMfaSms', (e) => e.verifyMfaSms({ mobile: MOBILE, verifyCode: SOME_CODE }), '/mfa/sms'],
  ['verifyMfaEmail', (e) => e.verifyMfaEmail({ email: EMAIL, verifyCode: SOME_CODE }), '/mfa/email'],
];

/** The step-2 methods that resolve to a Session. */
const SIGNING_IN = STEP_TWO.filter(([name]) => name !== 'getMfaMobile');
/** The bind and register methods (not MFA). */
const BINDS = STEP_TWO.filter(([name]) => !/Mfa/.test(name));

/** Faults the endpoint once with a 200 carrying `body`. */
function answer(mock: MockIdaas, path: string, body: unknown) {
  mock.fault({ path, kind: 'status', status: 200, body });
}

async function atBindStep() {
  const w = await world();
  expect((await w.eiam.loginWithWeChat()).status).toBe('SOCIAL_BIND');
  return w;
}

async function atMfaStep() {
  const w = await world();
  w.mock.addUser({ mobile: MOBILE, email: EMAIL, openid: OPENID, mfa: true });
  expect(await w.eiam.loginWithWeChat()).toEqual({ status: 'MFA_AUTH' });
  return w;
}

describe('step 2 without a state token', () => {
  it.each(STEP_TWO)('%s rejects NO_STATE_TOKEN and sends nothing', async (_name, call) => {
    const { mock, fake, eiam } = await world();
    const error = await rejection(call(eiam));
    expect(error.code).toBe('NO_STATE_TOKEN');
    expect(mock.requests).toHaveLength(0);
    expect(fake.calls.filter((c) => c.api === 'request' || c.api === 'login')).toHaveLength(0);
  });

  it.each(STEP_TWO)('%s rejects NO_STATE_TOKEN after a bind spent the token', async (_name, call, path) => {
    const { mock, eiam } = await atBindStep();
    const wechatCode = mock.issuePhoneCode(MOBILE);
    await eiam.registerBindWithWeChatPhone({ wechatCode });
    expect(eiam.hasStateToken()).toBe(false);
    const before = mock.requests.length;
    expect((await rejection(call(eiam))).code).toBe('NO_STATE_TOKEN');
    expect(mock.requests).toHaveLength(before);
    expect(requestsTo(mock, path)).toHaveLength(path === '/social/wechat-mobile-register-bind' ? 1 : 0);
  });

  it.each(STEP_TWO)('%s rejects NO_STATE_TOKEN after logout', async (_name, call) => {
    const { mock, eiam } = await atBindStep();
    await eiam.logout();
    const before = mock.requests.length;
    expect((await rejection(call(eiam))).code).toBe('NO_STATE_TOKEN');
    expect(mock.requests).toHaveLength(before);
  });
});

describe('step-2 answers that are not a session', () => {
  it.each(BINDS)(
    '%s answered MFA_AUTH rejects MFA_REQUIRED and holds the new state token for the MFA step',
    async (_name, call, path) => {
      const { mock, eiam } = await atBindStep();
      answer(mock, path, { status: 'MFA_AUTH', state_token: MFA_STATE_TOKEN });
      answer(mock, '/mobile-by-token', { mobile: MOBILE_KEY });
      const error = await rejection(call(eiam));
      expect(error.code).toBe('MFA_REQUIRED');
      expect(eiam.hasStateToken()).toBe(true);
      expect(await eiam.getSession()).toBeNull();

      expect(await eiam.getMfaMobile()).toBe(MOBILE_KEY);
      const bindRequests = requestsTo(mock, path);
      const mfaRequests = requestsTo(mock, '/mobile-by-token');
      expect(bindRequests).toHaveLength(1);
      expect(mfaRequests).toHaveLength(1);
      expect(mfaRequests[0]!.headers['x-state-token']).toBe(MFA_STATE_TOKEN);
      expect(bindRequests[0]!.headers['x-state-token']).toBeTruthy();
      expect(bindRequests[0]!.headers['x-state-token']).not.toBe(MFA_STATE_TOKEN);
    },
  );

  it('rejects PASSWORD_EXPIRED for a password bind answered PASSWORD_EXPIRED, and signs nobody in', async () => {
    const { mock, eiam, fake } = await atBindStep();
    answer(mock, '/social/username-password-bind', { status: 'PASSWORD_EXPIRED' });
    const error = await rejection(eiam.bindWithPassword({ userName: USER_NAME, password: PASSWORD }));
    expect(error.code).toBe('PASSWORD_EXPIRED');
    expect(requestsTo(mock, '/social/username-password-bind')).toHaveLength(1);
    expect(await eiam.getSession()).toBeNull();
    expect(fake.storage.raw('eiam.v1.session')).toBeUndefined();
  });

  it.each(SIGNING_IN)(
    '%s answered ACCESS_DENIED rejects ACCESS_DENIED and drops the state token',
    async (name, call, path) => {
      const { mock, eiam } = /Mfa/.test(name) ? await atMfaStep() : await atBindStep();
      answer(mock, path, { status: 'ACCESS_DENIED' });
      const error = await rejection(call(eiam));
      expect(error.code).toBe('ACCESS_DENIED');
      expect(eiam.hasStateToken()).toBe(false);
      expect(requestsTo(mock, path)).toHaveLength(1);
      expect(await eiam.getSession()).toBeNull();
      // The next step-2 call needs a new login, and is refused without a request.
      expect((await rejection(call(eiam))).code).toBe('NO_STATE_TOKEN');
      expect(requestsTo(mock, path)).toHaveLength(1);
    },
  );

  it('rejects ACCESS_DENIED when the mock binds to a disabled user', async () => {
    const { mock, eiam } = await atBindStep();
    mock.addUser({ mobile: MOBILE, disabled: true });
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'BIND_MOBILE_SMS' });
    const error = await rejection(eiam.bind({ mobile: MOBILE, verifyCode: mock.lastCode(MOBILE)! }));
    expect(error.code).toBe('ACCESS_DENIED');
    expect(eiam.hasStateToken()).toBe(false);
    expect(requestsTo(mock, '/social/bind')).toHaveLength(1);
  });
});

describe('the session a step-2 call grants', () => {
  it('expires by the local clock with a margin of half a 60 s lifetime', async () => {
    const receivedAt = 7_000_000;
    const { mock, eiam } = await world({
      mock: { sessionExpire: 60 },
      client: { clock: { now: () => receivedAt } },
    });
    await eiam.loginWithWeChat();
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
    const session = await eiam.registerBind({ mobile: MOBILE, verifyCode: mock.lastCode(MOBILE)! });
    expect(requestsTo(mock, '/social/register-bind')).toHaveLength(1);
    expect(session.expiresAt).toBe(receivedAt + 60_000 - 30_000);
  });

  it('gives a sign-in with a 60 s session the same margin, and reads as expired from then on', async () => {
    let now = 7_000_000;
    const { mock, eiam } = await world({
      mock: { sessionExpire: 60 },
      client: { clock: { now: () => now } },
    });
    mock.addUser({ mobile: MOBILE, openid: OPENID });
    const result = await eiam.loginWithWeChat();
    if (result.status !== 'SUCCESS') throw new Error('expected SUCCESS');
    expect(result.session.expiresAt).toBe(7_000_000 + 60_000 - 30_000);
    now = 7_000_000 + 29_999;
    expect(await eiam.getSession()).toBe(result.session);
    now = 7_000_000 + 30_000;
    expect(await eiam.getSession()).toBeNull();
    expect(requestsTo(mock, '/login/wechat-miniprogram')).toHaveLength(1);
  });
});

describe('the MFA mobile as the server wrote it', () => {
  async function withMaskedMfaMobile() {
    const w = await atMfaStep();
    answer(w.mock, '/mobile-by-token', { mobile: MASKED_MOBILE_KEY });
    expect(await w.eiam.getMfaMobile()).toBe(MASKED_MOBILE_KEY);
    expect(requestsTo(w.mock, '/mobile-by-token')).toHaveLength(1);
    return w;
  }

  it('is sent back verbatim by sendSmsCode', async () => {
    const { mock, eiam } = await withMaskedMfaMobile();
    await eiam.sendSmsCode({ mobile: MASKED_MOBILE_KEY, type: 'MFA_AUTH_SMS' }).catch(() => undefined);
    expect(requestsTo(mock, '/sms/send').map((r) => r.body)).toEqual([
      { mobile: MASKED_MOBILE_KEY, type: 'MFA_AUTH_SMS' },
    ]);
  });

  it('is sent back verbatim by verifyMfaSms', async () => {
    const { mock, eiam } = await withMaskedMfaMobile();
    await eiam.verifyMfaSms({ mobile: MASKED_MOBILE_KEY, verifyCode: SOME_CODE }).catch(() => undefined);
    const calls = requestsTo(mock, '/mfa/sms');
    expect(calls.map((r) => r.body)).toEqual([{ mobile: MASKED_MOBILE_KEY, verify_code: SOME_CODE }]);
    expect(calls[0]!.headers['x-state-token']).toBeTruthy();
  });

  it('does not open the door to another masked mobile', async () => {
    const { mock, eiam } = await withMaskedMfaMobile();
    const before = mock.requests.length;
    const sms = await rejection(eiam.sendSmsCode({ mobile: OTHER_MASKED_MOBILE_KEY, type: 'MFA_AUTH_SMS' }));
    const verify = await rejection(
      eiam.verifyMfaSms({ mobile: OTHER_MASKED_MOBILE_KEY, verifyCode: SOME_CODE }),
    );
    expect(sms.code).toBe('INVALID_ARGUMENT');
    expect(verify.code).toBe('INVALID_ARGUMENT');
    expect(mock.requests).toHaveLength(before);
  });

  it('refuses a masked mobile that getMfaMobile never returned', async () => {
    const { mock, eiam } = await atMfaStep();
    const before = mock.requests.length;
    const sms = await rejection(eiam.sendSmsCode({ mobile: MASKED_MOBILE_KEY, type: 'MFA_AUTH_SMS' }));
    const verify = await rejection(eiam.verifyMfaSms({ mobile: MASKED_MOBILE_KEY, verifyCode: SOME_CODE }));
    expect(sms.code).toBe('INVALID_ARGUMENT');
    expect(verify.code).toBe('INVALID_ARGUMENT');
    expect(mock.requests).toHaveLength(before);
  });

  it('stops being accepted after logout', async () => {
    const { mock, eiam } = await withMaskedMfaMobile();
    await eiam.logout();
    const before = mock.requests.length;
    const sms = await rejection(eiam.sendSmsCode({ mobile: MASKED_MOBILE_KEY, type: 'MFA_AUTH_SMS' }));
    expect(sms.code).toBe('INVALID_ARGUMENT');
    expect(mock.requests).toHaveLength(before);
  });
});
