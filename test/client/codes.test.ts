import type { EmailCodeType, SmsCodeType } from '../../src';
import { EMAIL, MOBILE, MOBILE_KEY } from '../support/fixtures';
import { closeWorlds, rejection, requestsTo, world } from '../support/harness';

afterEach(closeWorlds);

describe('sendSmsCode and sendEmailCode', () => {
  it('sends an SMS code that the mock delivers to the outbox', async () => {
    const { mock, eiam } = await world();
    await eiam.sendSmsCode({ mobile: '+86 138-0013-8000', type: 'REGISTER_SMS' });
    expect(requestsTo(mock, '/sms/send')[0]!.body).toEqual({ mobile: MOBILE, type: 'REGISTER_SMS' });
    expect(mock.outbox).toEqual([
      expect.objectContaining({ channel: 'sms', to: MOBILE_KEY, type: 'REGISTER_SMS' }),
    ]);
  });

  it('sends an email code', async () => {
    const { mock, eiam } = await world();
    await eiam.sendEmailCode({ email: EMAIL, type: 'REGISTER_EMS' });
    expect(requestsTo(mock, '/email/send')[0]!.body).toEqual({ email: EMAIL, type: 'REGISTER_EMS' });
    expect(mock.lastCode(EMAIL)).toMatch(/^\d{6}$/);
  });

  it('accepts a newer type in the documented shape and refuses any other', async () => {
    const { mock, eiam } = await world();
    await expect(eiam.sendSmsCode({ mobile: MOBILE, type: 'UPDATE_PWD_SMS' })).resolves.toBeUndefined();
    for (const type of ['REGISTER_EMS', 'register_sms', 'SMS', 'DROP TABLE_SMS', '']) {
      // The types refuse these too (SmsCodeType); the run-time check is what is tested.
      const input = { mobile: MOBILE, type: type as SmsCodeType };
      expect((await rejection(eiam.sendSmsCode(input))).code).toBe('INVALID_ARGUMENT');
    }
    expect(
      (await rejection(eiam.sendEmailCode({ email: EMAIL, type: 'REGISTER_SMS' as EmailCodeType }))).code,
    ).toBe('INVALID_ARGUMENT');
    expect(requestsTo(mock, '/send')).toHaveLength(1);
  });

  it('refuses a second send within the cool-down with the time left, and sends nothing', async () => {
    let now = 1_000_000;
    const { mock, eiam } = await world({ client: { clock: { now: () => now }, codeCooldownMs: 60000 } });
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
    now += 20000;
    const error = await rejection(eiam.sendSmsCode({ mobile: '+8613800138000', type: 'REGISTER_SMS' }));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfterMs).toBe(40000);
    expect(eiam.codeCooldownLeft({ mobile: MOBILE, type: 'REGISTER_SMS' })).toBe(40000);
    // Another type or recipient is not held back.
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'BIND_MOBILE_SMS' });
    now += 40000;
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
    expect(requestsTo(mock, '/sms/send')).toHaveLength(3);
  });

  it('shares one send between concurrent identical calls (a double tap)', async () => {
    const { mock, eiam } = await world();
    await Promise.all([
      eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' }),
      eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' }),
    ]);
    expect(requestsTo(mock, '/sms/send')).toHaveLength(1);
    expect(mock.outbox).toHaveLength(1);
  });

  it('lets the user try again at once when the server refused the send (no code went out)', async () => {
    const { mock, eiam } = await world({ mock: { captchaRequired: true } });
    const refused = await rejection(eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' }));
    expect(refused.code).toBe('CAPTCHA_REQUIRED');
    expect(eiam.codeCooldownLeft({ mobile: MOBILE, type: 'REGISTER_SMS' })).toBe(0);
    expect(mock.outbox).toHaveLength(0);
  });

  it('maps a 429 to RATE_LIMITED with Retry-After and holds the recipient back that long', async () => {
    const { mock, eiam } = await world();
    mock.fault({ path: '/sms/send', kind: 'rateLimit', retryAfter: 120 });
    const error = await rejection(eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' }));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.status).toBe(429);
    expect(error.retryAfterMs).toBe(120000);
    expect(eiam.codeCooldownLeft({ mobile: MOBILE, type: 'REGISTER_SMS' })).toBeGreaterThan(60000);
    expect(requestsTo(mock, '/sms/send')).toHaveLength(1);
  });

  it.each([
    ['right', 0],
    ['60 min behind', -60 * 60_000],
    ['10 min ahead', 10 * 60_000],
  ])(
    'reads a Retry-After date on the server clock: 30 s from the server’s now is 30 s with the device clock %s',
    async (_, offsetMs) => {
      const { mock, restart } = await world();
      const eiam = restart({ clock: { now: () => mock.now() + offsetMs } });
      mock.fault({
        path: '/sms/send',
        kind: 'status',
        status: 429,
        headers: { 'Retry-After': new Date(mock.now() + 30_000).toUTCString() },
        body: { error_code: 'IDAAS.SDK.COMMON.1008', error_msg: 'busy' },
      });
      const error = await rejection(eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' }));
      expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
      // Retry-After and the Date the server's clock is learned from are whole seconds: 29 to 31 s, less the trip.
      expect(error.retryAfterMs).toBeGreaterThan(28_000);
      expect(error.retryAfterMs).toBeLessThanOrEqual(31_000);
      expect(requestsTo(mock, '/sms/send')).toHaveLength(1);
    },
  );
});

describe('captcha', () => {
  it('solves the slider and sends the code with the captcha token', async () => {
    const { mock, eiam } = await world({ mock: { captchaRequired: true } });
    const captcha = await eiam.getCaptcha();
    expect(captcha.originalImageBase64).toMatch(/^[A-Za-z0-9+/=]+$/);
    expect(captcha.jigsawImageBase64).toMatch(/^[A-Za-z0-9+/=]+$/);
    const x = mock.captchaAnswer(captcha.token);
    const captchaToken = await eiam.verifyCaptcha({ token: captcha.token, x, sender: MOBILE });
    const verify = requestsTo(mock, '/captcha/verify')[0]!.body as Record<string, string>;
    expect(verify.point_json).toBe(`{"x":${x}.0,"y":5.0}`);
    expect(verify.sender).toBe(MOBILE);
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS', captchaToken });
    expect(requestsTo(mock, '/sms/send')[0]!.body).toEqual({
      mobile: MOBILE,
      type: 'REGISTER_SMS',
      captcha_token: captchaToken,
    });
    expect(mock.lastCode(MOBILE)).toMatch(/^\d{6}$/);
  });

  it('rejects a wrong slider position with the server error', async () => {
    const { mock, eiam } = await world();
    const captcha = await eiam.getCaptcha();
    const x = mock.captchaAnswer(captcha.token);
    const error = await rejection(eiam.verifyCaptcha({ token: captcha.token, x: x + 40, sender: EMAIL }));
    expect(error.code).toBe('API_ERROR');
    expect(error.serverCode).toBeTruthy();
  });

  it('refuses a position that is not a number', async () => {
    const { mock, eiam } = await world();
    const error = await rejection(eiam.verifyCaptcha({ token: 't', x: NaN, sender: MOBILE }));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(mock.requests).toHaveLength(0);
  });
});
