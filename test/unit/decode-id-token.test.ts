import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import fc from 'fast-check';
import ts from 'typescript';
import { decodeJwt, decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';
import { EiamError, isEiamError } from '../../src/errors/eiam-error';
import { base64UrlToBytes, bytesToBase64Url, isBase64Url } from '../../src/jwt/base64url';
import { utf8Decode, utf8Encode } from '../../src/jwt/utf8';
import { decodeIdToken, decodeJwtHeader, type IdTokenClaims } from '../../src/jwt/decode';
import { lengthMod4Is1, mutatedSegment } from '../catalogue/support';

const SEED = 20261125;
const SRC = path.resolve(__dirname, '../../src');

/** base64url of the UTF-8 of a text. */
const seg = (text: string): string => bytesToBase64Url(utf8Encode(text));
/** base64url of the UTF-8 of a value's JSON. */
const enc = (value: unknown): string => seg(JSON.stringify(value));
/** A token from a header, a payload and a signature. */
const token = (header: unknown, payload: unknown, signature = 'c2lnbmF0dXJl'): string =>
  enc(header) + '.' + enc(payload) + '.' + signature;
const RS256 = { alg: 'RS256', kid: 'k1', typ: 'JWT' };
const ISS = 'https://tenant.example.com/api/v1/oauth2';
const CLIENT_ID = 'app-client-id';

/** Every detail decodeIdToken may give: fixed texts, so no detail can hold a part of the token. */
const DETAILS = [
  'not a string',
  'too long',
  'not three parts',
  'empty header',
  'empty payload',
  'empty signature',
  'signature not base64url',
  'header not base64url',
  'header not UTF-8',
  'header not JSON',
  'header not an object',
  'alg missing',
  'alg none',
  'payload not base64url',
  'payload not UTF-8',
  'payload not JSON',
  'payload not an object',
  'exp not a number',
  'iat not a number',
  'nbf not a number',
  'iss not a string',
  'sub not a string',
  'jti not a string',
  'aud not a string or array',
  'iss mismatch',
  'aud mismatch',
  'malformed',
];

/** The error `fn` throws; fails the test when it does not throw. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

/** Expects `fn` to throw INVALID_ID_TOKEN with the given detail. */
function expectInvalid(fn: () => unknown, detail: string): void {
  const e = thrown(fn);
  expect(e).toBeInstanceOf(EiamError);
  expect(isEiamError(e) && { code: e.code, detail: e.detail }).toEqual({ code: 'INVALID_ID_TOKEN', detail });
}

/** What JSON.parse gives for the JSON of `value` when `__proto__` keys are dropped, as decodeIdToken does. */
const viaJson = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value), (key, v: unknown) => (key === '__proto__' ? undefined : v));

describe('base64url and UTF-8 helpers', () => {
  it('decode base64url with or without padding', () => {
    expect(base64UrlToBytes('eyJhIjoxfQ')).toEqual(utf8Encode('{"a":1}'));
    expect(base64UrlToBytes('eyJhIjoxfQ==')).toEqual(utf8Encode('{"a":1}'));
    expect(base64UrlToBytes('YQ')).toEqual([0x61]);
    expect(base64UrlToBytes('YWI')).toEqual([0x61, 0x62]);
    expect(base64UrlToBytes('YWI=')).toEqual([0x61, 0x62]);
    expect(base64UrlToBytes('-_-_')).toEqual([0xfb, 0xff, 0xbf]);
    expect(base64UrlToBytes('')).toEqual([]);
  });

  it.each([
    ['a+b/', 'base64 characters'],
    ['YW=I', 'padding in the middle'],
    ['YWI==', 'padding to a length that is not a multiple of 4'],
    ['YQ===', 'three padding characters'],
    ['====', 'padding only'],
    ['YW I', 'a space'],
    ['YWJj\n', 'a line break'],
    ['YWJjZ', 'a length of 4n + 1'],
    ['Y', 'a single character'],
    ['YWJj.', 'a dot'],
    ['YWJj\u00e9', 'a non-ASCII character'],
  ])('reject %j (%s) with null', (input) => {
    expect(base64UrlToBytes(input)).toBeNull();
    expect(isBase64Url(input)).toBe(false);
  });

  it('agree with Node Buffer on any bytes, both ways', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const expected = Buffer.from(bytes).toString('base64url');
        const array = Array.from(bytes);
        expect(bytesToBase64Url(array)).toBe(expected);
        expect(base64UrlToBytes(expected)).toEqual(array);
        expect(isBase64Url(expected)).toBe(true);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it.each([
    [[0xc0, 0x80], 'an overlong NUL'],
    [[0xe0, 0x80, 0xaf], 'an overlong 3-byte form'],
    [[0xf0, 0x82, 0x82, 0xac], 'an overlong 4-byte form'],
    [[0xed, 0xa0, 0x80], 'an encoded high surrogate'],
    [[0xed, 0xbf, 0xbf], 'an encoded low surrogate'],
    [[0xf4, 0x90, 0x80, 0x80], 'a code point above U+10FFFF'],
    [[0xf5, 0x80, 0x80, 0x80], 'a lead byte F5'],
    [[0xe4, 0xb8], 'a truncated sequence'],
    [[0x80], 'a stray continuation byte'],
    [[0xff], 'the byte FF'],
    [[0x61, 256], 'a number above 255'],
    [[0x61, 1.5], 'a fraction'],
  ])('utf8Decode rejects %j (%s) with null', (bytes) => {
    expect(utf8Decode(bytes as number[])).toBeNull();
  });

  it('utf8Decode produces surrogate pairs for emoji and keeps CJK', () => {
    expect(utf8Decode([0xf0, 0x9f, 0x98, 0x80])).toBe('\uD83D\uDE00');
    expect(utf8Decode(utf8Encode('张三 😀 𠀀 é'))).toBe('张三 😀 𠀀 é');
    expect(utf8Encode('\uD800')).toEqual([0xef, 0xbf, 0xbd]);
  });

  it('utf8Decode agrees with a fatal TextDecoder on random and mutated bytes', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const reference = (bytes: number[]): string | null => {
      try {
        return decoder.decode(Uint8Array.from(bytes));
      } catch {
        return null;
      }
    };
    const mutatedText = fc
      .tuple(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.nat(), fc.integer({ min: 0, max: 255 }))
      .map(([s, at, byte]) => {
        const bytes = utf8Encode(s);
        if (bytes.length > 0) bytes[at % bytes.length] = byte;
        return bytes;
      });
    fc.assert(
      fc.property(
        fc.oneof(fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 12 }), mutatedText),
        (bytes) => {
          expect(utf8Decode(bytes)).toBe(reference(bytes));
        },
      ),
      { seed: SEED, numRuns: 3000 },
    );
  });
});

describe('decodeIdToken', () => {
  const claims = { iss: ISS, aud: CLIENT_ID, sub: 'u1', exp: 1764000300, iat: 1764000000, nbf: 1764000000 };

  it('returns the claims of a well-formed token', () => {
    const payload = {
      ...claims,
      jti: 'j1',
      name: '张三',
      userName: 'zhangsan',
      mobile: '+86-13800138000',
      extra: [1],
    };
    expect(decodeIdToken(token(RS256, payload))).toEqual(payload);
    expect(decodeIdToken(token(RS256, payload), { issuer: ISS, audience: CLIENT_ID })).toEqual(payload);
    expect(
      decodeIdToken(token(RS256, { ...claims, aud: ['other', CLIENT_ID] }), { audience: CLIENT_ID }).aud,
    ).toEqual(['other', CLIENT_ID]);
    expect(decodeJwtHeader(token(RS256, payload))).toEqual(RS256);
  });

  it('decodes a real RS256 token as jose does', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const jwt = await new SignJWT({ name: '张三 😀', email: 'zhangsan@qq.com', mobile: '+86-13800138000' })
      .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
      .setIssuer(ISS)
      .setAudience(CLIENT_ID)
      .setSubject('user-1')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    expect(decodeIdToken(jwt, { issuer: ISS, audience: CLIENT_ID })).toEqual(decodeJwt(jwt));
    expect(decodeJwtHeader(jwt)).toEqual(decodeProtectedHeader(jwt));
  });

  it('accepts a padded segment and any base64url signature', () => {
    const padded = enc(RS256) + '.' + seg('{"sub":"a"}') + '=.' + 'QQ';
    expect(seg('{"sub":"a"}').length % 4).toBe(3);
    expect(decodeIdToken(padded)).toEqual({ sub: 'a' });
  });

  it('leaves out profile claims that are not strings, so their types hold', () => {
    const decoded: IdTokenClaims = decodeIdToken(
      token(RS256, { sub: 'u1', email: null, mobile: 138, name: 'N' }),
    );
    expect(decoded).toEqual({ sub: 'u1', name: 'N' });
  });

  it('drops __proto__ keys so a payload never pollutes a prototype', () => {
    const payload = '{"sub":"u1","__proto__":{"polluted":1},"nested":{"__proto__":{"polluted":2}}}';
    const decoded = decodeIdToken(enc(RS256) + '.' + seg(payload) + '.c2ln');
    const copy: Record<string, unknown> = Object.assign({}, decoded, { ...decoded });
    expect(Object.prototype.hasOwnProperty.call(decoded, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect(decoded).toEqual({ sub: 'u1', nested: {} });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(copy.polluted).toBeUndefined();
  });

  it('J2 rejects non-string input', () => {
    for (const input of [undefined, null, 123, {}, [], true, new String('a.b.c')]) {
      expectInvalid(() => decodeIdToken(input), 'not a string');
    }
    expectInvalid(() => decodeJwtHeader(42 as unknown as string), 'not a string');
  });

  const good = enc(claims);

  it.each([
    ['an empty string', '', 'not three parts'],
    ['one part', 'abc', 'not three parts'],
    ['two parts', 'a.b', 'not three parts'],
    ['four parts', 'a.b.c.d', 'not three parts'],
    ['five parts (a JWE)', 'a.b.c.d.e', 'not three parts'],
    ['an empty header', '.' + good + '.c2ln', 'empty header'],
    ['an empty payload', enc(RS256) + '..c2ln', 'empty payload'],
    ['an empty signature', enc(RS256) + '.' + good + '.', 'empty signature'],
    ['a base64 signature', enc(RS256) + '.' + good + '.a+b/', 'signature not base64url'],
    ['a signature of length 4n + 1', enc(RS256) + '.' + good + '.abcde', 'signature not base64url'],
    ['a space in the header', enc(RS256) + ' .' + good + '.c2ln', 'header not base64url'],
    [
      '= inside the payload',
      enc(RS256) + '.' + good.slice(0, 4) + '=' + good.slice(4) + '.c2ln',
      'payload not base64url',
    ],
    ['a payload of length 4n + 1', enc(RS256) + '.' + lengthMod4Is1(good) + '.c2ln', 'payload not base64url'],
    [
      'an overlong header byte',
      bytesToBase64Url([0x7b, 0xc0, 0x80, 0x7d]) + '.' + good + '.c2ln',
      'header not UTF-8',
    ],
    [
      'an encoded surrogate in the payload',
      enc(RS256) + '.' + bytesToBase64Url([0x7b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]) + '.c2ln',
      'payload not UTF-8',
    ],
    ['a header that is not JSON', seg('{alg:RS256}') + '.' + good + '.c2ln', 'header not JSON'],
    ['a truncated JSON payload', enc(RS256) + '.' + seg('{"sub":') + '.c2ln', 'payload not JSON'],
    ['a NUL byte payload', enc(RS256) + '.' + bytesToBase64Url([0]) + '.c2ln', 'payload not JSON'],
    ['a string header', enc('RS256') + '.' + good + '.c2ln', 'header not an object'],
    ['an array header', enc([RS256]) + '.' + good + '.c2ln', 'header not an object'],
    ['a null header', enc(null) + '.' + good + '.c2ln', 'header not an object'],
    ['a string payload', enc(RS256) + '.' + enc('str') + '.c2ln', 'payload not an object'],
    ['a number payload', enc(RS256) + '.' + enc(123) + '.c2ln', 'payload not an object'],
    ['a null payload', enc(RS256) + '.' + enc(null) + '.c2ln', 'payload not an object'],
    ['an array payload', enc(RS256) + '.' + enc([]) + '.c2ln', 'payload not an object'],
    ['a token over 16 KiB', enc(RS256) + '.' + good + '.c2ln' + 'A'.repeat(16 * 1024), 'too long'],
  ])('rejects %s with %j', (_, input, detail) => {
    expectInvalid(() => decodeIdToken(input), detail);
    // decodeJwtHeader makes the same checks, except those on the payload's content.
    if (!/^payload not /.test(detail)) expectInvalid(() => decodeJwtHeader(input), detail);
  });

  it('accepts a token of exactly 16 KiB and rejects one a character longer', () => {
    const base = enc(RS256) + '.' + enc(claims) + '.';
    const exact = base + 'A'.repeat(16 * 1024 - base.length);
    expect(decodeIdToken(exact)).toEqual(claims);
    expectInvalid(() => decodeIdToken(exact + 'A'), 'too long');
  });

  it.each([
    [{ alg: 'none' }, 'alg none'],
    [{ alg: 'NONE', typ: 'JWT' }, 'alg none'],
    [{ alg: 'nOnE' }, 'alg none'],
    [{ typ: 'JWT' }, 'alg missing'],
    [{ alg: '' }, 'alg missing'],
    [{ alg: null }, 'alg missing'],
    [{ alg: 256 }, 'alg missing'],
    [{ alg: ['RS256'] }, 'alg missing'],
  ])('J4 rejects the header %j with %j', (header, detail) => {
    expectInvalid(() => decodeIdToken(token(header, claims)), detail);
    expectInvalid(() => decodeJwtHeader(token(header, claims)), detail);
  });

  it('J4 rejects alg none even with an empty-looking signature part replaced', () => {
    expectInvalid(() => decodeIdToken(token({ alg: 'none' }, claims, 'AA')), 'alg none');
  });

  it.each([
    [{ exp: '1764000300' }, 'exp not a number'],
    [{ exp: null }, 'exp not a number'],
    [{ exp: [1] }, 'exp not a number'],
    [{ iat: '1764000000' }, 'iat not a number'],
    [{ iat: true }, 'iat not a number'],
    [{ nbf: {} }, 'nbf not a number'],
    [{ iss: 42 }, 'iss not a string'],
    [{ sub: 42 }, 'sub not a string'],
    [{ jti: null }, 'jti not a string'],
    [{ aud: 42 }, 'aud not a string or array'],
    [{ aud: [CLIENT_ID, 42] }, 'aud not a string or array'],
  ])('J4 rejects the claims %j with %j', (bad, detail) => {
    expectInvalid(() => decodeIdToken(token(RS256, { ...claims, ...bad })), detail);
  });

  it('J4 rejects an exp that overflows to Infinity', () => {
    const payload = seg('{"sub":"u1","exp":1e999}');
    expectInvalid(() => decodeIdToken(enc(RS256) + '.' + payload + '.c2ln'), 'exp not a number');
  });

  it('J4 rejects an iss or aud that does not match the options', () => {
    const jwt = token(RS256, claims);
    expectInvalid(
      () => decodeIdToken(jwt, { issuer: 'https://evil.example.com/api/v1/oauth2' }),
      'iss mismatch',
    );
    expectInvalid(() => decodeIdToken(jwt, { audience: 'another-client' }), 'aud mismatch');
    expectInvalid(() => decodeIdToken(token(RS256, { sub: 'u1' }), { issuer: ISS }), 'iss mismatch');
    expectInvalid(() => decodeIdToken(token(RS256, { sub: 'u1' }), { audience: CLIENT_ID }), 'aud mismatch');
    expectInvalid(
      () => decodeIdToken(token(RS256, { ...claims, aud: ['a', 'b'] }), { audience: CLIENT_ID }),
      'aud mismatch',
    );
    expect(decodeIdToken(jwt, {})).toEqual(claims);
  });

  it('never puts any part of the token in the error', () => {
    const secret = 'SECRETSUBJECTVALUE';
    const jwt = token({ alg: 'none', kid: secret }, { sub: secret });
    const e = thrown(() => decodeIdToken(jwt)) as EiamError;
    for (const text of [e.message, String(e), JSON.stringify(e), e.stack || '']) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(jwt.slice(0, 12));
      expect(text).not.toContain(jwt.split('.')[1]!.slice(0, 12));
    }
  });
});

describe('J1 fuzzing decodeIdToken', () => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('');
  const json = (text: string): string => seg(text);
  const segment = fc.oneof(
    fc.constant(''),
    fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 40 }),
    fc.string({
      unit: fc.constantFrom('A', 'z', '0', '-', '_', '+', '/', '=', ' ', '.', '\n', 'é'),
      maxLength: 20,
    }),
    fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 48 }).map(bytesToBase64Url),
    fc
      .constantFrom(
        '"str"',
        '123',
        'null',
        '[]',
        'true',
        '{}',
        'not json',
        '{"a":',
        '{"alg":"none"}',
        '{"alg":"NoNe"}',
      )
      .map(json),
    fc
      .constantFrom(
        '{"alg":"RS256"}',
        '{"alg":1}',
        '{"exp":"1"}',
        '{"exp":1e999}',
        '{"__proto__":{"polluted":1}}',
      )
      .map(json),
    fc
      .constantFrom([0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe4, 0xb8], [0xff], [0x80])
      .map((bad) => bytesToBase64Url([0x7b, 0x22].concat(bad, [0x22, 0x3a, 0x31, 0x7d]))),
    fc.jsonValue({ maxDepth: 2 }).map((v) => enc(v)),
    fc
      .dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 4 })
      .map((v) => enc(v)),
  );
  /** Mutations that make a segment invalid in one specific way. */
  const mutated = mutatedSegment(segment, ['+', '/', '=', ' ', 'A', '.']);
  const validHeader = fc
    .constantFrom('RS256', 'ES256', 'HS256', 'EdDSA')
    .map((alg) => enc({ alg, kid: 'k' }));
  const validToken = fc
    .tuple(
      validHeader,
      fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 4 }),
    )
    .map(([header, payload]) => header + '.' + enc(payload) + '.' + bytesToBase64Url([1, 2, 3]));
  const tokens = fc.oneof(
    fc.array(mutated, { minLength: 0, maxLength: 5 }).map((parts) => parts.join('.')),
    fc.tuple(validHeader, mutated, mutated).map((parts) => parts.join('.')),
    fc.tuple(mutated, segment, fc.constant('c2ln')).map((parts) => parts.join('.')),
    fc.string({ maxLength: 60 }),
    validToken,
  );

  it('J1 throws only EiamError INVALID_ID_TOKEN with a fixed detail, or returns a claims object (20,000 tokens)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(tokens, (jwt) => {
        try {
          const result = decodeIdToken(jwt);
          seen.add('ok');
          return typeof result === 'object' && result !== null && !Array.isArray(result);
        } catch (e) {
          if (!isEiamError(e) || e.code !== 'INVALID_ID_TOKEN' || e.detail === undefined) return false;
          seen.add(e.detail);
          return DETAILS.indexOf(e.detail) >= 0;
        }
      }),
      { seed: SEED, numRuns: 20000 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The fuzzer reached the deep checks, not only the shape checks.
    for (const outcome of [
      'ok',
      'not three parts',
      'empty header',
      'empty payload',
      'empty signature',
      'signature not base64url',
      'header not base64url',
      'header not UTF-8',
      'header not JSON',
      'header not an object',
      'alg missing',
      'alg none',
      'payload not base64url',
      'payload not UTF-8',
      'payload not JSON',
      'payload not an object',
    ]) {
      expect(seen).toContain(outcome);
    }
  });
});

describe('J3 round trip', () => {
  const RESERVED = ['iss', 'aud', 'sub', 'exp', 'iat', 'nbf', 'jti', 'name', 'userName', 'mobile', 'email'];
  const cjkAndEmoji = fc.oneof(
    fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0x20000, max: 0x2a6df }).map((c) => String.fromCodePoint(c)),
    fc.integer({ min: 0x1f300, max: 0x1faff }).map((c) => String.fromCodePoint(c)),
    fc.constantFrom('👨‍👩‍👧', '👍🏽', '🇨🇳', 'é', '\u0000', '"', '\\', '\u2028', '\uFEFF', '。'),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
  );
  const key = fc.string({ unit: cjkAndEmoji, maxLength: 6 }).filter((k) => RESERVED.indexOf(k) < 0);
  const object = fc.dictionary(key, fc.jsonValue({ stringUnit: cjkAndEmoji, maxDepth: 3 }), { maxKeys: 6 });
  const encodeToken = (payload: unknown): string => token(RS256, payload, bytesToBase64Url([0xde, 0xad]));

  it('J3 any JSON object with CJK and emoji decodes to an equal object', () => {
    fc.assert(
      fc.property(object, (payload) => {
        expect(decodeIdToken(encodeToken(payload))).toEqual(viaJson(payload));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  /** Loads a source module and its relative imports, transpiled to CommonJS ES2015, into a bare V8 context. */
  function loadInSandbox(entry: string): { context: vm.Context; exports: Record<string, unknown> } {
    const context = vm.createContext({});
    const cache = new Map<string, { exports: Record<string, unknown> }>();
    const load = (file: string): Record<string, unknown> => {
      const cached = cache.get(file);
      if (cached) return cached.exports;
      const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2015 };
      const js = ts.transpileModule(fs.readFileSync(file, 'utf8'), { compilerOptions }).outputText;
      const module = { exports: {} as Record<string, unknown> };
      cache.set(file, module);
      const factory = vm.runInContext('(function (exports, require, module) {' + js + '\n})', context, {
        filename: file,
      }) as (exports: unknown, require: (spec: string) => unknown, module: unknown) => void;
      factory(module.exports, (spec) => load(path.resolve(path.dirname(file), spec) + '.ts'), module);
      return module.exports;
    };
    return { context, exports: load(entry) };
  }

  it('J3 decodes in a sandbox without atob, Buffer, TextDecoder, TextEncoder, URL or wx', () => {
    const { context, exports } = loadInSandbox(path.join(SRC, 'jwt/decode.ts'));
    expect(
      vm.runInContext(
        '[typeof atob, typeof Buffer, typeof TextDecoder, typeof TextEncoder, typeof URL, typeof wx, typeof require]',
        context,
      ),
    ).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
    const sandboxed = exports.decodeIdToken as typeof decodeIdToken;
    fc.assert(
      fc.property(object, (payload) => {
        expect(JSON.stringify(sandboxed(encodeToken(payload)))).toBe(JSON.stringify(viaJson(payload)));
      }),
      { seed: SEED, numRuns: 200 },
    );
    const e = thrown(() => sandboxed(token({ alg: 'none' }, {})));
    expect(isEiamError(e) && e.code).toBe('INVALID_ID_TOKEN');
  });

  it('J3 the compiled jwt modules name no atob, Buffer, TextDecoder, TextEncoder or wx', () => {
    for (const file of ['jwt/base64url.ts', 'jwt/utf8.ts', 'jwt/decode.ts']) {
      const compilerOptions = {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2015,
        removeComments: true,
      };
      const js = ts.transpileModule(fs.readFileSync(path.join(SRC, file), 'utf8'), {
        compilerOptions,
      }).outputText;
      expect(js).not.toMatch(/\b(atob|btoa|Buffer|TextDecoder|TextEncoder|wx)\b/);
    }
  });
});
