import { startMockIdaas, createWxFake, type MockIdaas } from 'eiam-miniprogram-sdk/testing';
import { body, jwtPayload, sdkClient } from './helpers';

// The mock with no options answers as the vendor's pages show (eiam-api.md, "Found on a second reading").

let mock: MockIdaas;
let api: ReturnType<typeof sdkClient>;

beforeEach(async () => {
  mock = await startMockIdaas();
  api = sdkClient(mock, createWxFake({ openid: 'o-vendor' }));
});
afterEach(() => mock.close());

const ZH = { 'X-L': 'zh' };

async function solvedCaptcha(
  sender: string,
): Promise<{ token: string; pointJson: string; captchaToken: string }> {
  const token = body(await api.get('/api/v2/sdk/captcha')).token as string;
  const pointJson = `{"x":${mock.captchaAnswer(token).toFixed(1)},"y":5.0}`;
  const answer = await api.post('/api/v2/sdk/captcha/verify', { point_json: pointJson, token, sender });
  return { token, pointJson, captchaToken: body(answer).captcha_token as string };
}

async function signIn(): Promise<Record<string, unknown>> {
  mock.addUser({ mobile: '15201657124', userName: 'admin', password: 'S3cret!pass', openid: 'o-vendor' });
  return body(await api.login());
}

describe('the mock IDaaS with its defaults', () => {
  it('requires the captcha before a send, in Chinese when X-L is zh', async () => {
    const sms = { mobile: '15201657124', type: 'REGISTER_SMS' };
    expect(body(await api.post('/api/v2/sdk/sms/send', sms))).toEqual({
      error_code: 'IDAAS.SDK.COMMON.1001',
      error_msg: 'parameter captcha_token cannot be blank',
    });
    expect(body(await api.post('/api/v2/sdk/sms/send', sms, ZH))).toEqual({
      error_code: 'IDAAS.SDK.COMMON.1001',
      error_msg: '参数captcha_token不能为空',
    });
    expect(mock.outbox).toHaveLength(0);
  });

  it('gives a non-empty secretKey and captcha tokens of the documented shape, which a send then takes', async () => {
    const captcha = body(await api.get('/api/v2/sdk/captcha'));
    expect(captcha.token).toMatch(/^[0-9a-f]{32}$/);
    expect(captcha.secretKey).toMatch(/^[A-Za-z0-9]{16}$/);
    const { token, pointJson, captchaToken } = await solvedCaptcha('15201657124');
    // 71dd26999e314f9abb0c635336976635---{"x":237.0,"y":5.0}
    expect(captchaToken).toBe(`${token}---${pointJson}`);
    expect(captchaToken).toMatch(/^[0-9a-f]{32}---\{"x":\d+\.\d,"y":5\.0\}$/);
    const sent = await api.post('/api/v2/sdk/sms/send', {
      mobile: '15201657124',
      type: 'REGISTER_SMS',
      captcha_token: captchaToken,
    });
    expect(sent.statusCode).toBe(200);
    expect(mock.outbox).toHaveLength(1);
  });

  it('gives id_tokens with nbf 120 s before iat and the user fields flat', async () => {
    const payload = jwtPayload((await signIn()).id_token as string);
    expect(payload.nbf).toBe((payload.iat as number) - 120);
    expect(payload).toMatchObject({ userName: 'admin', mobile: '+86-15201657124' });
    expect(payload.api).toBeUndefined();
  });

  it("answers a refresh with the same session_token and the configured expire, the session's end unchanged", async () => {
    const session = await signIn();
    mock.advanceTime(3600_000);
    const header = { 'X-session-token': session.session_token as string };
    const refreshed = body(await api.post('/api/v2/sdk/sso/session-token/id-token', undefined, header));
    expect(refreshed).toMatchObject({ session_token: session.session_token, expire: 432000 });
    mock.advanceTime(432000_000 - 3600_000);
    expect(body(await api.post('/api/v2/sdk/sso/session-token/id-token', undefined, header))).toEqual({
      error_code: 'IDAAS.SDK.PARAM.0023',
      error_msg: 'Invalid or expired session token',
    });
  });

  it('answers mobile-by-token with the full number', async () => {
    mock.addUser({ mobile: '15201657124', openid: 'o-vendor', mfa: true });
    const stateToken = body(await api.login()).state_token as string;
    expect(body(await api.get('/api/v2/sdk/mobile-by-token', { 'X-state-token': stateToken }))).toEqual({
      mobile: '+86-15201657124',
    });
  });

  it('answers password binds with SDK.LOGIN.1002, 1005 (attempts left) and 1003 (lock-out), in Chinese for zh', async () => {
    mock.addUser({ userName: 'admin', password: 'S3cret!pass' });
    const stateToken = body(await api.login()).state_token as string;
    const bind = (userName: string, password: string) =>
      api.post(
        '/api/v2/sdk/social/username-password-bind',
        { user_name: userName, password },
        { ...ZH, 'X-state-token': stateToken },
      );
    expect(body(await bind('lisi', 'x'))).toEqual({
      error_code: 'IDAAS.SDK.LOGIN.1002',
      error_msg: '用户未绑定',
    });
    for (let left = 4; left > 0; left -= 1) {
      expect(body(await bind('admin', 'wrong'))).toEqual({
        error_code: 'IDAAS.SDK.LOGIN.1005',
        error_msg: `密码错误，剩余登录尝试次数:${left}`,
      });
    }
    const locked = await bind('admin', 'wrong');
    expect(locked.statusCode).toBe(400);
    expect(body(locked)).toEqual({
      error_code: 'IDAAS.SDK.LOGIN.1003',
      error_msg: '登录失败次数过多，账号已锁定，30分0秒后解锁',
    });
    mock.advanceTime(61_000);
    expect(body(await bind('admin', 'S3cret!pass')).error_msg).toBe(
      '登录失败次数过多，账号已锁定，28分59秒后解锁',
    );
  });
});

describe('the mock IDaaS with the vendor-example options', () => {
  it("claimStyle 'api' puts the user fields in an api claim holding a JSON string", async () => {
    mock.setOptions({ claimStyle: 'api' });
    const payload = jwtPayload((await signIn()).id_token as string);
    expect(payload.userName).toBeUndefined();
    expect(JSON.parse(payload.api as string)).toMatchObject({ userName: 'admin', mobile: '+86-15201657124' });
  });

  it('tokenLeadingSpace writes every token as " eyJ…"', async () => {
    mock.setOptions({ tokenLeadingSpace: true });
    const session = await signIn();
    expect(session.session_token).toMatch(/^ \S+$/);
    expect(session.id_token).toMatch(/^ eyJ/);
    mock.reset();
    const bindAnswer = body(await api.login());
    expect(bindAnswer.state_token).toMatch(/^ eyJ/);
    expect((await solvedCaptcha('15201657124')).captchaToken).toMatch(/^ [0-9a-f]{32}---/);
  });

  it('captchaRequired: false takes a send without a captcha_token', async () => {
    mock.setOptions({ captchaRequired: false });
    const sent = await api.post('/api/v2/sdk/sms/send', { mobile: '15201657124', type: 'REGISTER_SMS' });
    expect(sent.statusCode).toBe(200);
  });
});
