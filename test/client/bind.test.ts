import type { VerifyCodeInput } from '../../src';
import { EMAIL, MOBILE, MOBILE_KEY, OPENID, OTHER_MOBILE } from '../support/fixtures';
import { closeWorlds, rejection, requestsTo, world } from '../support/harness';

afterEach(closeWorlds);

async function atBindStep(mockOptions = {}) {
  const w = await world({ mock: mockOptions });
  await w.eiam.loginWithWeChat();
  return w;
}

describe('registerBind', () => {
  it('registers a new user with a mobile and an SMS code, then signs in', async () => {
    const { mock, eiam, fake } = await atBindStep();
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
    const code = mock.lastCode(MOBILE)!;
    const session = await eiam.registerBind({ mobile: MOBILE, verifyCode: code });
    expect(session.claims.mobile).toBe(MOBILE_KEY);
    const [bindRequest] = requestsTo(mock, '/social/register-bind');
    expect(bindRequest!.body).toEqual({ mobile: '13800138000', verify_code: code });
    expect(bindRequest!.headers['x-state-token']).toBeTruthy();
    expect(eiam.hasStateToken()).toBe(false);
    expect(await eiam.getSession()).toBe(session);
    const stored = JSON.stringify(fake.storage.raw('eiam.v1.session'));
    expect(stored).not.toContain(code);
    expect(stored).not.toContain(bindRequest!.headers['x-state-token']);
  });

  it('binds with an email and an email code, normalising a full-width code', async () => {
    const { mock, eiam } = await atBindStep();
    await eiam.sendEmailCode({ email: EMAIL, type: 'REGISTER_EMS' });
    const code = mock.lastCode(EMAIL)!;
    const fullWidth = code.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    const session = await eiam.registerBind({ email: EMAIL, verifyCode: ` ${fullWidth} ` });
    expect(session.claims.email).toBe(EMAIL);
  });

  it('keeps the earlier session when a bind fails', async () => {
    const { mock, eiam, fake } = await world();
    mock.addUser({ mobile: OTHER_MOBILE, openid: OPENID });
    const first = await eiam.loginWithWeChat();
    expect(first.status).toBe('SUCCESS');
    const before = JSON.stringify(fake.storage.raw('eiam.v1.session'));
    mock.setOptions({});
    // A second WeChat account on the same device reaches the bind step.
    fake.setOpenid('o-second');
    await eiam.loginWithWeChat();
    const error = await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: '000000' }));
    expect(error.code).toBe('API_ERROR');
    expect(error.status).toBe(400);
    expect(JSON.stringify(fake.storage.raw('eiam.v1.session'))).toBe(before);
    expect(await eiam.getSession()).toBe(first.status === 'SUCCESS' ? first.session : null);
    expect(eiam.hasStateToken()).toBe(true);
  });

  it('rejects NO_STATE_TOKEN before wx.login, and sends nothing', async () => {
    const { mock, eiam } = await world();
    expect((await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: '123456' }))).code).toBe(
      'NO_STATE_TOKEN',
    );
    expect(mock.requests).toHaveLength(0);
  });

  it.each([
    [{ mobile: '1380013800', verifyCode: '123456' }, 'mobile'],
    [{ email: 'a@', verifyCode: '123456' }, 'email'],
    [{ mobile: MOBILE, verifyCode: '12a456' }, 'verifyCode'],
    [{ mobile: MOBILE, email: EMAIL, verifyCode: '123456' }, 'exactly one of mobile and email'],
    [{ verifyCode: '123456' }, 'exactly one of mobile and email'],
  ])('refuses bad input %j with INVALID_ARGUMENT and sends nothing', async (input, detail) => {
    const { mock, eiam } = await atBindStep();
    const before = mock.requests.length;
    // Neither or both of mobile and email do not compile; the run-time check is what is tested.
    const error = await rejection(eiam.registerBind(input as VerifyCodeInput));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.detail).toBe(detail);
    for (const typed of Object.values(input)) {
      expect(error.message).not.toContain(typed);
      expect(String(error)).not.toContain(typed);
      expect(JSON.stringify(error)).not.toContain(typed);
    }
    expect(mock.requests).toHaveLength(before);
  });

  it('drops the state token when the server rejects it, keeping the server code verbatim', async () => {
    const { mock, eiam } = await atBindStep({ errorScheme: 'idaas' });
    mock.advanceTime(24 * 3600 * 1000);
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
    const error = await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: mock.lastCode(MOBILE)! }));
    expect(error.code).toBe('INVALID_STATE_TOKEN');
    expect(error.serverCode).toBe('IDAAS.SDK.COMMON.1007');
    expect(error.status).toBe(400);
    expect(eiam.hasStateToken()).toBe(false);
    expect(requestsTo(mock, '/social/register-bind')).toHaveLength(1);
  });

  it('accepts the plain error-code scheme too', async () => {
    const { mock, eiam } = await atBindStep({ errorScheme: 'plain' });
    mock.advanceTime(24 * 3600 * 1000);
    const error = await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: '123456' }));
    expect(error.code).toBe('INVALID_STATE_TOKEN');
    expect(error.serverCode).toBe('SDK.COMMON.1007');
  });
});

describe('bind', () => {
  it('binds an existing user with a BIND_MOBILE_SMS code', async () => {
    const { mock, eiam } = await atBindStep();
    const user = mock.addUser({ mobile: MOBILE });
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'BIND_MOBILE_SMS' });
    const session = await eiam.bind({ mobile: MOBILE, verifyCode: mock.lastCode(MOBILE)! });
    expect(session.claims.sub).toBe(user.id);
    expect(requestsTo(mock, '/social/bind')).toHaveLength(1);
  });

  it('binds an existing user by email', async () => {
    const { mock, eiam } = await atBindStep();
    const user = mock.addUser({ email: EMAIL });
    await eiam.sendEmailCode({ email: EMAIL, type: 'BIND_EMAIL_EMS' });
    expect((await eiam.bind({ email: EMAIL, verifyCode: mock.lastCode(EMAIL)! })).claims.sub).toBe(user.id);
  });
});

describe('WeChat phone button and password', () => {
  it('registers with the phone code of the getPhoneNumber button', async () => {
    const { mock, eiam } = await atBindStep();
    const wechatCode = mock.issuePhoneCode(MOBILE);
    const session = await eiam.registerBindWithWeChatPhone({ wechatCode });
    expect(session.claims.mobile).toBe(MOBILE_KEY);
    expect(requestsTo(mock, '/social/wechat-mobile-register-bind')[0]!.body).toEqual({
      wechat_code: wechatCode,
    });
  });

  it('binds an existing user with the phone code', async () => {
    const { mock, eiam } = await atBindStep();
    const user = mock.addUser({ mobile: MOBILE });
    const session = await eiam.bindWithWeChatPhone({ wechatCode: mock.issuePhoneCode(MOBILE) });
    expect(session.claims.sub).toBe(user.id);
  });

  it('refuses an empty phone code with INVALID_ARGUMENT', async () => {
    const { eiam } = await atBindStep();
    expect((await rejection(eiam.bindWithWeChatPhone({ wechatCode: '' }))).code).toBe('INVALID_ARGUMENT');
  });

  it('binds by user name and password, and keeps the server message on a wrong password', async () => {
    const { mock, eiam } = await atBindStep();
    const user = mock.addUser({ userName: 'zhangsan', password: 'S3cret!pass' });
    const wrong = await rejection(eiam.bindWithPassword({ userName: 'zhangsan', password: 'nope' }));
    expect(wrong.code).toBe('WRONG_PASSWORD');
    expect(wrong.attemptsLeft).toBe(4);
    expect(wrong.serverCode).toMatch(/SDK\.LOGIN\.1005$/);
    expect(wrong.message).not.toContain('nope');
    const session = await eiam.bindWithPassword({ userName: 'zhangsan', password: 'S3cret!pass' });
    expect(session.claims.sub).toBe(user.id);
    const bodies = requestsTo(mock, '/social/username-password-bind').map((r) => r.body);
    expect(bodies).toEqual([
      { user_name: 'zhangsan', password: 'nope' },
      { user_name: 'zhangsan', password: 'S3cret!pass' },
    ]);
  });
});
