import { EMAIL, MOBILE, OPENID } from '../support/fixtures';
import { atBindStepWithCode, closeWorlds, rejection, requestsTo, world } from '../support/harness';

afterEach(closeWorlds);

describe('answers that are not a success', () => {
  it.each([500, 502, 503, 504])(
    'maps %i with an HTML page to SERVER_ERROR, after exactly one request',
    async (status) => {
      const { mock, eiam, code } = await atBindStepWithCode();
      mock.fault({ path: '/social/register-bind', kind: 'html', status });
      const error = await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: code }));
      expect(error.code).toBe('SERVER_ERROR');
      expect(error.status).toBe(status);
      expect(error.message).not.toMatch(/<html/i);
      expect(requestsTo(mock, '/social/register-bind')).toHaveLength(1);
      expect(await eiam.getSession()).toBeNull();
    },
  );

  it('maps a 200 with broken JSON to INVALID_RESPONSE and stores nothing', async () => {
    const { mock, eiam, code, fake } = await atBindStepWithCode();
    mock.fault({ path: '/social/register-bind', kind: 'badJson' });
    expect((await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: code }))).code).toBe(
      'INVALID_RESPONSE',
    );
    expect(fake.storage.raw('eiam.v1.session')).toBeUndefined();
  });

  it('refuses an oversized answer before parsing it', async () => {
    const { mock, eiam, code } = await atBindStepWithCode();
    mock.fault({ path: '/social/register-bind', kind: 'oversize' });
    const error = await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: code }));
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.detail).toBe('body too large');
  });

  it.each([
    [{ expire: 10, id_token: 'x' }, 'session_token'],
    [{ session_token: 7, expire: 10 }, 'session_token'],
    [{ session_token: 'abc', expire: 0 }, 'expire'],
    [{ session_token: 'abc', expire: '432000' }, 'expire'],
    [{ session_token: 'abc', expire: 432000, id_token: 'not-a-jwt' }, 'id_token'],
  ])('refuses a 200 of the wrong shape %j', async (body, detail) => {
    const { mock, eiam, code } = await atBindStepWithCode();
    mock.fault({
      path: '/social/register-bind',
      kind: 'status',
      status: 200,
      body: { status: 'SUCCESS', ...body },
    });
    const error = await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: code }));
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.detail).toBe(detail);
  });

  it('passes an unknown error code through unchanged with its status', async () => {
    const { mock, eiam, code } = await atBindStepWithCode();
    mock.fault({
      path: '/social/register-bind',
      kind: 'status',
      status: 403,
      body: { error_code: 'IDAAS.SDK.NEW.9999', error_msg: 'something new' },
    });
    const error = await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: code }));
    expect(error).toMatchObject({ code: 'API_ERROR', serverCode: 'IDAAS.SDK.NEW.9999', status: 403 });
    expect(error.serverMessage).toBe('something new');
  });

  it('reports an unknown login status as INVALID_RESPONSE keeping the raw value', async () => {
    const { mock, eiam } = await world();
    mock.fault({
      path: '/login/wechat-miniprogram',
      kind: 'status',
      status: 200,
      body: { status: 'NEW_THING' },
    });
    const error = await rejection(eiam.loginWithWeChat());
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.detail).toBe('status NEW_THING');
  });
});

describe('transport failures', () => {
  it('maps a hung server to TIMEOUT and never resends the verify code', async () => {
    const { mock, restart } = await world();
    const eiam = restart({ timeoutMs: 300 });
    await eiam.loginWithWeChat();
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
    mock.fault({ path: '/social/register-bind', kind: 'handleThenHang' });
    const error = await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: mock.lastCode(MOBILE)! }));
    expect(error.code).toBe('TIMEOUT');
    await new Promise((r) => setTimeout(r, 400));
    expect(requestsTo(mock, '/social/register-bind')).toHaveLength(1);
  });

  it('maps a reset connection to NETWORK_ERROR', async () => {
    const { mock, eiam, code } = await atBindStepWithCode();
    mock.fault({ path: '/social/register-bind', kind: 'reset' });
    const error = await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: code }));
    expect(error.code).toBe('NETWORK_ERROR');
    expect(requestsTo(mock, '/social/register-bind')).toHaveLength(1);
  });

  it('maps offline to NETWORK_ERROR "not-sent" and keeps the stored session', async () => {
    const { mock, eiam, fake } = await world();
    mock.addUser({ mobile: MOBILE, openid: OPENID });
    await eiam.loginWithWeChat();
    const signOuts: unknown[] = [];
    eiam.onSessionChange((s) => signOuts.push(s));
    fake.faults.request = 'offline';
    const error = await rejection(eiam.refreshIdToken());
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.detail).toBe('not-sent');
    expect(await eiam.getSession()).not.toBeNull();
    expect(signOuts).toEqual([]);
  });

  it('maps request:fail interrupted to NETWORK_ERROR "interrupted"', async () => {
    const { eiam, fake } = await world();
    fake.faults.request = 'interrupted';
    const error = await rejection(eiam.getCaptcha());
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', detail: 'interrupted' });
  });

  it('settles within the timeout when wx.request never calls back', async () => {
    const { fake, restart } = await world();
    fake.faults.request = 'hang';
    const eiam = restart({ timeoutMs: 200 });
    const started = Date.now();
    expect((await rejection(eiam.getCaptcha())).code).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(200 + 1000 + 500);
  });
});

describe('debug logging', () => {
  it('logs nothing by default', async () => {
    const { mock, restart } = await world();
    const lines: string[] = [];
    const spy = jest.spyOn(console, 'log').mockImplementation((...args) => lines.push(args.join(' ')));
    try {
      const eiam = restart({ debug: undefined });
      await eiam.loginWithWeChat();
      await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
      await eiam.registerBind({ mobile: MOBILE, verifyCode: mock.lastCode(MOBILE)! });
    } finally {
      spy.mockRestore();
    }
    expect(lines).toEqual([]);
  });

  it('redacts mobiles, emails, codes and tokens when debug is on', async () => {
    const { mock, eiam, logs, fake } = await world();
    await eiam.loginWithWeChat();
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
    const captcha = await eiam.getCaptcha();
    const x = mock.captchaAnswer(captcha.token);
    const captchaToken = await eiam.verifyCaptcha({ token: captcha.token, x, sender: EMAIL });
    await eiam.sendEmailCode({ email: EMAIL, type: 'REGISTER_EMS', captchaToken });
    const emailCode = mock.lastCode(EMAIL)!;
    const code = mock.lastCode(MOBILE)!;
    const session = await eiam.registerBind({ mobile: MOBILE, verifyCode: code });
    const stateToken = requestsTo(mock, '/social/register-bind')[0]!.headers['x-state-token'];
    const all = logs.join('\n');
    // Every request was logged, so the checks below cover each of them.
    for (const path of ['login/wechat-miniprogram', 'sms/send', 'captcha', 'captcha/verify', 'email/send']) {
      expect(all).toContain(`/api/v2/sdk/${path}`);
    }
    expect(all).toContain('/api/v2/sdk/social/register-bind');
    expect(all).toContain('138****8000');
    expect(all).toContain('z***@example.com');
    expect(all).toContain('REGISTER_SMS');
    expect(all).toContain('REGISTER_EMS');
    expect(typeof stateToken).toBe('string');
    const secrets = [
      MOBILE,
      EMAIL,
      EMAIL.split('@')[0]!,
      code,
      emailCode,
      stateToken as string,
      captcha.token,
      captchaToken,
      session.sessionToken,
      session.idToken.slice(0, 12),
      fake.loginCodes[0]!,
    ];
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThanOrEqual(6);
      expect(all).not.toContain(secret);
    }
    const idTokenPayload = session.idToken.split('.')[1]!;
    const stateTokenPayload = (stateToken as string).split('.')[1] || (stateToken as string);
    for (const token of [idTokenPayload, session.sessionToken, stateTokenPayload]) {
      expect(token.length).toBeGreaterThanOrEqual(16);
      for (let i = 0; i + 8 <= token.length; i++) expect(all).not.toContain(token.slice(i, i + 8));
    }
    const fingerprint = mock.requests[0]!.headers['x-device-fingerprint']!;
    expect(all).not.toContain(fingerprint.slice(0, 8));
  });
});
