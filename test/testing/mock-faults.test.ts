import { body, sdkHeaders, useMockIdaas, wxRequest, type Outcome } from './helpers';

const t = useMockIdaas();

function captcha(timeout = 2000): Promise<Outcome> {
  return wxRequest(t.fake, { url: `${t.mock.url}/api/v2/sdk/captcha`, header: sdkHeaders(t.mock), timeout });
}

function answered(outcome: Outcome) {
  if (!outcome.ok) throw new Error(`expected an answer, got ${outcome.errMsg}`);
  return outcome.res;
}

/** An unbound login, an SMS code, and a register-bind call with them. */
async function bindStep() {
  const stateToken = body(await t.api.login()).state_token as string;
  await t.api.post('/api/v2/sdk/sms/send', { mobile: '13800138000', type: 'REGISTER_SMS' });
  const code = t.mock.lastCode('13800138000')!;
  const send = (timeout = 2000) =>
    wxRequest(t.fake, {
      url: `${t.mock.url}/api/v2/sdk/social/register-bind`,
      method: 'POST',
      header: sdkHeaders(t.mock, { 'X-state-token': stateToken }),
      data: { mobile: '13800138000', verify_code: code },
      timeout,
    });
  return { send };
}

describe('mock.fault', () => {
  it('delay: answers normally after the delay', async () => {
    t.mock.fault({ path: '/captcha', kind: 'delay', ms: 150 });
    const started = Date.now();
    const outcome = await captcha();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(answered(outcome).statusCode).toBe(200);
  });

  it('delay: runs on real time even while the test uses jest fake timers', async () => {
    jest.useFakeTimers();
    try {
      t.mock.fault({ path: '/captcha', kind: 'delay', ms: 50 });
      expect(answered(await captcha()).statusCode).toBe(200);
    } finally {
      jest.useRealTimers();
    }
  });

  it('hang: never answers, so the client times out, and close() still returns promptly', async () => {
    t.mock.fault({ path: '/captcha', kind: 'hang' });
    expect(await captcha(150)).toEqual({ ok: false, errMsg: 'request:fail timeout' });
    t.mock.fault({ path: '/captcha', kind: 'hang' });
    const pending = captcha(5000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await t.mock.close();
    expect(Date.now() - started).toBeLessThan(500);
    expect(await pending).toEqual({ ok: false, errMsg: 'request:fail net::ERR_CONNECTION_RESET' });
  });

  it('reset: destroys the connection without an answer', async () => {
    t.mock.fault({ path: '/captcha', kind: 'reset' });
    expect(await captcha()).toEqual({ ok: false, errMsg: 'request:fail net::ERR_CONNECTION_RESET' });
  });

  it('html: an HTML error page, 502 by default, which wx leaves as a string', async () => {
    t.mock.fault({ path: '/captcha', kind: 'html' });
    t.mock.fault({ path: '/captcha', kind: 'html', status: 504 });
    const first = answered(await captcha());
    expect(first.statusCode).toBe(502);
    expect(first.header['Content-Type']).toBe('text/html');
    expect(first.data).toEqual(expect.stringContaining('<html>'));
    expect(answered(await captcha()).statusCode).toBe(504);
  });

  it('status: any status with a JSON, text, or empty body and extra headers', async () => {
    t.mock.fault({
      path: '/captcha',
      kind: 'status',
      status: 403,
      body: { error_code: 'X.1', error_msg: 'no' },
    });
    t.mock.fault({
      path: '/captcha',
      kind: 'status',
      status: 503,
      body: 'busy',
      headers: { 'X-Trace': 't1' },
    });
    t.mock.fault({ path: '/captcha', kind: 'status', status: 200 });
    t.mock.fault({ path: '/captcha', kind: 'status', status: 200, body: null });
    const json = answered(await captcha());
    expect([json.statusCode, json.data]).toEqual([403, { error_code: 'X.1', error_msg: 'no' }]);
    const text = answered(await captcha());
    expect([text.statusCode, text.data, text.header['X-Trace']]).toEqual([503, 'busy', 't1']);
    expect(answered(await captcha()).data).toBe('');
    expect(answered(await captcha()).data).toBeNull();
  });

  it('badJson: 200 with truncated JSON, which wx leaves as a string', async () => {
    t.mock.fault({ path: '/captcha', kind: 'badJson' });
    const res = answered(await captcha());
    expect(res.statusCode).toBe(200);
    expect(typeof res.data).toBe('string');
    expect(() => JSON.parse(res.data as string)).toThrow();
  });

  it('oversize: 200 with a 2 MB JSON string, or the size asked for', async () => {
    t.mock.fault({ path: '/captcha', kind: 'oversize' });
    t.mock.fault({ path: '/captcha', kind: 'oversize', bytes: 70 * 1024 });
    expect((answered(await captcha()).data as string).length).toBe(2 * 1024 * 1024 - 2);
    expect((answered(await captcha()).data as string).length).toBe(70 * 1024 - 2);
  });

  it('rateLimit: 429 with Retry-After and an error envelope', async () => {
    t.mock.fault({ path: '/captcha', kind: 'rateLimit' });
    t.mock.fault({ path: '/captcha', kind: 'rateLimit', retryAfter: 120 });
    const first = answered(await captcha());
    expect(first.statusCode).toBe(429);
    expect(first.header['Retry-After']).toBe('30');
    expect(first.data).toEqual({
      error_code: 'IDAAS.SDK.COMMON.1008',
      error_msg: 'too many requests, retry after 30 s',
    });
    expect(answered(await captcha()).header['Retry-After']).toBe('120');
  });

  it('handleThenHang: does the work (the code and state token are used up), then never answers', async () => {
    const { send } = await bindStep();
    t.mock.fault({ path: '/social/register-bind', kind: 'handleThenHang' });
    expect(await send(300)).toEqual({ ok: false, errMsg: 'request:fail timeout' });
    expect(t.mock.users[0]!.openids).toEqual(['o-test-openid']);
    const replay = answered(await send());
    expect(body(replay).error_code).toBe('IDAAS.SDK.COMMON.1007');
    expect(body(await t.api.login()).status).toBe('SUCCESS');
  });

  it('handleThenReset: does the work, then destroys the connection', async () => {
    const { send } = await bindStep();
    t.mock.fault({ path: '/social/register-bind', kind: 'handleThenReset' });
    expect(await send()).toEqual({ ok: false, errMsg: 'request:fail net::ERR_CONNECTION_RESET' });
    expect(t.mock.users).toHaveLength(1);
    expect(body(await t.api.login()).status).toBe('SUCCESS');
  });
});

describe('fault matching', () => {
  it('uses a fault up after `times` matching requests', async () => {
    t.mock.fault({ path: '/captcha', kind: 'html', times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push(answered(await captcha()).statusCode);
    expect(statuses).toEqual([502, 502, 200]);
  });

  it('keeps an Infinity fault until clearFaults', async () => {
    t.mock.fault({ kind: 'rateLimit', times: Infinity });
    for (let i = 0; i < 3; i += 1) expect(answered(await captcha()).statusCode).toBe(429);
    t.mock.clearFaults();
    expect(answered(await captcha()).statusCode).toBe(200);
  });

  it('applies faults in the order they were added, one per request', async () => {
    t.mock.fault({
      kind: 'status',
      status: 500,
      body: { error_code: 'SDK.COMMON.1008', error_msg: 'system busy' },
    });
    t.mock.fault({ kind: 'html', status: 503 });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push(answered(await captcha()).statusCode);
    expect(statuses).toEqual([500, 503, 200]);
  });

  it('matches by path suffix, RegExp, and method, leaving other requests alone', async () => {
    t.mock.fault({ path: '/sms/send', kind: 'html', times: Infinity });
    t.mock.fault({
      path: /^\/api\/v2\/sdk\/capt/,
      method: 'POST',
      kind: 'html',
      status: 504,
      times: Infinity,
    });
    expect(answered(await captcha()).statusCode).toBe(200);
    expect((await t.api.post('/api/v2/sdk/captcha/verify', {})).statusCode).toBe(504);
    expect((await t.api.post('/api/v2/sdk/sms/send', {})).statusCode).toBe(502);
    expect((await t.api.post('/api/v2/sdk/email/send', {})).statusCode).toBe(400);
  });

  it('refuses an unknown kind or a malformed spec', () => {
    expect(() => t.mock.fault({ kind: 'explode' } as never)).toThrow(/unknown fault kind/);
    expect(() => t.mock.fault({ kind: 'delay' } as never)).toThrow(/ms/);
    expect(() => t.mock.fault({ kind: 'html', times: 0 })).toThrow(/times/);
    expect(() => t.mock.fault({ kind: 'status' } as never)).toThrow(/status/);
  });
});
