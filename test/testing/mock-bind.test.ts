import { startMockIdaas } from 'eiam-miniprogram-sdk/testing';
import { body, jwtPayload, sdkClient, useMockIdaas } from './helpers';

const t = useMockIdaas();

/** wx.login + login endpoint for an unbound openid: the bind state token. */
async function stateToken(): Promise<string> {
  return body(await t.api.login()).state_token as string;
}

async function sendSms(mobile: string, type: string): Promise<string> {
  expect((await t.api.post('/api/v2/sdk/sms/send', { mobile, type })).statusCode).toBe(200);
  return t.mock.lastCode(mobile)!;
}

async function sendEmail(email: string, type: string): Promise<string> {
  expect((await t.api.post('/api/v2/sdk/email/send', { email, type })).statusCode).toBe(200);
  return t.mock.lastCode(email)!;
}

function bind(path: string, token: string, data: unknown) {
  return t.api.post(`/api/v2/sdk/social/${path}`, data, { 'X-state-token': token });
}

const success = {
  session_token: expect.any(String),
  expire: 432000,
  status: 'SUCCESS',
  id_token: expect.any(String),
};

describe('POST /api/v2/sdk/social/register-bind', () => {
  it('registers a new user from a REGISTER_SMS code and binds the openid, so the next login succeeds', async () => {
    const token = await stateToken();
    const code = await sendSms('13800138000', 'REGISTER_SMS');
    const answer = await bind('register-bind', token, { mobile: '13800138000', verify_code: code });
    expect(answer.statusCode).toBe(200);
    expect(answer.data).toEqual(success);
    expect(t.mock.users).toEqual([
      expect.objectContaining({ mobile: '+86-13800138000', openids: ['o-test-openid'] }),
    ]);
    expect(jwtPayload(body(answer).id_token as string).mobile).toBe('+86-13800138000');
    expect(body(await t.api.login()).status).toBe('SUCCESS');
  });

  it('binds the openid to the existing user with that email, whatever its case', async () => {
    const user = t.mock.addUser({ email: 'zhangsan@example.com', name: '张三' });
    const token = await stateToken();
    const code = await sendEmail('ZhangSan@Example.COM', 'REGISTER_EMS');
    const answer = await bind('register-bind', token, { email: 'zhangsan@EXAMPLE.com', verify_code: code });
    expect(answer.data).toEqual(success);
    expect(t.mock.users).toHaveLength(1);
    expect(user.openids).toEqual(['o-test-openid']);
    expect(jwtPayload(body(answer).id_token as string).name).toBe('张三');
  });

  it.each(['13800138000', '+8613800138000', '+86-13800138000', '+86 138-0013-8000'])(
    'takes the mobile as %s and keys it as +86-13800138000',
    async (mobile) => {
      const token = await stateToken();
      const code = await sendSms(mobile, 'REGISTER_SMS');
      expect(t.mock.outbox[0]).toMatchObject({
        channel: 'sms',
        to: '+86-13800138000',
        type: 'REGISTER_SMS',
        code,
      });
      expect(t.mock.lastCode('13800138000')).toBe(code);
      expect(
        (await bind('register-bind', token, { mobile: '+8613800138000', verify_code: code })).statusCode,
      ).toBe(200);
    },
  );

  it('takes a foreign mobile such as +14155552671', async () => {
    const token = await stateToken();
    const code = await sendSms('+14155552671', 'REGISTER_SMS');
    expect(t.mock.outbox[0]!.to).toBe('+1-4155552671');
    expect((await bind('register-bind', token, { mobile: '+14155552671', verify_code: code })).data).toEqual(
      success,
    );
  });

  it('refuses a wrong verify code with SDK.COMMON.1006 and leaves the right one usable', async () => {
    const token = await stateToken();
    const code = await sendSms('13800138000', 'REGISTER_SMS');
    const wrong = await bind('register-bind', token, {
      mobile: '13800138000',
      verify_code: code === '000000' ? '111111' : '000000',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.data).toEqual({
      error_code: 'IDAAS.SDK.COMMON.1006',
      error_msg: 'verify_code parameter error',
    });
    expect(
      (await bind('register-bind', token, { mobile: '13800138000', verify_code: code })).statusCode,
    ).toBe(200);
  });

  it('refuses a code sent for another purpose', async () => {
    const token = await stateToken();
    const code = await sendSms('13800138000', 'BIND_MOBILE_SMS');
    const answer = await bind('register-bind', token, { mobile: '13800138000', verify_code: code });
    expect(body(answer).error_code).toBe('IDAAS.SDK.COMMON.1006');
  });

  it('uses a verify code once', async () => {
    const code = await sendSms('13800138000', 'REGISTER_SMS');
    expect(
      (await bind('register-bind', await stateToken(), { mobile: '13800138000', verify_code: code }))
        .statusCode,
    ).toBe(200);
    t.fake.setOpenid('o-other');
    const again = await bind('register-bind', await stateToken(), {
      mobile: '13800138000',
      verify_code: code,
    });
    expect(body(again).error_code).toBe('IDAAS.SDK.COMMON.1006');
  });

  it('counts only the latest code sent to a recipient', async () => {
    const token = await stateToken();
    const first = await sendSms('13800138000', 'REGISTER_SMS');
    let second = await sendSms('13800138000', 'REGISTER_SMS');
    while (second === first) second = await sendSms('13800138000', 'REGISTER_SMS');
    expect(
      body(await bind('register-bind', token, { mobile: '13800138000', verify_code: first })).error_code,
    ).toBe('IDAAS.SDK.COMMON.1006');
    expect(
      (await bind('register-bind', token, { mobile: '13800138000', verify_code: second })).statusCode,
    ).toBe(200);
  });

  it('refuses a code older than codeTtlMs on the mock clock as expired', async () => {
    t.mock.setOptions({ codeTtlMs: 60_000, stateTokenTtlMs: 3_600_000 });
    const token = await stateToken();
    const code = await sendSms('13800138000', 'REGISTER_SMS');
    t.mock.advanceTime(60_000);
    const answer = await bind('register-bind', token, { mobile: '13800138000', verify_code: code });
    expect(answer.data).toEqual({
      error_code: 'IDAAS.SDK.COMMON.1005',
      error_msg: 'verify_code has expired',
    });
  });

  it('refuses a missing mobile and email, a malformed mobile, and a non-string code', async () => {
    const token = await stateToken();
    expect(body(await bind('register-bind', token, { verify_code: '123456' })).error_code).toBe(
      'IDAAS.SDK.COMMON.1001',
    );
    expect(body(await bind('register-bind', token, { mobile: '1380013800', verify_code: '123456' }))).toEqual(
      {
        error_code: 'IDAAS.SDK.COMMON.1002',
        error_msg: 'mobile parameter format incorrect',
      },
    );
    expect(
      body(await bind('register-bind', token, { mobile: '13800138000', verify_code: 123456 })).error_code,
    ).toBe('IDAAS.SDK.COMMON.1007');
  });
});

describe('the state token', () => {
  const stateError = { error_code: 'IDAAS.SDK.COMMON.1007', error_msg: 'state_token parameter error' };

  it('is required on step-2 calls', async () => {
    const answer = await t.api.post('/api/v2/sdk/social/register-bind', {
      mobile: '13800138000',
      verify_code: '1',
    });
    expect(answer.data).toEqual({
      error_code: 'IDAAS.SDK.COMMON.1001',
      error_msg: 'parameter X-state-token cannot be blank',
    });
  });

  it('is refused when garbled, with IDAAS.SDK.COMMON.1007 "state_token parameter error"', async () => {
    const token = await stateToken();
    for (const bad of ['garbage', `${token}x`, token.replace(/\.[^.]+$/, '.AAAA')]) {
      const answer = await bind('register-bind', bad, { mobile: '13800138000', verify_code: '123456' });
      expect(answer.statusCode).toBe(400);
      expect(answer.data).toEqual(stateError);
    }
  });

  it('expires after stateTokenTtlMs on the mock clock, with SDK.COMMON.1007 in the plain scheme', async () => {
    t.mock.setOptions({ stateTokenTtlMs: 1000, errorScheme: 'plain' });
    const token = await stateToken();
    const code = await sendSms('13800138000', 'REGISTER_SMS');
    t.mock.advanceTime(1000);
    const answer = await bind('register-bind', token, { mobile: '13800138000', verify_code: code });
    expect(answer.data).toEqual({ error_code: 'SDK.COMMON.1007', error_msg: 'state_token parameter error' });
  });

  it('is used up by a successful bind', async () => {
    const token = await stateToken();
    const code = await sendSms('13800138000', 'REGISTER_SMS');
    expect(
      (await bind('register-bind', token, { mobile: '13800138000', verify_code: code })).statusCode,
    ).toBe(200);
    const again = await bind('register-bind', token, { mobile: '13800138000', verify_code: code });
    expect(again.data).toEqual(stateError);
  });

  it('of an MFA login is refused by the bind endpoints', async () => {
    t.mock.addUser({ mobile: '13800138000', openid: 'o-test-openid', mfa: true });
    const token = await stateToken();
    const code = await sendSms('13800138000', 'REGISTER_SMS');
    expect((await bind('register-bind', token, { mobile: '13800138000', verify_code: code })).data).toEqual(
      stateError,
    );
  });

  it('of another mock is refused', async () => {
    const other = await startMockIdaas();
    const foreign = body(await sdkClient(other, t.fake).login()).state_token as string;
    await other.close();
    const answer = await bind('register-bind', foreign, { mobile: '13800138000', verify_code: '123456' });
    expect(answer.data).toEqual(stateError);
  });
});

describe('POST /api/v2/sdk/social/bind', () => {
  it('binds an existing user with a BIND_MOBILE_SMS code', async () => {
    const user = t.mock.addUser({ mobile: '13800138000' });
    const token = await stateToken();
    const code = await sendSms('13800138000', 'BIND_MOBILE_SMS');
    expect((await bind('bind', token, { mobile: '13800138000', verify_code: code })).data).toEqual(success);
    expect(user.openids).toEqual(['o-test-openid']);
  });

  it('binds an existing user with a BIND_EMAIL_EMS code', async () => {
    t.mock.addUser({ email: 'zhangsan@example.com' });
    const token = await stateToken();
    const code = await sendEmail('zhangsan@example.com', 'BIND_EMAIL_EMS');
    expect((await bind('bind', token, { email: 'zhangsan@example.com', verify_code: code })).data).toEqual(
      success,
    );
  });

  it('refuses an unknown user with SDK.COMMON.1013, creating no one', async () => {
    const token = await stateToken();
    const code = await sendSms('13800138000', 'BIND_MOBILE_SMS');
    const answer = await bind('bind', token, { mobile: '13800138000', verify_code: code });
    expect(answer.data).toEqual({ error_code: 'IDAAS.SDK.COMMON.1013', error_msg: 'user not found' });
    expect(t.mock.users).toHaveLength(0);
  });

  it('refuses a REGISTER_SMS code', async () => {
    t.mock.addUser({ mobile: '13800138000' });
    const token = await stateToken();
    const code = await sendSms('13800138000', 'REGISTER_SMS');
    expect(body(await bind('bind', token, { mobile: '13800138000', verify_code: code })).error_code).toBe(
      'IDAAS.SDK.COMMON.1006',
    );
  });
});

describe('the WeChat phone-number button endpoints', () => {
  it('wechat-mobile-register-bind registers the phone owner and uses the code once', async () => {
    const wechatCode = t.mock.issuePhoneCode('+86 138 0013 8000');
    const answer = await bind('wechat-mobile-register-bind', await stateToken(), { wechat_code: wechatCode });
    expect(answer.data).toEqual(success);
    expect(t.mock.users[0]!.mobile).toBe('+86-13800138000');
    t.fake.setOpenid('o-other');
    const again = await bind('wechat-mobile-register-bind', await stateToken(), { wechat_code: wechatCode });
    expect(again.data).toEqual({
      error_code: 'IDAAS.SDK.COMMON.1006',
      error_msg: 'wechat_code parameter error',
    });
  });

  it('wechat-mobile-bind binds an existing user and refuses an unknown one', async () => {
    expect(
      body(
        await bind('wechat-mobile-bind', await stateToken(), {
          wechat_code: t.mock.issuePhoneCode('13900139000'),
        }),
      ).error_code,
    ).toBe('IDAAS.SDK.COMMON.1013');
    const user = t.mock.addUser({ mobile: '13800138000' });
    const answer = await bind('wechat-mobile-bind', await stateToken(), {
      wechat_code: t.mock.issuePhoneCode('13800138000'),
    });
    expect(answer.data).toEqual(success);
    expect(user.openids).toEqual(['o-test-openid']);
  });

  it('refuses a code the button never gave, and an expired one', async () => {
    const token = await stateToken();
    expect(body(await bind('wechat-mobile-bind', token, { wechat_code: 'made-up' })).error_code).toBe(
      'IDAAS.SDK.COMMON.1006',
    );
    const code = t.mock.issuePhoneCode('13800138000');
    t.mock.advanceTime(300_000);
    expect(body(await bind('wechat-mobile-register-bind', token, { wechat_code: code })).error_code).toBe(
      'IDAAS.SDK.COMMON.1005',
    );
  });
});

describe('POST /api/v2/sdk/social/username-password-bind', () => {
  beforeEach(() => {
    t.mock.addUser({ userName: 'zhangsan', password: 'S3cret!', name: '张三' });
  });

  it('binds with the right password', async () => {
    const answer = await bind('username-password-bind', await stateToken(), {
      user_name: 'zhangsan',
      password: 'S3cret!',
    });
    expect(answer.data).toEqual(success);
  });

  it('refuses a wrong password with SDK.LOGIN.1005 and the attempts left', async () => {
    const answer = await bind('username-password-bind', await stateToken(), {
      user_name: 'zhangsan',
      password: 'x',
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.data).toEqual({
      error_code: 'IDAAS.SDK.LOGIN.1005',
      error_msg: 'wrong password, 4 attempts remaining',
    });
  });

  it('locks after five failures with SDK.LOGIN.1003, even for the right password, for 30 minutes', async () => {
    const token = await stateToken();
    const codes: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const answer = await bind('username-password-bind', token, { user_name: 'zhangsan', password: 'x' });
      codes.push(body(answer).error_code as string);
    }
    expect(codes).toEqual([...Array(4).fill('IDAAS.SDK.LOGIN.1005'), 'IDAAS.SDK.LOGIN.1003']);
    const locked = await bind('username-password-bind', token, {
      user_name: 'zhangsan',
      password: 'S3cret!',
    });
    expect(locked.data).toEqual({
      error_code: 'IDAAS.SDK.LOGIN.1003',
      error_msg: 'locked after too many failures, unlocks in 30 min 0 s',
    });
    t.mock.setOptions({ stateTokenTtlMs: 3_600_000 });
    const later = await stateToken();
    t.mock.advanceTime(30 * 60 * 1000);
    const unlocked = await bind('username-password-bind', later, {
      user_name: 'zhangsan',
      password: 'S3cret!',
    });
    expect(unlocked.statusCode).toBe(200);
  });

  it('refuses an unknown user name with SDK.LOGIN.1002 and a blank password with SDK.COMMON.1001', async () => {
    const token = await stateToken();
    expect(body(await bind('username-password-bind', token, { user_name: 'lisi', password: 'x' }))).toEqual({
      error_code: 'IDAAS.SDK.LOGIN.1002',
      error_msg: 'user not bound',
    });
    expect(body(await bind('username-password-bind', token, { user_name: 'zhangsan' })).error_code).toBe(
      'IDAAS.SDK.COMMON.1001',
    );
  });
});

describe('MFA', () => {
  let mfaToken: string;

  beforeEach(async () => {
    t.mock.addUser({
      mobile: '13800138000',
      email: 'zhangsan@example.com',
      openid: 'o-test-openid',
      mfa: true,
    });
    mfaToken = body(await t.api.login()).state_token as string;
  });

  it("GET mobile-by-token gives the user's mobile in +86- form", async () => {
    const answer = await t.api.get('/api/v2/sdk/mobile-by-token', { 'X-state-token': mfaToken });
    expect(answer.statusCode).toBe(200);
    expect(answer.data).toEqual({ mobile: '+86-13800138000' });
  });

  it('mfa/sms signs the user in with an MFA_AUTH_SMS code and uses the state token up', async () => {
    const code = await sendSms('13800138000', 'MFA_AUTH_SMS');
    const header = { 'X-state-token': mfaToken };
    const answer = await t.api.post(
      '/api/v2/sdk/mfa/sms',
      { mobile: '+86-13800138000', verify_code: code },
      header,
    );
    expect(answer.data).toEqual({
      status: 'SUCCESS',
      expire: 432000,
      session_token: expect.any(String),
      id_token: expect.any(String),
    });
    const again = await t.api.post(
      '/api/v2/sdk/mfa/sms',
      { mobile: '13800138000', verify_code: code },
      header,
    );
    expect(body(again).error_code).toBe('IDAAS.SDK.COMMON.1007');
  });

  it('mfa/email signs the user in with an MFA_AUTH_EMS code', async () => {
    const code = await sendEmail('zhangsan@example.com', 'MFA_AUTH_EMS');
    const answer = await t.api.post(
      '/api/v2/sdk/mfa/email',
      { email: 'zhangsan@example.com', verify_code: code },
      { 'X-state-token': mfaToken },
    );
    expect(body(answer).status).toBe('SUCCESS');
  });

  it("refuses another mobile than the user's, and a bind state token", async () => {
    const code = await sendSms('13900139000', 'MFA_AUTH_SMS');
    const answer = await t.api.post(
      '/api/v2/sdk/mfa/sms',
      { mobile: '13900139000', verify_code: code },
      { 'X-state-token': mfaToken },
    );
    expect(answer.data).toEqual({ error_code: 'IDAAS.SDK.COMMON.1006', error_msg: 'mobile parameter error' });
    t.fake.setOpenid('o-unbound');
    const bindToken = await stateToken();
    expect(
      body(await t.api.get('/api/v2/sdk/mobile-by-token', { 'X-state-token': bindToken })).error_code,
    ).toBe('IDAAS.SDK.COMMON.1007');
  });
});

describe('MFA with maskMfaMobile: the mobile masked, as the vendor documents mobile-by-token', () => {
  const MASKED = '+86-138****8000';
  let mfaToken: string;
  let user: ReturnType<typeof t.mock.addUser>;

  beforeEach(async () => {
    t.mock.setOptions({ maskMfaMobile: true });
    user = t.mock.addUser({ mobile: '13800138000', openid: 'o-test-openid', mfa: true });
    mfaToken = body(await t.api.login()).state_token as string;
  });

  const sendMfaSms = (mobile: string) => t.api.post('/api/v2/sdk/sms/send', { mobile, type: 'MFA_AUTH_SMS' });
  const mfaSms = (mobile: string, code: string) =>
    t.api.post('/api/v2/sdk/mfa/sms', { mobile, verify_code: code }, { 'X-state-token': mfaToken });

  it('is off by default and checked like the other switches', async () => {
    const other = await startMockIdaas();
    try {
      expect(other.options.maskMfaMobile).toBe(false);
    } finally {
      await other.close();
    }
    expect(() => t.mock.setOptions({ maskMfaMobile: 'yes' as unknown as boolean })).toThrow(TypeError);
  });

  it('GET mobile-by-token gives the masked mobile', async () => {
    const answer = await t.api.get('/api/v2/sdk/mobile-by-token', { 'X-state-token': mfaToken });
    expect(answer.statusCode).toBe(200);
    expect(answer.data).toEqual({ mobile: MASKED });
  });

  it('sms/send takes exactly that masked mobile for MFA_AUTH_SMS, sends to the real one, and mfa/sms signs in', async () => {
    expect((await sendMfaSms(MASKED)).statusCode).toBe(200);
    expect(t.mock.outbox).toEqual([
      expect.objectContaining({ channel: 'sms', to: '+86-13800138000', type: 'MFA_AUTH_SMS' }),
    ]);
    const answer = await mfaSms(MASKED, t.mock.lastCode('13800138000')!);
    expect(answer.data).toEqual({
      status: 'SUCCESS',
      expire: 432000,
      session_token: expect.any(String),
      id_token: expect.any(String),
    });
    expect(jwtPayload(body(answer).id_token as string).sub).toBe(user.id);
  });

  it('refuses any other writing of that mobile, the full number included', async () => {
    const refusals = [];
    for (const mobile of [
      '138****8000',
      '+86 138****8000',
      '+86-138****8001',
      '+86-13800138000',
      '13800138000',
    ]) {
      refusals.push([mobile, body(await sendMfaSms(mobile)).error_code]);
    }
    expect(refusals).toEqual([
      ['138****8000', 'IDAAS.SDK.COMMON.1002'],
      ['+86 138****8000', 'IDAAS.SDK.COMMON.1002'],
      ['+86-138****8001', 'IDAAS.SDK.COMMON.1002'],
      ['+86-13800138000', 'IDAAS.SDK.COMMON.1006'],
      ['13800138000', 'IDAAS.SDK.COMMON.1006'],
    ]);
    expect(t.mock.outbox).toEqual([]);
    await sendMfaSms(MASKED);
    const code = t.mock.lastCode('13800138000')!;
    expect(body(await mfaSms('+86-13800138000', code))).toEqual({
      error_code: 'IDAAS.SDK.COMMON.1006',
      error_msg: 'mobile parameter error',
    });
    expect(body(await mfaSms('138****8000', code)).error_code).toBe('IDAAS.SDK.COMMON.1002');
    expect(body(await mfaSms(MASKED, code)).status).toBe('SUCCESS');
  });

  it('takes that masked mobile as the captcha sender, and its captcha_token for the MFA send', async () => {
    t.mock.setOptions({ captchaRequired: true });
    const puzzle = body(await t.api.get('/api/v2/sdk/captcha'));
    const x = t.mock.captchaAnswer(puzzle.token as string);
    const verify = (sender: string) =>
      t.api.post('/api/v2/sdk/captcha/verify', {
        point_json: JSON.stringify({ x, y: 5 }),
        token: puzzle.token,
        sender,
      });
    const passed = body(await verify(MASKED));
    expect(passed).toEqual({ captcha_token: expect.any(String) });
    const send = await t.api.post('/api/v2/sdk/sms/send', {
      mobile: MASKED,
      type: 'MFA_AUTH_SMS',
      captcha_token: passed.captcha_token,
    });
    expect(send.statusCode).toBe(200);
    expect(t.mock.lastCode('13800138000')).toMatch(/^\d{6}$/);
  });

  it('takes the masked mobile only while that user has a live MFA state token', async () => {
    t.mock.addUser({ mobile: '13900139000', mfa: true }); // an MFA user, but not one signing in now
    expect(body(await sendMfaSms('+86-139****9000')).error_code).toBe('IDAAS.SDK.COMMON.1002');
    await sendMfaSms(MASKED);
    expect(body(await mfaSms(MASKED, t.mock.lastCode('13800138000')!)).status).toBe('SUCCESS');
    expect(body(await sendMfaSms(MASKED)).error_code).toBe('IDAAS.SDK.COMMON.1002');
  });

  it('leaves the other code types as they were', async () => {
    expect(
      (await t.api.post('/api/v2/sdk/sms/send', { mobile: '13800138000', type: 'LOGIN_SMS' })).statusCode,
    ).toBe(200);
    expect(
      body(await t.api.post('/api/v2/sdk/sms/send', { mobile: MASKED, type: 'LOGIN_SMS' })).error_code,
    ).toBe('IDAAS.SDK.COMMON.1002');
  });
});
