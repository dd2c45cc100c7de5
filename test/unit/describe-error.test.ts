import { EiamClient, EiamError, ERROR_MESSAGES, type EiamClientOptions, type EiamErrorCode } from '../../src';
import type { TransportResponse } from '../../src';
import { createWxFake, type WxFake, type WxFakeOptions } from 'eiam-miniprogram-sdk/testing';

const CODES = Object.keys(ERROR_MESSAGES) as EiamErrorCode[];
const SDK_TEXTS = CODES.flatMap((code) => [ERROR_MESSAGES[code].zh, ERROR_MESSAGES[code].en]);
const HAN = /[\u4e00-\u9fff]/;

/** A client over a wx fake (device info, wx.login) whose requests all get `answer`, without a network. */
function clientOn(
  fakeOptions: WxFakeOptions = {},
  options: Partial<EiamClientOptions> = {},
  answer: TransportResponse = { statusCode: 200, data: '{}', header: {} },
): { eiam: EiamClient; fake: WxFake } {
  const fake = createWxFake(fakeOptions);
  (globalThis as unknown as { wx: unknown }).wx = fake.wx;
  const eiam = new EiamClient({
    domain: 'https://tenant.example.com',
    clientId: 'test-client-id',
    storage: { get: async () => null, set: async () => undefined, remove: async () => undefined },
    transport: { request: async () => answer },
    ...options,
  });
  return { eiam, fake };
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection, but the promise resolved');
}

describe('describeError', () => {
  it('speaks Chinese by default on a WeChat set to zh_CN', async () => {
    const { eiam } = clientOn();
    const error = await rejectionOf(eiam.registerBind({ mobile: '13800138000', verifyCode: '123456' }));
    expect(error).toMatchObject({ code: 'NO_STATE_TOKEN' });
    expect(eiam.describeError(error)).toBe(ERROR_MESSAGES.NO_STATE_TOKEN.zh);
    expect(eiam.describeError(error)).toMatch(HAN);
  });

  it.each(CODES)('gives the Chinese text of %s by default', (code) => {
    const { eiam } = clientOn();
    expect(eiam.describeError(new EiamError(code))).toBe(ERROR_MESSAGES[code].zh);
  });

  it.each(CODES)('gives the English text of %s with language "en"', (code) => {
    const { eiam } = clientOn({}, { language: 'en' });
    const text = eiam.describeError(new EiamError(code));
    expect(text).toBe(ERROR_MESSAGES[code].en);
    expect(text).not.toMatch(HAN);
  });

  it('speaks English with language "en" even on a WeChat set to zh_CN, after a request', async () => {
    const { eiam } = clientOn(
      { language: 'zh_CN' },
      { language: 'en' },
      { statusCode: 502, data: '', header: {} },
    );
    const error = await rejectionOf(eiam.getCaptcha());
    expect(error).toMatchObject({ code: 'SERVER_ERROR' });
    expect(eiam.describeError(error)).toBe(ERROR_MESSAGES.SERVER_ERROR.en);
  });

  it('follows an English WeChat once the device has been read', async () => {
    const { eiam } = clientOn({ language: 'en' }, {}, { statusCode: 502, data: '', header: {} });
    const error = await rejectionOf(eiam.getCaptcha());
    expect(eiam.describeError(error)).toBe(ERROR_MESSAGES.SERVER_ERROR.en);
  });

  it('follows an English WeChat when wx.login failed before any request', async () => {
    const { eiam, fake } = clientOn({ language: 'en' });
    fake.faults.login = 'fail';
    const error = await rejectionOf(eiam.loginWithWeChat());
    expect(error).toMatchObject({ code: 'WX_LOGIN_FAILED' });
    expect(eiam.describeError(error)).toBe(ERROR_MESSAGES.WX_LOGIN_FAILED.en);
  });

  it('shows the server message of an API_ERROR that has one, in either language', async () => {
    const answer = {
      statusCode: 400,
      data: JSON.stringify({ error_code: 'IDAAS.SDK.COMMON.1006', error_msg: '验证码错误，请重新输入' }),
      header: { 'Content-Type': 'application/json' },
    };
    for (const language of [undefined, 'en']) {
      const { eiam } = clientOn({}, { language }, answer);
      const error = await rejectionOf(eiam.getCaptcha());
      expect(error).toMatchObject({ code: 'API_ERROR', serverMessage: '验证码错误，请重新输入' });
      expect(eiam.describeError(error)).toBe('验证码错误，请重新输入');
    }
  });

  it('falls back to the SDK text for an API_ERROR without a server message', () => {
    const { eiam } = clientOn();
    const error = new EiamError('API_ERROR', { status: 400, serverCode: 'SDK.COMMON.1006' });
    expect(eiam.describeError(error)).toBe(ERROR_MESSAGES.API_ERROR.zh);
  });

  it('keeps the SDK text for other codes even when the server sent a message', () => {
    const { eiam } = clientOn();
    const error = new EiamError('INVALID_STATE_TOKEN', {
      status: 400,
      serverCode: 'SDK.COMMON.1007',
      serverMessage: 'state_token parameter error',
    });
    expect(eiam.describeError(error)).toBe(ERROR_MESSAGES.INVALID_STATE_TOKEN.zh);
  });

  it.each([
    ['an Error', new TypeError('boom: secret 13800138000')],
    ['a string', 'boom: secret 13800138000'],
    ['undefined', undefined],
    ['a look-alike object', { code: 'TIMEOUT', message: 'boom: secret 13800138000' }],
    [
      'an error of another copy of the SDK with a code this one does not know',
      { __eiamError: true, code: 'NEWER_CODE', message: 'boom: secret 13800138000' },
    ],
  ])('gives an SDK text, never the raw message, for %s', (_what, thrown) => {
    const { eiam } = clientOn();
    const text = eiam.describeError(thrown);
    expect(SDK_TEXTS).toContain(text);
    expect(text).toMatch(HAN);
    expect(text).not.toContain('boom');
    expect(text).not.toContain('13800138000');
  });
});
