import {
  decodeIdToken,
  errorMessage,
  isEiamError,
  processCaptchaResponse,
  processCaptchaVerifyResponse,
  processEmptyResponse,
  processIdTokenResponse,
  processLoginResponse,
  processMfaMobileResponse,
  processSessionResponse,
  type EiamError,
} from '../../src';
import { mfaWireMobile } from '../../src/api/process-misc';
import { refreshedExpiry, usableUntil } from '../../src/session/margin';
import {
  CAPTCHA,
  CAPTCHA_ERROR,
  CAPTCHA_VERIFY,
  LOGIN_SOCIAL_BIND,
  LOGIN_SUCCESS,
  LOGIN_USER_REGISTER,
  MFA_ID_TOKEN_CLAIMS,
  MFA_SMS_REQUEST,
  MFA_SMS_SUCCESS,
  MOBILE_BY_TOKEN,
  REFRESH_ERROR,
  REFRESH_ID_TOKEN_CLAIMS,
  REFRESH_SUCCESS,
  REGISTER_BIND_SUCCESS,
  RETURN_CODES,
  STATE_TOKEN_ERROR,
  WECHAT_MOBILE_REGISTER_BIND_SUCCESS,
  unelided,
  wholeIdToken,
  type VendorExample,
} from '../support/vendor-examples';

const NOW = 1_653_466_500_000;
const FLAT = wholeIdToken(REFRESH_ID_TOKEN_CLAIMS);
const raw = (ex: VendorExample) => ({ statusCode: ex.status, data: ex.body, header: {} });

function errorOf(fn: () => unknown): EiamError {
  try {
    fn();
  } catch (error) {
    if (isEiamError(error)) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe("the vendor's example answers, word for word, through the SDK's processors", () => {
  it('login Success Example 1: a session, its expire and the id_token claims', () => {
    const answer = processLoginResponse(unelided(LOGIN_SUCCESS, FLAT), NOW);
    expect(answer).toMatchObject({
      status: 'SUCCESS',
      grant: { sessionToken: 'btsiBjx85prcZu6I6Ki057Tmw3nSF2VO', expireSeconds: 432000, idToken: FLAT },
    });
  });

  it('login Success Examples 2 and 3: the flows, and the state token and status trimmed of their leading space', () => {
    expect(processLoginResponse(unelided(LOGIN_USER_REGISTER, FLAT), NOW)).toEqual({
      status: 'USER_REGISTER',
      stateToken: 'eyJhbGcCJ9.eyJzdWMCJ9xtL2VPS8',
      flows: ['VERIFY_PHONE', 'VERIFY_EMAIL'],
    });
    expect(processLoginResponse(unelided(LOGIN_SOCIAL_BIND, FLAT), NOW)).toEqual({
      status: 'SOCIAL_BIND',
      stateToken: 'eyJhbGcCJ9.eyJzdWMCJ9xtL2VPS8',
      flows: ['VERIFY_PHONE', 'VERIFY_EMAIL'],
    });
  });

  it('the WeChat-mobile bind example: the id_token " eyJ…" is used trimmed', () => {
    const answer = processSessionResponse(unelided(WECHAT_MOBILE_REGISTER_BIND_SUCCESS, FLAT), NOW);
    expect(answer.kind === 'session' && answer.grant.idToken).toBe(FLAT);
    expect(answer.kind === 'session' && answer.grant.claims.userName).toBe('admin');
  });

  it('a token that is still no token once trimmed is INVALID_RESPONSE', () => {
    expect(
      errorOf(() => processSessionResponse(unelided(WECHAT_MOBILE_REGISTER_BIND_SUCCESS, '   '), NOW)),
    ).toMatchObject({
      code: 'INVALID_RESPONSE',
      detail: 'id_token',
    });
    // As printed, the elided token (`…`) is not a token at all.
    expect(errorOf(() => processSessionResponse(raw(WECHAT_MOBILE_REGISTER_BIND_SUCCESS), NOW)).code).toBe(
      'INVALID_RESPONSE',
    );
  });

  it('the register-bind example is a session', () => {
    expect(processSessionResponse(unelided(REGISTER_BIND_SUCCESS, FLAT), NOW).kind).toBe('session');
  });

  it('the state_token error example keeps the server code and text', () => {
    expect(errorOf(() => processSessionResponse(raw(STATE_TOKEN_ERROR), NOW))).toMatchObject({
      code: 'API_ERROR',
      status: 400,
      serverCode: 'IDAAS.SDK.COMMON.1007',
      serverMessage: 'state_token parameter error',
    });
  });

  it('the captcha example: the token and the non-empty secretKey pass through unchanged', () => {
    expect(processCaptchaResponse(raw(CAPTCHA), NOW)).toEqual({
      token: '389c21b32a8e4eba9a6d75b71150bfd1',
      secretKey: 'yMXC583dP4R7uhmq',
      originalImageBase64: 'iVBORw0KGgoAAAANSUhEUgAAATYABj/WRVk78AAAAASUVORK5CYII=',
      jigsawImageBase64: 'iVBORw0KGgoAAAANSUhEUgADcAAAAASUVORK5CYII=',
    });
    expect(errorOf(() => processCaptchaResponse(raw(CAPTCHA_ERROR), NOW))).toMatchObject({
      code: 'API_ERROR',
      serverCode: 'SDK.COMMON.1001',
    });
  });

  it('the documented captcha_token passes through unchanged', () => {
    expect(processCaptchaVerifyResponse(raw(CAPTCHA_VERIFY), NOW)).toBe(
      '71dd26999e314f9abb0c635336976635---{"x":237.0,"y":5.0}',
    );
  });

  it("mobile-by-token's full number goes back in the national form the MFA request example sends", () => {
    const mobile = processMfaMobileResponse(raw(MOBILE_BY_TOKEN), NOW);
    expect(mobile).toBe('+86-15201657124');
    expect(mfaWireMobile(mobile, 'national')).toBe('15201657124');
    expect(JSON.parse(MFA_SMS_REQUEST).mobile).toMatch(/^1\d{10}$/); // the page's own request: 11 bare digits
    expect(mfaWireMobile(mobile, 'e164-dash')).toBe('+86-15201657124');
    expect(mfaWireMobile('+86-152****7124', 'national')).toBe('+86-152****7124');
  });

  it("the MFA example: a session whose claims come from the api JSON-string claim, sub 'subject' kept", () => {
    const answer = processSessionResponse(unelided(MFA_SMS_SUCCESS, wholeIdToken(MFA_ID_TOKEN_CLAIMS)), NOW);
    if (answer.kind !== 'session') throw new Error('expected a session');
    expect(answer.grant).toMatchObject({
      sessionToken: 'LGTiTNVDFPlpefV3F3Hla7RUFTqInsqa',
      expireSeconds: 43200,
    });
    expect(answer.grant.claims).toMatchObject({
      sub: 'subject',
      name: '',
      userName: 'zhangsan',
      mobile: '+86-15201657312',
      nbf: 1653466292,
    });
  });

  it('the refresh example: the session_token and its 604800 s come back; its printed id_token is no JWT', () => {
    expect(processIdTokenResponse(unelided(REFRESH_SUCCESS, FLAT), NOW)).toMatchObject({
      idToken: FLAT,
      claims: { sub: 'admin', userName: 'admin' },
      renewed: { sessionToken: 'nRUxqRE5TSlQwd3NBIiwiaW', expireSeconds: 604800 },
    });
    expect(errorOf(() => processIdTokenResponse(raw(REFRESH_SUCCESS), NOW))).toMatchObject({
      code: 'INVALID_RESPONSE',
      detail: 'id_token',
    });
  });

  it('the refresh error example keeps IDAAS.SDK.PARAM.0023 and its text', () => {
    expect(errorOf(() => processIdTokenResponse(raw(REFRESH_ERROR), NOW))).toMatchObject({
      code: 'API_ERROR',
      status: 400,
      serverCode: 'IDAAS.SDK.PARAM.0023',
      serverMessage: 'Invalid or expired session token',
    });
  });

  it('the return codes a page reacts to get their own codes, the server code and text kept', () => {
    const bind = (ex: VendorExample) => errorOf(() => processSessionResponse(raw(ex), NOW));
    expect(bind(RETURN_CODES.notBound)).toMatchObject({ code: 'NOT_BOUND', serverCode: 'SDK.LOGIN.1002' });
    expect(bind(RETURN_CODES.locked)).toMatchObject({
      code: 'ACCOUNT_LOCKED',
      serverCode: 'SDK.LOGIN.1003',
      serverMessage: 'locked after too many failures, unlocks in 29 min 59 s',
      retryAfterMs: (29 * 60 + 59) * 1000,
    });
    expect(bind(RETURN_CODES.wrongPassword)).toMatchObject({
      code: 'WRONG_PASSWORD',
      serverCode: 'SDK.LOGIN.1005',
      serverMessage: '剩余登录尝试次数:4',
      attemptsLeft: 4,
    });
    expect(bind(RETURN_CODES.busy)).toMatchObject({
      code: 'SERVER_ERROR',
      status: 500,
      serverCode: 'SDK.COMMON.1008',
    });
  });
});

describe('reading what the vendor leaves open', () => {
  const flat = (payload: object) => decodeIdToken(wholeIdToken(payload));

  it('flat claims win over the api claim; the api claim fills the gaps and never the registered claims', () => {
    const claims = flat({
      sub: 'subject',
      exp: 2_000_000_000,
      name: '张三',
      api: '{"name":"other","userName":"zhangsan","email":"z@example.com","sub":"x","exp":1}',
    });
    expect(claims).toMatchObject({ sub: 'subject', exp: 2_000_000_000, name: '张三', userName: 'zhangsan' });
    expect(claims.email).toBe('z@example.com');
  });

  it('ignores an api claim that is not a JSON object in a string, and one of the wrong type inside', () => {
    for (const api of ['{not json', '[1,2]', '"text"', 'null', 42, { userName: 'object' }]) {
      const claims = flat({ sub: 'subject', api });
      expect(claims.sub).toBe('subject');
      expect(claims.userName).toBeUndefined();
      expect(claims.api).toEqual(api);
    }
    expect(flat({ api: '{"userName":7,"mobile":null,"email":"z@example.com"}' })).toMatchObject({
      email: 'z@example.com',
    });
    expect(flat({ api: '{"userName":7}' }).userName).toBeUndefined();
    expect(flat({ api: '{"__proto__":{"polluted":1}}' }).polluted).toBeUndefined();
  });

  it('a refresh with the same session_token never moves the expiry; only a different one is a renewal', () => {
    const before = { sessionToken: 's1', expiresAt: NOW + 3600_000 };
    expect(refreshedExpiry(before, { sessionToken: 's1', expireSeconds: 604800 }, NOW)).toBe(
      before.expiresAt,
    );
    expect(refreshedExpiry(before, undefined, NOW)).toBe(before.expiresAt);
    // The same token with a lifetime shorter than what is left: the shorter one.
    expect(refreshedExpiry(before, { sessionToken: 's1', expireSeconds: 60 }, NOW)).toBe(
      usableUntil(NOW, 60_000),
    );
    expect(refreshedExpiry(before, { sessionToken: 's2', expireSeconds: 604800 }, NOW)).toBe(
      usableUntil(NOW, 604800_000),
    );
  });

  it('parses the attempts left and the unlock time in English and Chinese texts, and leaves them out when absent', () => {
    const refusal = (code: string, msg: string) =>
      errorOf(() =>
        processEmptyResponse(
          raw({ page: '', status: 400, body: JSON.stringify({ error_code: code, error_msg: msg }) }),
          NOW,
        ),
      );
    expect(refusal('IDAAS.SDK.LOGIN.1005', '密码错误，剩余登录尝试次数：2').attemptsLeft).toBe(2);
    expect(refusal('SDK.LOGIN.1005', 'wrong password, 1 attempt remaining').attemptsLeft).toBe(1);
    expect(refusal('SDK.LOGIN.1005', 'wrong password').attemptsLeft).toBeUndefined();
    expect(refusal('SDK.LOGIN.1003', '账号已锁定，请5分0秒后重试').retryAfterMs).toBe(300_000);
    expect(refusal('SDK.LOGIN.1003', 'locked').retryAfterMs).toBeUndefined();
    expect(refusal('IDAAS.SDK.COMMON.1008', 'system busy')).toMatchObject({
      code: 'SERVER_ERROR',
      status: 400,
    });
    expect(refusal('SDK.LOGIN.1004', 'something new')).toMatchObject({
      code: 'API_ERROR',
      serverCode: 'SDK.LOGIN.1004',
    });
  });

  it('a send refused for its captcha is CAPTCHA_REQUIRED; other send refusals stay API_ERROR', () => {
    const send = (msg: string) =>
      errorOf(() =>
        processEmptyResponse(
          raw({
            page: '',
            status: 400,
            body: JSON.stringify({ error_code: 'SDK.COMMON.1001', error_msg: msg }),
          }),
          NOW,
        ),
      );
    expect(send('parameter captcha_token cannot be blank')).toMatchObject({
      code: 'CAPTCHA_REQUIRED',
      serverCode: 'SDK.COMMON.1001',
    });
    expect(send('请先完成滑块验证').code).toBe('CAPTCHA_REQUIRED');
    expect(send('请先完成人机验证').code).toBe('CAPTCHA_REQUIRED');
    expect(send('图形验证码不能为空').code).toBe('CAPTCHA_REQUIRED');
    expect(send('parameter mobile cannot be blank').code).toBe('API_ERROR');
  });

  it('has zh and en messages for the new codes', () => {
    for (const code of ['ACCOUNT_LOCKED', 'WRONG_PASSWORD', 'NOT_BOUND', 'CAPTCHA_REQUIRED'] as const) {
      expect(errorMessage(code, 'zh')).toMatch(/[\u4e00-\u9fff]/);
      expect(errorMessage(code, 'en')).toMatch(/^[A-Z][a-z]/);
    }
  });
});
