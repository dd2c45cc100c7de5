import type { EiamClient, MobileFormat } from '../../src';
import {
  BAD_CODES,
  BAD_EMAILS,
  BAD_MOBILES,
  EMAIL,
  FOREIGN_MOBILE,
  MOBILE,
  MOBILE_E164,
  MOBILE_KEY,
  SOME_CODE,
} from '../support/fixtures';
import { closeWorlds, rejection, requestsTo, world } from '../support/harness';

afterEach(closeWorlds);

const CAPTCHA_TOKEN = 'captcha-token-from-verify';

describe('verifyCaptcha point_json', () => {
  it.each([
    [123.456, '{"x":123.46,"y":5.0}'],
    [50, '{"x":50.0,"y":5.0}'],
    [12.5, '{"x":12.5,"y":5.0}'],
    [99.999, '{"x":100.0,"y":5.0}'],
    [0.1 + 0.2, '{"x":0.3,"y":5.0}'],
    [0, '{"x":0.0,"y":5.0}'],
  ])('sends x = %p as %s', async (x, pointJson) => {
    const { mock, eiam } = await world();
    const captcha = await eiam.getCaptcha();
    mock.fault({
      path: '/captcha/verify',
      kind: 'status',
      status: 200,
      body: { captcha_token: CAPTCHA_TOKEN },
    });
    expect(await eiam.verifyCaptcha({ token: captcha.token, x, sender: MOBILE })).toBe(CAPTCHA_TOKEN);
    const verify = requestsTo(mock, '/captcha/verify');
    expect(verify).toHaveLength(1);
    expect(verify[0]!.body).toEqual({ point_json: pointJson, token: captcha.token, sender: MOBILE });
  });

  it('is accepted by the mock for a fractional answer near the gap, and the token then unlocks a send', async () => {
    const { mock, eiam } = await world({ mock: { captchaRequired: true } });
    const captcha = await eiam.getCaptcha();
    const x = mock.captchaAnswer(captcha.token) + 0.456;
    const captchaToken = await eiam.verifyCaptcha({ token: captcha.token, x, sender: EMAIL });
    const verify = requestsTo(mock, '/captcha/verify');
    expect(verify).toHaveLength(1);
    expect((verify[0]!.body as { point_json: string }).point_json).toBe(`{"x":${Math.floor(x)}.46,"y":5.0}`);
    await eiam.sendEmailCode({ email: EMAIL, type: 'REGISTER_EMS', captchaToken });
    expect(requestsTo(mock, '/email/send')).toHaveLength(1);
    expect(mock.lastCode(EMAIL)).toMatch(/^\d{6}$/);
  });
});

describe('mobileFormat on the wire', () => {
  it.each<[MobileFormat | undefined, string, string]>([
    [undefined, MOBILE, '13800138000'],
    ['national', MOBILE, '13800138000'],
    ['national', '+86 138-0013-8000', '13800138000'],
    ['e164', MOBILE, MOBILE_E164],
    ['e164-dash', MOBILE, MOBILE_KEY],
    ['e164-dash', '０08613800138000', MOBILE_KEY],
    ['national', FOREIGN_MOBILE, FOREIGN_MOBILE],
    ['e164', FOREIGN_MOBILE, FOREIGN_MOBILE],
    ['e164-dash', FOREIGN_MOBILE, '+1-4155552671'],
  ])('%s writes %p as %p in sms/send', async (mobileFormat, typed, wire) => {
    const { mock, restart } = await world();
    const eiam = restart(mobileFormat === undefined ? {} : { mobileFormat });
    await eiam.sendSmsCode({ mobile: typed, type: 'REGISTER_SMS' });
    const sends = requestsTo(mock, '/sms/send');
    expect(sends).toHaveLength(1);
    expect(sends[0]!.body).toEqual({ mobile: wire, type: 'REGISTER_SMS' });
    expect(mock.outbox).toHaveLength(1);
  });

  it('uses the same format in the bind body and the captcha sender', async () => {
    const { mock, restart } = await world();
    const eiam = restart({ mobileFormat: 'e164-dash' });
    await eiam.loginWithWeChat();
    const captcha = await eiam.getCaptcha();
    const x = mock.captchaAnswer(captcha.token);
    const captchaToken = await eiam.verifyCaptcha({ token: captcha.token, x, sender: MOBILE });
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS', captchaToken });
    const code = mock.lastCode(MOBILE)!;
    await eiam.registerBind({ mobile: MOBILE, verifyCode: code });
    expect((requestsTo(mock, '/captcha/verify')[0]!.body as { sender: string }).sender).toBe(MOBILE_KEY);
    expect(requestsTo(mock, '/sms/send')[0]!.body).toEqual({
      mobile: MOBILE_KEY,
      type: 'REGISTER_SMS',
      captcha_token: captchaToken,
    });
    expect(requestsTo(mock, '/social/register-bind')[0]!.body).toEqual({
      mobile: MOBILE_KEY,
      verify_code: code,
    });
  });
});

type Call = (eiam: EiamClient, bad: string) => Promise<unknown>;

/** Every method that takes a mobile, an email or a verify code, with the bad value put in that one place. */
const TAKES_A_MOBILE: Array<[string, Call]> = [
  ['sendSmsCode', (e, bad) => e.sendSmsCode({ mobile: bad, type: 'REGISTER_SMS' })],
  ['registerBind', (e, bad) => e.registerBind({ mobile: bad, verifyCode: SOME_CODE })],
  ['bind', (e, bad) => e.bind({ mobile: bad, verifyCode: SOME_CODE })],
  ['verifyMfaSms', (e, bad) => e.verifyMfaSms({ mobile: bad, verifyCode: SOME_CODE })],
  ['verifyCaptcha', (e, bad) => e.verifyCaptcha({ token: 'captcha', x: 100, sender: bad })],
];
const TAKES_AN_EMAIL: Array<[string, Call]> = [
  ['sendEmailCode', (e, bad) => e.sendEmailCode({ email: bad, type: 'REGISTER_EMS' })],
  ['registerBind', (e, bad) => e.registerBind({ email: bad, verifyCode: SOME_CODE })],
  ['bind', (e, bad) => e.bind({ email: bad, verifyCode: SOME_CODE })],
  ['verifyMfaEmail', (e, bad) => e.verifyMfaEmail({ email: bad, verifyCode: SOME_CODE })],
  ['verifyCaptcha', (e, bad) => e.verifyCaptcha({ token: 'captcha', x: 100, sender: bad })],
];
const TAKES_A_CODE: Array<[string, Call]> = [
  ['registerBind (mobile)', (e, bad) => e.registerBind({ mobile: MOBILE, verifyCode: bad })],
  ['registerBind (email)', (e, bad) => e.registerBind({ email: EMAIL, verifyCode: bad })],
  ['bind (mobile)', (e, bad) => e.bind({ mobile: MOBILE, verifyCode: bad })],
  ['bind (email)', (e, bad) => e.bind({ email: EMAIL, verifyCode: bad })],
  ['verifyMfaSms', (e, bad) => e.verifyMfaSms({ mobile: MOBILE, verifyCode: bad })],
  ['verifyMfaEmail', (e, bad) => e.verifyMfaEmail({ email: EMAIL, verifyCode: bad })],
];

const CASES: Array<[string, string, Call]> = [
  ...TAKES_A_MOBILE.flatMap(([m, call]) => BAD_MOBILES.map((bad): [string, string, Call] => [m, bad, call])),
  ...TAKES_AN_EMAIL.flatMap(([m, call]) => BAD_EMAILS.map((bad): [string, string, Call] => [m, bad, call])),
  ...TAKES_A_CODE.flatMap(([m, call]) => BAD_CODES.map((bad): [string, string, Call] => [m, bad, call])),
];

/** The ways a rejected value could reappear: as typed, trimmed, in ASCII digits, without separators. */
function shapesOf(value: string): string[] {
  const ascii = value
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const compact = ascii.replace(/[ ()-]/g, '');
  return [...new Set([value, value.trim(), ascii, compact])].filter((s) => s.length > 0);
}

describe('a refused value never reappears in the error', () => {
  it.each(CASES)('%s refuses %p without repeating it', async (_method, bad, call) => {
    const { mock, eiam } = await world();
    await eiam.loginWithWeChat();
    const before = mock.requests.length;
    const error = await rejection(call(eiam, bad));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(mock.requests).toHaveLength(before);
    const shown = [error.message, String(error), JSON.stringify(error)];
    for (const text of shown) {
      for (const shape of shapesOf(bad)) expect(text).not.toContain(shape);
    }
  });
});
