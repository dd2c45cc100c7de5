import { body, useMockIdaas } from './helpers';

const t = useMockIdaas();

/** Width and height from a PNG's IHDR. */
function pngSize(base64: string): [number, number] {
  const png = Buffer.from(base64, 'base64');
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

async function captcha(): Promise<{ token: string; x: number }> {
  const answer = await t.api.get('/api/v2/sdk/captcha');
  const token = body(answer).token as string;
  return { token, x: t.mock.captchaAnswer(token) };
}

function verify(token: string, x: number, sender: string) {
  return t.api.post('/api/v2/sdk/captcha/verify', {
    point_json: `{"x":${x.toFixed(1)},"y":5.0}`,
    token,
    sender,
  });
}

describe('the slider captcha', () => {
  it('GET captcha gives a token, two PNG images and result false', async () => {
    const answer = await t.api.get('/api/v2/sdk/captcha');
    expect(answer.statusCode).toBe(200);
    const data = body(answer);
    expect(data).toEqual({
      token: expect.any(String),
      secretKey: expect.stringMatching(/^[A-Za-z0-9]{16}$/), // non-empty, like the EIAM example's yMXC583dP4R7uhmq
      originalImageBase64: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/),
      jigsawImageBase64: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/),
      result: false,
    });
    expect(pngSize(data.originalImageBase64 as string)).toEqual([310, 155]);
    expect(pngSize(data.jigsawImageBase64 as string)).toEqual([47, 155]);
    const x = t.mock.captchaAnswer(data.token as string);
    expect(x).toBeGreaterThanOrEqual(40);
    expect(x).toBeLessThanOrEqual(250);
  });

  it('accepts an answer within the tolerance and gives a captcha_token', async () => {
    const { token, x } = await captcha();
    const answer = await verify(token, x + 4.5, '13800138000');
    expect(answer.statusCode).toBe(200);
    expect(answer.data).toEqual({ captcha_token: expect.any(String) });
  });

  it('refuses an answer off by more than the tolerance, and the captcha is dead afterwards', async () => {
    const { token, x } = await captcha();
    const wrong = await verify(token, x + 6, 'zhangsan@example.com');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.data).toEqual({
      error_code: 'IDAAS.SDK.CAPTCHA.0001',
      error_msg: 'captcha verification failed',
    });
    expect(() => t.mock.captchaAnswer(token)).toThrow(/no live captcha/);
    expect(body(await verify(token, x, 'zhangsan@example.com')).error_code).toBe('IDAAS.SDK.CAPTCHA.0001');
  });

  it('honours captchaTolerance and the plain scheme', async () => {
    t.mock.setOptions({ captchaTolerance: 0, errorScheme: 'plain' });
    const { token, x } = await captcha();
    expect(body(await verify(token, x + 1, '13800138000')).error_code).toBe('SDK.CAPTCHA.1001');
  });

  it('refuses a malformed point_json or sender', async () => {
    const { token } = await captcha();
    const bad = await t.api.post('/api/v2/sdk/captcha/verify', {
      point_json: 'x=1',
      token,
      sender: '13800138000',
    });
    expect(bad.data).toEqual({
      error_code: 'IDAAS.SDK.COMMON.1002',
      error_msg: 'point_json parameter format incorrect',
    });
    const noSender = await t.api.post('/api/v2/sdk/captcha/verify', {
      point_json: '{"x":1}',
      token,
      sender: 'nobody',
    });
    expect(body(noSender).error_code).toBe('IDAAS.SDK.COMMON.1002');
  });
});

describe('POST sms/send and email/send', () => {
  it('answers 200 with an empty body and delivers a 6-digit code to the outbox', async () => {
    const before = t.mock.now();
    const answer = await t.api.post('/api/v2/sdk/sms/send', {
      mobile: '+8613800138000',
      type: 'REGISTER_SMS',
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.data).toBe('');
    expect(t.mock.outbox).toEqual([
      {
        channel: 'sms',
        to: '+86-13800138000',
        type: 'REGISTER_SMS',
        code: expect.stringMatching(/^\d{6}$/),
        at: expect.any(Number),
      },
    ]);
    expect(t.mock.outbox[0]!.at).toBeGreaterThanOrEqual(before);
    expect(t.mock.lastCode('13800138000')).toBe(t.mock.outbox[0]!.code);
  });

  it('delivers email codes to the lower-cased address', async () => {
    await t.api.post('/api/v2/sdk/email/send', { email: 'ZhangSan@Example.com', type: 'LOGIN_EMS' });
    expect(t.mock.outbox[0]).toMatchObject({
      channel: 'email',
      to: 'zhangsan@example.com',
      type: 'LOGIN_EMS',
    });
    expect(t.mock.lastCode('ZHANGSAN@example.com')).toBe(t.mock.outbox[0]!.code);
  });

  it.each([
    [
      'sms',
      'mobile',
      '13800138000',
      [
        'LOGIN_SMS',
        'REGISTER_SMS',
        'MFA_AUTH_SMS',
        'FORGET_PWD_SMS',
        'CHANGE_PWD_SMS',
        'BIND_MOBILE_SMS',
        'UPDATE_PWD_SMS',
        'UPDATE_MOBILE_SMS',
      ],
    ],
    [
      'email',
      'email',
      'a@b.co',
      [
        'LOGIN_EMS',
        'REGISTER_EMS',
        'MFA_AUTH_EMS',
        'FORGET_PWD_EMS',
        'CHANGE_PWD_EMS',
        'BIND_EMAIL_EMS',
        'UPDATE_EMAIL_EMS',
      ],
    ],
  ])('%s/send accepts every documented type', async (channel, field, to, types) => {
    for (const type of types) {
      expect((await t.api.post(`/api/v2/sdk/${channel}/send`, { [field]: to, type })).statusCode).toBe(200);
    }
    expect(t.mock.outbox.map((m) => m.type)).toEqual(types);
  });

  it('refuses an undocumented type or one of the other channel, sending nothing', async () => {
    for (const type of ['REGISTER_EMS', 'register_sms', 'SMS', '']) {
      const answer = await t.api.post('/api/v2/sdk/sms/send', { mobile: '13800138000', type });
      expect(answer.statusCode).toBe(400);
    }
    expect(
      body(await t.api.post('/api/v2/sdk/email/send', { email: 'a@b.co', type: 'REGISTER_SMS' })),
    ).toEqual({
      error_code: 'IDAAS.SDK.COMMON.1006',
      error_msg: 'type parameter error',
    });
    expect(t.mock.outbox).toHaveLength(0);
  });

  it('refuses a malformed mobile or email', async () => {
    for (const mobile of ['1380013800', '23800138000', '+86123', 'abc']) {
      const answer = await t.api.post('/api/v2/sdk/sms/send', { mobile, type: 'REGISTER_SMS' });
      expect(body(answer).error_code).toBe('IDAAS.SDK.COMMON.1002');
    }
    expect(
      body(await t.api.post('/api/v2/sdk/email/send', { email: 'a@', type: 'LOGIN_EMS' })).error_code,
    ).toBe('IDAAS.SDK.COMMON.1002');
  });

  it('requires a captcha token when captchaRequired is on', async () => {
    t.mock.setOptions({ captchaRequired: true });
    const none = await t.api.post('/api/v2/sdk/sms/send', { mobile: '13800138000', type: 'REGISTER_SMS' });
    expect(none.statusCode).toBe(400);
    expect(none.data).toEqual({
      error_code: 'IDAAS.SDK.COMMON.1001',
      error_msg: 'parameter captcha_token cannot be blank',
    });
    const { token, x } = await captcha();
    const captchaToken = body(await verify(token, x, '+86-13800138000')).captcha_token as string;
    const sent = await t.api.post('/api/v2/sdk/sms/send', {
      mobile: '13800138000',
      type: 'REGISTER_SMS',
      captcha_token: captchaToken,
    });
    expect(sent.statusCode).toBe(200);
    expect(t.mock.outbox).toHaveLength(1);
  });

  it('takes a captcha token once, and only for the sender it was solved for', async () => {
    const { token, x } = await captcha();
    const captchaToken = body(await verify(token, x, '13800138000')).captcha_token as string;
    const other = await t.api.post('/api/v2/sdk/sms/send', {
      mobile: '13900139000',
      type: 'REGISTER_SMS',
      captcha_token: captchaToken,
    });
    expect(other.data).toEqual({
      error_code: 'IDAAS.SDK.COMMON.1006',
      error_msg: 'captcha_token parameter error',
    });
    const right = { mobile: '13800138000', type: 'REGISTER_SMS', captcha_token: captchaToken };
    expect((await t.api.post('/api/v2/sdk/sms/send', right)).statusCode).toBe(200);
    expect((await t.api.post('/api/v2/sdk/sms/send', right)).statusCode).toBe(400);
  });
});
