import { createWxFake, startMockIdaas, type MockIdaas, type WxFake } from 'eiam-miniprogram-sdk/testing';
import { EMAIL, MOBILE, MOBILE_KEY, OPENID, PASSWORD, USER_NAME } from '../support/fixtures';
import { body, jwtPayload, sdkClient, type Answer } from './helpers';

let mock: MockIdaas;
let fake: WxFake;
let api: ReturnType<typeof sdkClient>;

beforeEach(async () => {
  mock = await startMockIdaas({ captchaRequired: false }); // the captcha is not what these tests are about
  fake = createWxFake({ openid: OPENID });
  api = sdkClient(mock, fake);
});
afterEach(() => mock.close());

/** wx.login + login endpoint for an unbound openid: the bind state token. */
async function bindToken(): Promise<string> {
  const login = body(await api.login());
  expect(login.status).toBe('SOCIAL_BIND');
  return login.state_token as string;
}

async function sendCode(key: 'mobile' | 'email', to: string, type: string): Promise<string> {
  expect(
    (await api.post(`/api/v2/sdk/${key === 'mobile' ? 'sms' : 'email'}/send`, { [key]: to, type }))
      .statusCode,
  ).toBe(200);
  return mock.lastCode(to)!;
}

/**
 * Each bind endpoint with the body that binds the existing user (`MOBILE`, `EMAIL`, `USER_NAME` / `PASSWORD`),
 * made just before the call (a fresh code each time).
 */
const BINDS: Array<[string, () => Promise<Record<string, string>>]> = [
  [
    'register-bind',
    async () => ({ mobile: MOBILE, verify_code: await sendCode('mobile', MOBILE, 'REGISTER_SMS') }),
  ],
  ['bind', async () => ({ email: EMAIL, verify_code: await sendCode('email', EMAIL, 'BIND_EMAIL_EMS') })],
  ['wechat-mobile-register-bind', async () => ({ wechat_code: mock.issuePhoneCode(MOBILE) })],
  ['wechat-mobile-bind', async () => ({ wechat_code: mock.issuePhoneCode(MOBILE) })],
  ['username-password-bind', async () => ({ user_name: USER_NAME, password: PASSWORD })],
];

function bind(path: string, token: string, data: unknown): Promise<Answer> {
  return api.post(`/api/v2/sdk/social/${path}`, data, { 'X-state-token': token });
}

function addUser(mfa: boolean) {
  return mock.addUser({ mobile: MOBILE, email: EMAIL, userName: USER_NAME, password: PASSWORD, mfa });
}

const stateError = { error_code: 'IDAAS.SDK.COMMON.1007', error_msg: 'state_token parameter error' };

describe('a bind that lands on a user with MFA on', () => {
  it.each(BINDS)(
    '%s answers {status:"MFA_AUTH", state_token} with a new mfa state token',
    async (path, make) => {
      const user = addUser(true);
      const token = await bindToken();
      const answer = await bind(path, token, await make());
      expect(answer.statusCode).toBe(200);
      expect(answer.data).toEqual({ status: 'MFA_AUTH', state_token: expect.any(String) });
      const mfaToken = body(answer).state_token as string;
      expect(mfaToken).not.toBe(token);
      expect(jwtPayload(mfaToken)).toMatchObject({ purpose: 'mfa', uid: user.id, openid: OPENID });
    },
  );

  it.each(BINDS)('%s still binds the openid, so the next wx.login goes to MFA', async (path, make) => {
    const user = addUser(true);
    await bind(path, await bindToken(), await make());
    expect(user.openids).toEqual([OPENID]);
    const next = body(await api.login());
    expect(next).toEqual({ status: 'MFA_AUTH', state_token: expect.any(String) });
    expect(jwtPayload(next.state_token as string)).toMatchObject({ purpose: 'mfa', uid: user.id });
  });

  it.each(BINDS)('%s uses the bind state token up', async (path, make) => {
    addUser(true);
    const token = await bindToken();
    expect(body(await bind(path, token, await make())).status).toBe('MFA_AUTH');
    expect((await bind(path, token, await make())).data).toEqual(stateError);
  });

  it('spends the verify code: the same code with a new bind state token is refused', async () => {
    addUser(true);
    const code = await sendCode('mobile', MOBILE, 'REGISTER_SMS');
    const first = await bind('register-bind', await bindToken(), { mobile: MOBILE, verify_code: code });
    expect(body(first).status).toBe('MFA_AUTH');
    fake.setOpenid('o-second');
    const again = await bind('register-bind', await bindToken(), { mobile: MOBILE, verify_code: code });
    expect(again.statusCode).toBe(400);
    expect(again.data).toEqual({
      error_code: 'IDAAS.SDK.COMMON.1006',
      error_msg: 'verify_code parameter error',
    });
  });

  it('spends the WeChat phone code', async () => {
    addUser(true);
    const wechatCode = mock.issuePhoneCode(MOBILE);
    expect(
      body(await bind('wechat-mobile-bind', await bindToken(), { wechat_code: wechatCode })).status,
    ).toBe('MFA_AUTH');
    fake.setOpenid('o-second');
    const again = await bind('wechat-mobile-bind', await bindToken(), { wechat_code: wechatCode });
    expect(again.data).toEqual({
      error_code: 'IDAAS.SDK.COMMON.1006',
      error_msg: 'wechat_code parameter error',
    });
  });

  it('hands over a state token that mobile-by-token and mfa/sms take, and mfa/sms signs the user in', async () => {
    const user = addUser(true);
    const mfaToken = body(
      await bind('register-bind', await bindToken(), {
        mobile: MOBILE,
        verify_code: await sendCode('mobile', MOBILE, 'REGISTER_SMS'),
      }),
    ).state_token as string;
    const header = { 'X-state-token': mfaToken };

    const mobile = await api.get('/api/v2/sdk/mobile-by-token', header);
    expect(mobile.statusCode).toBe(200);
    expect(mobile.data).toEqual({ mobile: MOBILE_KEY });

    const code = await sendCode('mobile', MOBILE_KEY, 'MFA_AUTH_SMS');
    const signedIn = await api.post('/api/v2/sdk/mfa/sms', { mobile: MOBILE_KEY, verify_code: code }, header);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.data).toEqual({
      status: 'SUCCESS',
      expire: 432000,
      session_token: expect.any(String),
      id_token: expect.any(String),
    });
    expect(jwtPayload(body(signedIn).id_token as string).sub).toBe(user.id);
    // Single use, as the login's MFA state token.
    expect((await api.get('/api/v2/sdk/mobile-by-token', header)).data).toEqual(stateError);
    expect(mock.requests.map((r) => r.path.replace('/api/v2/sdk/', ''))).toEqual([
      'login/wechat-miniprogram',
      'sms/send',
      'social/register-bind',
      'mobile-by-token',
      'sms/send',
      'mfa/sms',
      'mobile-by-token',
    ]);
  });

  it('hands over a state token that mfa/email takes', async () => {
    addUser(true);
    const mfaToken = body(
      await bind('username-password-bind', await bindToken(), { user_name: USER_NAME, password: PASSWORD }),
    ).state_token as string;
    const code = await sendCode('email', EMAIL, 'MFA_AUTH_EMS');
    const answer = await api.post(
      '/api/v2/sdk/mfa/email',
      { email: EMAIL, verify_code: code },
      { 'X-state-token': mfaToken },
    );
    expect(body(answer).status).toBe('SUCCESS');
  });

  it('hands over a state token that the bind endpoints refuse (wrong purpose)', async () => {
    addUser(true);
    const mfaToken = body(
      await bind('wechat-mobile-bind', await bindToken(), { wechat_code: mock.issuePhoneCode(MOBILE) }),
    ).state_token as string;
    const answer = await bind('wechat-mobile-bind', mfaToken, { wechat_code: mock.issuePhoneCode(MOBILE) });
    expect(answer.data).toEqual(stateError);
  });

  it('answers a disabled user ACCESS_DENIED first, as the login does', async () => {
    mock.addUser({ mobile: MOBILE, mfa: true, disabled: true });
    const answer = await bind('wechat-mobile-bind', await bindToken(), {
      wechat_code: mock.issuePhoneCode(MOBILE),
    });
    expect(answer.data).toEqual({ status: 'ACCESS_DENIED' });
  });

  it("sends the status without the leading space of statusLeadingSpace (that quirk is the login answer's)", async () => {
    mock.setOptions({ statusLeadingSpace: true });
    addUser(true);
    const login = body(await api.login());
    expect(login.status).toBe(' SOCIAL_BIND');
    const answer = await bind('wechat-mobile-bind', login.state_token as string, {
      wechat_code: mock.issuePhoneCode(MOBILE),
    });
    expect(body(answer).status).toBe('MFA_AUTH');
  });
});

describe('a bind that lands on a user without MFA', () => {
  it.each(BINDS)('%s still answers SUCCESS with a session', async (path, make) => {
    const user = addUser(false);
    const answer = await bind(path, await bindToken(), await make());
    expect(answer.data).toEqual({
      session_token: expect.any(String),
      expire: 432000,
      status: 'SUCCESS',
      id_token: expect.any(String),
    });
    expect(user.openids).toEqual([OPENID]);
    expect(body(await api.login()).status).toBe('SUCCESS');
  });

  it('register-bind of a new user (MFA off) answers SUCCESS', async () => {
    const answer = await bind('register-bind', await bindToken(), {
      mobile: MOBILE,
      verify_code: await sendCode('mobile', MOBILE, 'REGISTER_SMS'),
    });
    expect(body(answer).status).toBe('SUCCESS');
    expect(mock.users).toEqual([expect.objectContaining({ mfa: false, openids: [OPENID] })]);
  });
});
