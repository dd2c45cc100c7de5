import {
  EiamError,
  isEiamError,
  parseFlows,
  processCaptchaResponse,
  processEmptyResponse,
  processIdTokenResponse,
  processLoginResponse,
  processSessionResponse,
  type TransportResponse,
} from '../../src';
import { bytesToBase64Url, utf8Encode } from '../../src/jwt/utf8';

const NOW = 1_700_000_000_000;

function jwt(payload: object): string {
  const part = (o: object) => bytesToBase64Url(utf8Encode(JSON.stringify(o)));
  return `${part({ alg: 'RS256', kid: 'k' })}.${part(payload)}.c2ln`;
}

function answer(statusCode: number, body: unknown, header: Record<string, string> = {}): TransportResponse {
  return { statusCode, data: typeof body === 'string' ? body : JSON.stringify(body), header };
}

function errorOf(fn: () => unknown): EiamError {
  try {
    fn();
  } catch (error) {
    if (isEiamError(error)) return error;
    throw new Error('threw a non-EiamError', { cause: error });
  }
  throw new Error('did not throw');
}

const ID_TOKEN = jwt({ sub: 'u1', name: '张三', exp: 2_000_000_000 });
const GRANT = { session_token: 'btsiBjx85prcZu6I6Ki057Tmw3nSF2VO', expire: 432000, id_token: ID_TOKEN };

describe('processLoginResponse', () => {
  it('reads SUCCESS as a grant with decoded claims', () => {
    const result = processLoginResponse(answer(200, { ...GRANT, status: 'SUCCESS' }), NOW);
    expect(result).toEqual({
      status: 'SUCCESS',
      grant: {
        sessionToken: GRANT.session_token,
        idToken: ID_TOKEN,
        expireSeconds: 432000,
        claims: expect.any(Object),
      },
    });
    if (result.status === 'SUCCESS') expect(result.grant.claims.name).toBe('张三');
  });

  it('reads the flows from the JSON-encoded data string', () => {
    const data = JSON.stringify({ socialBindOrRegisterFlow: ['VERIFY_PHONE', 'VERIFY_EMAIL'] });
    expect(
      processLoginResponse(answer(200, { status: ' SOCIAL_BIND', state_token: 's.t.x', data }), NOW),
    ).toEqual({
      status: 'SOCIAL_BIND',
      stateToken: 's.t.x',
      flows: ['VERIFY_PHONE', 'VERIFY_EMAIL'],
    });
  });

  it.each([null, undefined, '', '{}', { socialBindOrRegisterFlow: 'x' }])(
    'gives [] flows for data %p',
    (data) => {
      expect(parseFlows(data)).toEqual([]);
    },
  );

  it('refuses data that is not JSON', () => {
    expect(errorOf(() => parseFlows('{nope')).code).toBe('INVALID_RESPONSE');
  });

  it.each([
    [{ status: 'ACCESS_DENIED' }, 'ACCESS_DENIED'],
    [{ status: 'PASSWORD_EXPIRED' }, 'PASSWORD_EXPIRED'],
    [{ status: 'WHAT' }, 'INVALID_RESPONSE'],
    [{}, 'INVALID_RESPONSE'],
    [{ status: 'SOCIAL_BIND' }, 'INVALID_RESPONSE'],
    [{ status: 'MFA_AUTH', state_token: 5 }, 'INVALID_RESPONSE'],
  ])('refuses %j with %s', (body, code) => {
    expect(errorOf(() => processLoginResponse(answer(200, body), NOW)).code).toBe(code);
  });
});

describe('processSessionResponse', () => {
  it('accepts a missing status, SUCCESS and PASSWORD_WARN', () => {
    for (const status of [undefined, 'SUCCESS', 'PASSWORD_WARN']) {
      expect(processSessionResponse(answer(200, { ...GRANT, status }), NOW).kind).toBe('session');
    }
  });

  it('asks for MFA with the new state token', () => {
    expect(processSessionResponse(answer(200, { status: 'MFA_AUTH', state_token: 'm.f.a' }), NOW)).toEqual({
      kind: 'mfa',
      stateToken: 'm.f.a',
    });
  });

  it('refuses tokens over 8 KiB', () => {
    const error = errorOf(() =>
      processSessionResponse(answer(200, { ...GRANT, session_token: 'a'.repeat(9000) }), NOW),
    );
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE', detail: 'session_token' });
  });

  it('keeps the server code of a 2xx that carries an error envelope', () => {
    const error = errorOf(() =>
      processSessionResponse(
        answer(200, { error_code: 'SDK.COMMON.1006', error_msg: 'verify_code error' }),
        NOW,
      ),
    );
    expect(error).toMatchObject({ code: 'API_ERROR', serverCode: 'SDK.COMMON.1006', status: 200 });
  });
});

describe('errors of non-2xx answers', () => {
  const statuses = [400, 401, 403, 404, 429, 500, 502, 503, 504];
  const bodies: unknown[] = [
    { error_code: 'IDAAS.SDK.COMMON.1007', error_msg: 'state_token parameter error' },
    { message: 'no envelope' },
    '<html><body>Bad Gateway</body></html>',
    '',
    'null',
    '[]',
    '42',
    'x'.repeat(2 * 1024 * 1024),
  ];
  it('gives a typed error for every status and body', () => {
    for (const status of statuses) {
      for (const body of bodies) {
        const error = errorOf(() =>
          processSessionResponse(answer(status, body, { 'Retry-After': '30' }), NOW),
        );
        const expected = status === 429 ? 'RATE_LIMITED' : status >= 500 ? 'SERVER_ERROR' : 'API_ERROR';
        expect(error.code).toBe(expected);
        expect(error.status).toBe(status);
        expect(error.message.length).toBeLessThan(400);
        if (status === 429) expect(error.retryAfterMs).toBe(30000);
      }
    }
  });

  it('keeps the server code verbatim in either naming scheme', () => {
    for (const code of ['IDAAS.SDK.COMMON.1007', 'SDK.COMMON.1007']) {
      const error = errorOf(() =>
        processEmptyResponse(answer(400, { error_code: code, error_msg: 'm' }), NOW),
      );
      expect(error).toMatchObject({ code: 'API_ERROR', serverCode: code, serverMessage: 'm', status: 400 });
    }
  });

  it('reads Retry-After as an HTTP date too', () => {
    const date = new Date(NOW + 90_000).toUTCString();
    const error = errorOf(() => processEmptyResponse(answer(429, '', { 'retry-after': date }), NOW));
    expect(error.retryAfterMs).toBe(90_000);
  });

  it('never lets __proto__ in an answer reach a prototype', () => {
    errorOf(() => processSessionResponse(answer(200, '{"__proto__": {"polluted": 1}}'), NOW));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('processCaptchaResponse and processIdTokenResponse', () => {
  it('reads a flat puzzle and one inside repData, stripping a data: prefix', () => {
    const puzzle = {
      token: 't1',
      originalImageBase64: 'data:image/png;base64,AAAA',
      jigsawImageBase64: 'BBBB',
    };
    expect(processCaptchaResponse(answer(200, puzzle), NOW)).toEqual({
      token: 't1',
      originalImageBase64: 'AAAA',
      jigsawImageBase64: 'BBBB',
      secretKey: '',
    });
    expect(processCaptchaResponse(answer(200, { repCode: '0000', repData: puzzle }), NOW).token).toBe('t1');
  });

  it('reads a fresh id_token with or without a renewed session_token', () => {
    expect(processIdTokenResponse(answer(200, { id_token: ID_TOKEN }), NOW).renewed).toBeUndefined();
    expect(processIdTokenResponse(answer(200, GRANT), NOW).renewed).toEqual({
      sessionToken: GRANT.session_token,
      expireSeconds: 432000,
    });
    expect(errorOf(() => processIdTokenResponse(answer(200, { ...GRANT, expire: -1 }), NOW)).code).toBe(
      'INVALID_RESPONSE',
    );
  });
});
