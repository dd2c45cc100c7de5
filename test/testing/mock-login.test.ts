import { createLocalJWKSet, jwtVerify } from 'jose';
import { createWxFake, startMockIdaas } from 'eiam-miniprogram-sdk/testing';
import { body, jwtPayload, useMockIdaas } from './helpers';

const t = useMockIdaas();

describe('startMockIdaas', () => {
  it('listens on a free loopback port and describes itself', () => {
    expect(t.mock.url).toBe(`http://127.0.0.1:${t.mock.port}`);
    expect(t.mock.port).toBeGreaterThan(0);
    expect(t.mock.clientId).toBe('test-client-id');
    expect(t.mock.issuer).toBe(`${t.mock.url}/api/v1/oauth2`);
    expect(t.mock.options).toMatchObject({ errorScheme: 'idaas', sessionExpire: 432000, idTokenTtlSec: 300 });
  });

  it('serves the JWKS, and its RS256 id_tokens verify against it with the user claims', async () => {
    const user = t.mock.addUser({
      mobile: '13800138000',
      email: 'Zhangsan@Example.com',
      name: '张三',
      openid: t.fake.openid,
    });
    const keys = await t.api.get('/api/v1/oauth2/keys');
    expect(keys.statusCode).toBe(200);
    expect(keys.data).toEqual(t.mock.publicJwks);
    const login = body(await t.api.login());
    const { payload, protectedHeader } = await jwtVerify(
      login.id_token as string,
      createLocalJWKSet(t.mock.publicJwks),
      { issuer: t.mock.issuer, audience: t.mock.clientId, currentDate: new Date(t.mock.now()) },
    );
    expect(protectedHeader).toMatchObject({ alg: 'RS256', kid: t.mock.publicJwks.keys[0]!.kid });
    expect(payload).toMatchObject({
      sub: user.id,
      id: user.id,
      name: '张三',
      userName: user.userName,
      mobile: '+86-13800138000',
      email: 'zhangsan@example.com',
    });
    expect(payload.exp! - payload.iat!).toBe(300);
    expect(payload.nbf).toBe((payload.iat as number) - 120); // as the vendor's refresh examples have it
    expect(typeof payload.jti).toBe('string');
  });

  it('starts many mocks quickly, sharing one signing key per process', async () => {
    const started = Date.now();
    const more = await Promise.all([1, 2, 3, 4, 5].map(() => startMockIdaas()));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(more.map((m) => m.publicJwks.keys[0]!.kid)).toEqual(
      more.map(() => t.mock.publicJwks.keys[0]!.kid),
    );
    expect(new Set(more.map((m) => m.port)).size).toBe(5);
    await Promise.all(more.map((m) => m.close()));
  });

  it('refuses an unknown option or a bad value', async () => {
    await expect(startMockIdaas({ errorScheme: 'other' as 'plain' })).rejects.toThrow(/errorScheme/);
    await expect(startMockIdaas({ nope: 1 } as object)).rejects.toThrow(/unknown mock option nope/);
    expect(() => t.mock.setOptions({ sessionExpire: -1 })).toThrow(/sessionExpire/);
  });
});

describe('POST /api/v2/sdk/login/wechat-miniprogram', () => {
  it('answers SOCIAL_BIND with a bind state token and the flows as a JSON string for an unbound openid', async () => {
    const answer = await t.api.login();
    expect(answer.statusCode).toBe(200);
    expect(answer.data).toEqual({
      status: 'SOCIAL_BIND',
      state_token: expect.any(String),
      data: '{"socialBindOrRegisterFlow":["VERIFY_PHONE","VERIFY_EMAIL"]}',
    });
    const state = jwtPayload(body(answer).state_token as string);
    expect(state).toMatchObject({ openid: 'o-test-openid', purpose: 'bind', exp: expect.any(Number) });
  });

  it('answers USER_REGISTER with data null when so configured', async () => {
    t.mock.setOptions({ unboundStatus: 'USER_REGISTER', flows: null });
    expect(body(await t.api.login())).toEqual({
      status: 'USER_REGISTER',
      state_token: expect.any(String),
      data: null,
    });
  });

  it('sends the status with a leading space when statusLeadingSpace is on', async () => {
    t.mock.setOptions({ statusLeadingSpace: true, flows: ['VERIFY_PHONE'] });
    const answer = body(await t.api.login());
    expect(answer.status).toBe(' SOCIAL_BIND');
    expect(answer.data).toBe('{"socialBindOrRegisterFlow":["VERIFY_PHONE"]}');
  });

  it('signs a bound user straight in with a session token, expire and id_token', async () => {
    t.mock.setOptions({ sessionExpire: 43200 });
    t.mock.addUser({ mobile: '13800138000', openid: 'o-test-openid' });
    expect(body(await t.api.login())).toEqual({
      session_token: expect.stringMatching(/^[A-Za-z0-9]{32}$/),
      expire: 43200,
      status: 'SUCCESS',
      id_token: expect.stringMatching(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/),
    });
  });

  it('answers MFA_AUTH with an mfa state token for a user with MFA', async () => {
    t.mock.addUser({ mobile: '13800138000', openid: 'o-test-openid', mfa: true });
    const answer = body(await t.api.login());
    expect(answer).toEqual({ status: 'MFA_AUTH', state_token: expect.any(String) });
    expect(jwtPayload(answer.state_token as string).purpose).toBe('mfa');
  });

  it('answers ACCESS_DENIED for a disabled user', async () => {
    t.mock.addUser({ mobile: '13800138000', openid: 'o-test-openid', disabled: true });
    expect(body(await t.api.login())).toEqual({ status: 'ACCESS_DENIED' });
  });

  it('refuses a wx code used before, like WeChat\'s "code been used"', async () => {
    const { code } = await t.fake.wx.login();
    const first = await t.api.post('/api/v2/sdk/login/wechat-miniprogram', { code });
    const again = await t.api.post('/api/v2/sdk/login/wechat-miniprogram', { code });
    expect(first.statusCode).toBe(200);
    expect(again.statusCode).toBe(400);
    expect(again.data).toEqual({
      error_code: 'IDAAS.SDK.LOGIN.1001',
      error_msg: expect.stringContaining('code been used'),
    });
  });

  it('tells WeChat users apart by the openid inside the wx code', async () => {
    t.mock.addUser({ mobile: '13800138000', openid: 'o-first' });
    t.fake.setOpenid('o-first');
    expect(body(await t.api.login()).status).toBe('SUCCESS');
    t.fake.setOpenid('o-second');
    expect(body(await t.api.login()).status).toBe('SOCIAL_BIND');
  });

  it('accepts a code not made by the fake (a real device) as a new WeChat user', async () => {
    const answer = await t.api.post('/api/v2/sdk/login/wechat-miniprogram', { code: '0a3Xyz000abcDEF' });
    expect(body(answer).status).toBe('SOCIAL_BIND');
  });

  it('refuses a missing code as a blank parameter, in the plain scheme too', async () => {
    expect((await t.api.post('/api/v2/sdk/login/wechat-miniprogram', {})).data).toEqual({
      error_code: 'IDAAS.SDK.COMMON.1001',
      error_msg: 'parameter code cannot be blank',
    });
    t.mock.setOptions({ errorScheme: 'plain' });
    expect(body(await t.api.post('/api/v2/sdk/login/wechat-miniprogram', { code: 42 })).error_code).toBe(
      'SDK.COMMON.1007',
    );
  });
});

describe('strictWxCodes: wx codes as WeChat checks them (issued by a wx fake, single use, 5 minutes)', () => {
  const login = (code: string) => t.api.post('/api/v2/sdk/login/wechat-miniprogram', { code });
  const invalid = {
    error_code: 'IDAAS.SDK.LOGIN.1001',
    error_msg: expect.stringMatching(
      /^error calling interface jscode2session: invalid code, rid: [0-9a-f]+$/,
    ),
  };
  const FIVE_MINUTES = 5 * 60 * 1000;

  it('is off by default: any string, however old, is a code', async () => {
    expect(t.mock.options.strictWxCodes).toBe(false);
    const { code } = await t.fake.wx.login();
    t.mock.advanceTime(10 * 60 * 1000);
    expect((await login(code)).statusCode).toBe(200);
    expect((await login('not-from-wx')).statusCode).toBe(200);
    expect(() => t.mock.setOptions({ strictWxCodes: 1 as unknown as boolean })).toThrow(TypeError);
  });

  it('takes a code a wx fake issued, within 5 minutes on the mock clock', async () => {
    t.mock.setOptions({ strictWxCodes: true });
    const { code } = await t.fake.wx.login();
    t.mock.advanceTime(FIVE_MINUTES - 1000);
    expect(body(await login(code)).status).toBe('SOCIAL_BIND');
    const { code: other } = await createWxFake({ openid: 'o-other' }).wx.login(); // any fake in the process
    expect(body(await login(other)).status).toBe('SOCIAL_BIND');
  });

  it('refuses a code no wx fake issued as WeChat\'s "invalid code", then as used', async () => {
    t.mock.setOptions({ strictWxCodes: true });
    for (const code of ['0a3Xyz000abcDEF', 'wxcode.o-test-openid.999999999', 'undefined']) {
      const first = await login(code);
      expect([first.statusCode, first.data]).toEqual([400, invalid]);
      expect(body(await login(code)).error_msg).toContain('code been used');
    }
  });

  it('refuses a code 5 minutes old on the mock clock; one issued after advanceTime() is fresh', async () => {
    t.mock.setOptions({ strictWxCodes: true });
    const { code } = await t.fake.wx.login();
    t.mock.advanceTime(FIVE_MINUTES);
    expect((await login(code)).data).toEqual(invalid);
    const { code: fresh } = await t.fake.wx.login();
    expect((await login(fresh)).statusCode).toBe(200);
    const { code: beforeReset } = await t.fake.wx.login();
    t.mock.reset(); // keeps the options; the clock goes back to the wall clock: no code gets older by it
    expect((await login(beforeReset)).statusCode).toBe(200);
  });
});

describe('POST /api/v2/sdk/sso/session-token/id-token', () => {
  async function signIn() {
    t.mock.addUser({ mobile: '13800138000', openid: 'o-test-openid' });
    return body(await t.api.login());
  }

  it('gives a fresh id_token and the same session token with the configured expire, as the vendor documents', async () => {
    const session = await signIn();
    t.mock.advanceTime(10_500);
    const answer = await t.api.post('/api/v2/sdk/sso/session-token/id-token', undefined, {
      'X-session-token': session.session_token as string,
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.data).toEqual({
      session_token: session.session_token,
      expire: expect.any(Number),
      id_token: expect.any(String),
    });
    // The configured lifetime, not the time left (the CIAM refresh page's example: 604800 on an older session).
    expect(body(answer).expire).toBe(432000);
    const fresh = jwtPayload(body(answer).id_token as string).iat as number;
    const first = jwtPayload(session.id_token as string).iat as number;
    expect(fresh - first).toBeGreaterThanOrEqual(10);
    expect(fresh - first).toBeLessThanOrEqual(11);
  });

  it('rotates the session token with a full expire when renewSessionToken is on', async () => {
    t.mock.setOptions({ renewSessionToken: true });
    const session = await signIn();
    t.mock.advanceTime(60_000);
    const header = { 'X-session-token': session.session_token as string };
    const answer = body(await t.api.post('/api/v2/sdk/sso/session-token/id-token', undefined, header));
    expect(answer.session_token).not.toBe(session.session_token);
    expect(answer.expire).toBe(432000);
    const old = await t.api.post('/api/v2/sdk/sso/session-token/id-token', undefined, header);
    expect(old.statusCode).toBe(400);
  });

  it('refuses an unknown or expired session token with IDAAS.SDK.PARAM.0023 (plain scheme: SDK.COMMON.1005)', async () => {
    const session = await signIn();
    const unknown = await t.api.post('/api/v2/sdk/sso/session-token/id-token', undefined, {
      'X-session-token': 'nope',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.data).toEqual({
      error_code: 'IDAAS.SDK.PARAM.0023',
      error_msg: 'Invalid or expired session token',
    });
    t.mock.setOptions({ errorScheme: 'plain' });
    const plain = await t.api.post('/api/v2/sdk/sso/session-token/id-token', undefined, {
      'X-session-token': 'nope',
    });
    expect(plain.data).toEqual({ error_code: 'SDK.COMMON.1005', error_msg: 'session_token has expired' });
    t.mock.setOptions({ errorScheme: 'idaas' });
    t.mock.advanceTime(432000 * 1000);
    const expired = await t.api.post('/api/v2/sdk/sso/session-token/id-token', undefined, {
      'X-session-token': session.session_token as string,
    });
    expect(body(expired).error_code).toBe('IDAAS.SDK.PARAM.0023');
  });

  it('refuses a call without X-session-token', async () => {
    const answer = await t.api.post('/api/v2/sdk/sso/session-token/id-token');
    expect(answer.data).toEqual({
      error_code: 'IDAAS.SDK.COMMON.1001',
      error_msg: 'parameter X-session-token cannot be blank',
    });
  });
});
