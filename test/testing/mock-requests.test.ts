import { startMockIdaas } from 'eiam-miniprogram-sdk/testing';
import { body, sdkHeaders, useMockIdaas, wxRequest, type Answer } from './helpers';

const t = useMockIdaas();

async function raw(
  path: string,
  header: Record<string, string>,
  method: 'GET' | 'POST' = 'POST',
  data?: unknown,
) {
  const outcome = await wxRequest(t.fake, { url: `${t.mock.url}${path}`, method, header, data });
  if (!outcome.ok) throw new Error(outcome.errMsg);
  return outcome.res;
}

function without(header: Record<string, string>, name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(header).filter(([k]) => k.toLowerCase() !== name.toLowerCase()));
}

const captchaPath = '/api/v2/sdk/captcha';
const sendPath = '/api/v2/sdk/sms/send';
const sendBody = { mobile: '13800138000', type: 'REGISTER_SMS' };

describe('the common request checks', () => {
  it.each(['X-device-fingerprint', 'X-operating-sys-version', 'X-agent'])(
    'refuses a call without %s as device information incomplete',
    async (name) => {
      const answer = await raw(sendPath, without(sdkHeaders(t.mock), name), 'POST', sendBody);
      expect(answer.statusCode).toBe(400);
      expect(answer.data).toEqual({
        error_code: 'IDAAS.SDK.PARAM.0001',
        error_msg: 'device information incomplete',
      });
      t.mock.setOptions({ errorScheme: 'plain' });
      const plain = await raw(captchaPath, without(sdkHeaders(t.mock), name), 'GET');
      expect(plain.data).toEqual({
        error_code: 'SDK.COMMON.1003',
        error_msg: 'device information incomplete',
      });
      expect(t.mock.outbox).toHaveLength(0);
    },
  );

  it('refuses a blank device header like a missing one', async () => {
    const answer = await raw(captchaPath, sdkHeaders(t.mock, { 'X-agent': '  ' }), 'GET');
    expect(body(answer).error_code).toBe('IDAAS.SDK.PARAM.0001');
  });

  it('refuses a missing or wrong X-client-id with SDK.COMMON.1012', async () => {
    const missing = await raw(captchaPath, without(sdkHeaders(t.mock), 'X-client-id'), 'GET');
    expect(missing.statusCode).toBe(400);
    expect(body(missing).error_code).toBe('IDAAS.SDK.COMMON.1012');
    const wrong = await raw(sendPath, sdkHeaders(t.mock, { 'X-client-id': 'other' }), 'POST', sendBody);
    expect(body(wrong).error_code).toBe('IDAAS.SDK.COMMON.1012');
  });

  it('follows a clientId changed with setOptions', async () => {
    t.mock.setOptions({ clientId: 'tenant-app-2' });
    expect(t.mock.clientId).toBe('tenant-app-2');
    expect((await raw(captchaPath, sdkHeaders(t.mock), 'GET')).statusCode).toBe(200);
  });

  it('refuses a POST that is not application/json', async () => {
    const header = sdkHeaders(t.mock, { 'content-type': 'application/x-www-form-urlencoded' });
    const answer = await raw(sendPath, header, 'POST', sendBody);
    expect(answer.statusCode).toBe(400);
    expect(answer.data).toEqual({
      error_code: 'IDAAS.SDK.COMMON.1002',
      error_msg: 'content-type parameter format incorrect',
    });
    const charset = sdkHeaders(t.mock, { 'content-type': 'application/json;charset=UTF-8' });
    expect((await raw(sendPath, charset, 'POST', sendBody)).statusCode).toBe(200);
  });

  it('refuses a body that is not a JSON object', async () => {
    for (const data of ['{"mobile":', '[1,2]', '42']) {
      const answer = await raw(sendPath, sdkHeaders(t.mock), 'POST', data);
      expect(answer.data).toEqual({
        error_code: 'IDAAS.SDK.COMMON.1002',
        error_msg: 'request body parameter format incorrect',
      });
    }
  });

  it('answers errors with exactly error_code and error_msg, as JSON, status 400', async () => {
    const answer = await raw(captchaPath, {}, 'GET');
    expect(answer.statusCode).toBe(400);
    expect(Object.keys(body(answer)).sort()).toEqual(['error_code', 'error_msg']);
    expect(answer.header['Content-Type']).toMatch(/^application\/json/);
  });

  it('answers an unknown path with 404 and a wrong method with 405, Spring style', async () => {
    const missing = await t.api.get('/api/v2/sdk/nope');
    expect(missing.statusCode).toBe(404);
    expect(missing.data).toMatchObject({ status: 404, error: 'Not Found', path: '/api/v2/sdk/nope' });
    const method = await t.api.get(sendPath);
    expect(method.statusCode).toBe(405);
    expect((await t.api.post('/api/v1/oauth2/keys')).statusCode).toBe(405);
  });

  it('serves the JWKS without any SDK header', async () => {
    const answer = await raw('/api/v1/oauth2/keys', {}, 'GET');
    expect(answer.statusCode).toBe(200);
    expect(body(answer).keys).toEqual([
      { kty: 'RSA', kid: expect.any(String), use: 'sig', alg: 'RS256', n: expect.any(String), e: 'AQAB' },
    ]);
  });
});

describe('the request log', () => {
  it('records method, path, query, lower-cased headers, the parsed body and the mock time', async () => {
    await t.api.post(sendPath, sendBody);
    await raw(`${captchaPath}?lang=zh`, sdkHeaders(t.mock), 'GET');
    await raw(sendPath, sdkHeaders(t.mock), 'POST', 'not json');
    expect(t.mock.requests).toHaveLength(3);
    expect(t.mock.requests[0]).toEqual({
      method: 'POST',
      path: sendPath,
      query: {},
      headers: expect.objectContaining({ 'x-client-id': 'test-client-id', 'x-agent': expect.any(String) }),
      body: sendBody,
      at: expect.any(Number),
    });
    expect(t.mock.requests[1]).toMatchObject({
      method: 'GET',
      path: captchaPath,
      query: { lang: 'zh' },
      body: '',
    });
    expect(t.mock.requests[2]!.body).toBe('not json');
    expect(t.mock.requestsTo('/sms/send')).toHaveLength(2);
    expect(t.mock.requestsTo(/captcha$/)).toHaveLength(1);
  });

  it('records requests that faults answered', async () => {
    t.mock.fault({ kind: 'html' });
    await t.api.get(captchaPath);
    expect(t.mock.requestsTo('captcha')).toHaveLength(1);
  });
});

describe('the controls', () => {
  it('addUser normalises the identifiers, keeps a Chinese name and refuses duplicates', () => {
    const user = t.mock.addUser({
      mobile: '+8613800138000',
      email: 'ZS@Example.com',
      name: '张三',
      password: 'pw',
    });
    expect(user).toEqual({
      id: 'u000001',
      userName: '13800138000',
      name: '张三',
      mobile: '+86-13800138000',
      email: 'zs@example.com',
      password: 'pw',
      mfa: false,
      disabled: false,
      openids: [],
    });
    expect(t.mock.users).toEqual([user]);
    expect(() => t.mock.addUser({ mobile: '13800138000' })).toThrow(/already taken/);
    expect(() => t.mock.addUser({ mobile: '123' })).toThrow(/not a mobile/);
    expect(t.mock.addUser().id).toBe('u000002');
  });

  it("addUser's default userName is the mobile's national number, of any country, else the email", () => {
    expect(t.mock.addUser({ mobile: '+86 138-0013-8000' }).userName).toBe('13800138000');
    expect(t.mock.addUser({ mobile: '+14155552671' }).userName).toBe('4155552671');
    expect(t.mock.addUser({ mobile: '+447911123456' }).userName).toBe('7911123456');
    expect(t.mock.addUser({ email: 'Li@Example.com' }).userName).toBe('li@example.com');
  });

  it('bindOpenid moves an openid to another user', async () => {
    const first = t.mock.addUser({ mobile: '13800138000', openid: 'o-test-openid' });
    const second = t.mock.addUser({ email: 'b@example.com' });
    t.mock.bindOpenid('o-test-openid', second.id);
    expect(first.openids).toEqual([]);
    expect(second.openids).toEqual(['o-test-openid']);
    expect(() => t.mock.bindOpenid('o-x', 'u999999')).toThrow(/no user/);
  });

  it('issuePhoneCode refuses something that is not a mobile', () => {
    expect(() => t.mock.issuePhoneCode('nope')).toThrow(/not a mobile/);
    expect(t.mock.issuePhoneCode('13800138000')).toMatch(/^wxphone\./);
  });

  it('lastCode is undefined for a recipient that got nothing', () => {
    expect(t.mock.lastCode('13800138000')).toBeUndefined();
  });

  it('advanceTime moves the mock clock only forward', () => {
    const before = t.mock.now();
    t.mock.advanceTime(3_600_000);
    expect(t.mock.now() - before).toBeGreaterThanOrEqual(3_600_000);
    expect(() => t.mock.advanceTime(-1)).toThrow(TypeError);
  });

  it('reset drops users, codes, sessions, requests, faults and the clock offset, keeping the options', async () => {
    t.mock.setOptions({ errorScheme: 'plain' });
    t.mock.addUser({ mobile: '13800138000', openid: 'o-test-openid' });
    const session = body(await t.api.login());
    await t.api.post(sendPath, sendBody);
    t.mock.fault({ kind: 'hang', times: Infinity });
    t.mock.advanceTime(1_000_000);
    t.mock.reset();
    expect([t.mock.users, t.mock.outbox, t.mock.requests]).toEqual([[], [], []]);
    expect(t.mock.now() - Date.now()).toBeLessThan(1000);
    const refresh: Answer = await t.api.post('/api/v2/sdk/sso/session-token/id-token', undefined, {
      'X-session-token': session.session_token as string,
    });
    expect(body(refresh).error_code).toBe('SDK.COMMON.1005');
  });

  it('keeps its own clock when the test fakes the device time', () => {
    jest.useFakeTimers({ now: 0 });
    try {
      expect(Date.now()).toBe(0);
      expect(t.mock.now()).toBeGreaterThan(1.7e12);
    } finally {
      jest.useRealTimers();
    }
  });

  it('close is idempotent and leaves the port closed', async () => {
    const other = await startMockIdaas();
    await Promise.all([other.close(), other.close()]);
    const outcome = await wxRequest(t.fake, { url: `${other.url}/api/v1/oauth2/keys` });
    expect(outcome).toEqual({ ok: false, errMsg: 'request:fail net::ERR_CONNECTION_REFUSED' });
  });
});
