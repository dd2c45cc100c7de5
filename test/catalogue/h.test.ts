import { isEiamError } from '../../src';
import { MOBILE } from '../support/fixtures';
import { atBindStepWithCode, closeWorlds, rejection, requestsTo, world } from '../support/harness';
import { jwt, jwtFromText, settle } from './support';

afterEach(closeWorlds);

const KEY = 'eiam.v1.session';
const LOGIN = '/login/wechat-miniprogram';
const BIND = '/social/register-bind';

const STATUSES = [200, 400, 401, 403, 404, 429, 500, 502, 503, 504];
/** The bodies of the matrix. `valid` is a valid login answer for 200 and a valid error envelope otherwise. */
const BODIES: Array<[string, (status: number) => string]> = [
  [
    'valid',
    (status) =>
      status === 200
        ? JSON.stringify({ status: 'SOCIAL_BIND', state_token: 'st-h1', data: null })
        : JSON.stringify({ error_code: 'IDAAS.SDK.COMMON.1001', error_msg: 'parameter error' }),
  ],
  ['JSON without error_code', () => JSON.stringify({ message: 'nope', code: 17 })],
  ['HTML', () => '<!DOCTYPE html><html><body><h1>Bad Gateway</h1></body></html>'],
  ['empty', () => ''],
  ['null', () => 'null'],
  ['array', () => '[1,2,3]'],
  ['number', () => '42'],
  ['2 MB string', () => JSON.stringify('x'.repeat(2 * 1024 * 1024))],
];

describe('H: answers from the server', () => {
  it.each(STATUSES)(
    'H1 status %i × {valid envelope, JSON without error_code, HTML, empty, null, array, number, 2 MB}: a typed EiamError (success only for a valid 200)',
    async (status) => {
      const { mock, eiam } = await world();
      for (const [name, body] of BODIES) {
        mock.fault({
          path: LOGIN,
          kind: 'status',
          status,
          body: body(status),
          headers: { 'Content-Type': 'application/json' },
        });
        let outcome: string;
        try {
          const result = await eiam.loginWithWeChat();
          outcome = `success ${result.status}`;
        } catch (error) {
          expect(isEiamError(error)).toBe(true);
          if (!isEiamError(error)) throw error;
          expect(error.status).toBe(status);
          outcome = error.code;
        }
        const expected =
          status === 200
            ? name === 'valid'
              ? 'success SOCIAL_BIND'
              : 'INVALID_RESPONSE'
            : status === 429
              ? 'RATE_LIMITED'
              : status >= 500
                ? 'SERVER_ERROR'
                : 'API_ERROR';
        expect(`${name}: ${outcome}`).toBe(`${name}: ${expected}`);
      }
      expect(requestsTo(mock, LOGIN)).toHaveLength(BODIES.length);
    },
  );

  it.each(['idaas', 'plain'] as const)(
    'H2 400 state_token parameter error (%s scheme): serverCode verbatim, status 400, 1 request, state token dropped, code not resent',
    async (scheme) => {
      const { mock, fake, eiam, code } = await atBindStepWithCode();
      const serverCode = `${scheme === 'idaas' ? 'IDAAS.' : ''}SDK.COMMON.1007`;
      mock.fault({
        path: BIND,
        kind: 'status',
        status: 400,
        body: { error_code: serverCode, error_msg: 'state_token parameter error' },
      });
      const error = await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: code }));
      expect(error).toMatchObject({ code: 'INVALID_STATE_TOKEN', serverCode, status: 400 });
      expect(eiam.hasStateToken()).toBe(false);
      expect((await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: code }))).code).toBe(
        'NO_STATE_TOKEN',
      );
      await settle();
      expect(requestsTo(mock, BIND)).toHaveLength(1);
      expect(
        fake.calls.filter(
          (c) => c.api === 'request' && String((c.args[0] as { data?: string }).data).indexOf(code) >= 0,
        ),
      ).toHaveLength(1);
    },
  );

  it('H2 a state token that expired on the mock clock is reported the same way and dropped', async () => {
    const { mock, eiam, code } = await atBindStepWithCode();
    mock.advanceTime(mock.options.stateTokenTtlMs + 1000);
    const error = await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: code }));
    expect(error.code).toBe('INVALID_STATE_TOKEN');
    expect(error.status).toBe(400);
    expect(eiam.hasStateToken()).toBe(false);
    expect(requestsTo(mock, BIND)).toHaveLength(1);
  });

  it.each(['IDAAS.SDK.FUTURE.4242', 'SDK.FUTURE.4242', 'VENDOR_SPECIFIC_ERROR'])(
    'H3 an unknown error_code %s passes through unchanged',
    async (serverCode) => {
      const { mock, eiam, code } = await atBindStepWithCode();
      mock.fault({
        path: BIND,
        kind: 'status',
        status: 400,
        body: { error_code: serverCode, error_msg: 'new thing' },
      });
      const error = await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: code }));
      expect(error).toMatchObject({ code: 'API_ERROR', serverCode, serverMessage: 'new thing', status: 400 });
    },
  );

  it.each<[string, unknown]>([
    ['no session_token', { expire: 432000 }],
    ['a numeric session_token', { session_token: 12345, expire: 432000 }],
    ['an object session_token', { session_token: { t: 'x' }, expire: 432000 }],
    ['expire 0', { session_token: 'sess', expire: 0 }],
    ['expire -5', { session_token: 'sess', expire: -5 }],
    ['expire NaN', '{"status":"SUCCESS","session_token":"sess","expire":NaN}'],
    ['expire null', { session_token: 'sess', expire: null }],
    ['expire "432000"', { session_token: 'sess', expire: '432000' }],
  ])('H4 200 with %s: INVALID_RESPONSE and nothing stored', async (_name, body) => {
    const { mock, fake, eiam, code } = await atBindStepWithCode();
    const full =
      typeof body === 'string'
        ? body
        : { status: 'SUCCESS', id_token: jwt({ sub: 'u1', iat: 1, exp: 301 }), ...(body as object) };
    mock.fault({
      path: BIND,
      kind: 'status',
      status: 200,
      body: full,
      headers: { 'Content-Type': 'application/json' },
    });
    expect((await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: code }))).code).toBe(
      'INVALID_RESPONSE',
    );
    await settle();
    expect(fake.storage.raw(KEY)).toBeUndefined();
    expect(await eiam.getSession()).toBeNull();
  });

  it('H5 an answer over 64 KiB is refused before it is parsed; a token over 8 KiB before it is stored', async () => {
    const { mock, fake, eiam, code } = await atBindStepWithCode();
    mock.fault({ path: BIND, kind: 'oversize', bytes: 64 * 1024 + 16 });
    const parse = jest.spyOn(JSON, 'parse');
    try {
      expect(await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: code }))).toMatchObject({
        code: 'INVALID_RESPONSE',
        detail: 'body too large',
      });
      expect(
        parse.mock.calls.filter(([text]) => typeof text === 'string' && text.length > 64 * 1024),
      ).toEqual([]);
    } finally {
      parse.mockRestore();
    }
    await eiam.loginWithWeChat();
    await eiam.sendSmsCode({ mobile: '13700137000', type: 'REGISTER_SMS' });
    mock.fault({
      path: BIND,
      kind: 'status',
      status: 200,
      body: {
        status: 'SUCCESS',
        session_token: 's'.repeat(8 * 1024 + 1),
        expire: 432000,
        id_token: jwt({ sub: 'u' }),
      },
    });
    expect(
      await rejection(
        eiam.registerBind({ mobile: '13700137000', verifyCode: mock.lastCode('13700137000')! }),
      ),
    ).toMatchObject({ code: 'INVALID_RESPONSE', detail: 'session_token' });
    const bigIdToken = jwt({ sub: 'u', pad: 'p'.repeat(9000) });
    await eiam.loginWithWeChat();
    await eiam.sendSmsCode({ mobile: '13600136000', type: 'REGISTER_SMS' });
    mock.fault({
      path: BIND,
      kind: 'status',
      status: 200,
      body: { status: 'SUCCESS', session_token: 'ok', expire: 432000, id_token: bigIdToken },
    });
    expect(
      await rejection(
        eiam.registerBind({ mobile: '13600136000', verifyCode: mock.lastCode('13600136000')! }),
      ),
    ).toMatchObject({ code: 'INVALID_RESPONSE', detail: 'id_token' });
    await settle();
    expect(fake.storage.raw(KEY)).toBeUndefined();
  });

  it('H6 {"__proto__": {"polluted": 1}} in an answer, an error envelope or an id_token pollutes nothing', async () => {
    const { mock, eiam, code } = await atBindStepWithCode();
    const evil = '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}';
    mock.fault({
      path: LOGIN,
      kind: 'status',
      status: 200,
      body: `${evil},"status":"SOCIAL_BIND","state_token":"st-h6","data":"{\\"__proto__\\":{\\"polluted\\":1}}"}`,
      headers: { 'Content-Type': 'application/json' },
    });
    await eiam.loginWithWeChat();
    mock.fault({
      path: '/sms/send',
      kind: 'status',
      status: 400,
      body: `${evil},"error_code":"X","error_msg":"y"}`,
    });
    await eiam.sendSmsCode({ mobile: '13700137000', type: 'REGISTER_SMS' }).catch(() => undefined);
    const idTokenText = jwtFromText('{"sub":"u1","iat":1,"exp":301,"__proto__":{"polluted":1}}');
    mock.fault({
      path: BIND,
      kind: 'status',
      status: 200,
      body: `${evil},"status":"SUCCESS","session_token":"sess-h6","expire":432000,"id_token":"${idTokenText}"}`,
      headers: { 'Content-Type': 'application/json' },
    });
    const session = await eiam.registerBind({ mobile: MOBILE, verifyCode: code }).catch(() => null);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
    // Copying the claims with Object.assign (or any [[Set]]) would run the __proto__ setter: the claims' prototype
    // would become {polluted: 1}.
    expect(session).not.toBeNull();
    expect(Object.getPrototypeOf(session!.claims)).toBe(Object.prototype);
    expect((session!.claims as Record<string, unknown>).polluted).toBeUndefined();
    // The parsers drop "__proto__" keys, so no later copy by a caller can turn them into a prototype.
    expect(Object.prototype.hasOwnProperty.call(session!.claims, '__proto__')).toBe(false);
  });

  it('H7 err.message, String(err) and JSON.stringify(err) carry no body text beyond error_code and the server message', async () => {
    const { mock, eiam, code } = await atBindStepWithCode();
    const cases = [
      {
        kind: 'status' as const,
        status: 400,
        body: {
          error_code: 'IDAAS.SDK.X.1',
          error_msg: 'short',
          leak: 'LEAK-FIELD-0001',
          data: { token: 'LEAK-NESTED-02' },
        },
      },
      {
        kind: 'status' as const,
        status: 502,
        body: '<html><body>LEAK-HTML-00003 stack at com.vendor.Foo</body></html>',
      },
      { kind: 'status' as const, status: 200, body: '{"session_token":"LEAK-TRUNC-04' },
      {
        kind: 'status' as const,
        status: 429,
        body: { error_code: 'IDAAS.SDK.COMMON.1008', error_msg: 'slow down', trace: 'LEAK-TRACE-005' },
      },
    ];
    for (const fault of cases) {
      mock.fault({ path: BIND, ...fault });
      const error = await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: code }));
      const shown = [error.message, String(error), JSON.stringify(error), error.stack || ''].join('\n');
      expect(shown).not.toMatch(/LEAK|<html|com\.vendor/);
      expect(shown).not.toContain(code);
    }
  });
});
