import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { decodeIdToken, isEiamError } from '../../src';
import { bytesToBase64Url } from '../../src/jwt/base64url';
import { utf8Encode } from '../../src/jwt/utf8';
import { enc, mutatedSegment, runs } from './support';

const RS256 = { alg: 'RS256', kid: 'k1' };
const SIG = bytesToBase64Url([9, 8, 7, 6]);
const token = (header: unknown, payload: unknown) => `${enc(header)}.${enc(payload)}.${SIG}`;

/** The error `fn` throws, or undefined. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

// J1 inputs: random and mutated tokens of 0 to 5 parts.
const b64 = (text: string) => bytesToBase64Url(utf8Encode(text));
const segment = fc.oneof(
  fc.constant(''),
  fc.constant(enc(RS256)),
  fc.constant(enc({ sub: 'u1', exp: 2e9, iat: 1e9 })),
  fc
    .constantFrom('"str"', '123', 'null', '[]', '{}', 'not json', '{"alg":"none"}', '{"alg":"RS256"')
    .map(b64),
  fc.uint8Array({ maxLength: 24 }).map((bytes) => bytesToBase64Url(Array.from(bytes))), // often invalid UTF-8
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.stringMatching(/^[A-Za-z0-9+/= _-]{0,24}$/),
  fc.jsonValue({ maxDepth: 2 }).map((v) => enc(v)),
);
const mutate = mutatedSegment(segment, ['+', '/', '=', ' ', '.', '\u00e9']);
const tokens = fc.oneof(
  fc.array(mutate, { minLength: 0, maxLength: 5 }).map((parts) => parts.join('.')),
  fc.tuple(fc.constant(enc(RS256)), mutate, fc.constant(SIG)).map((p) => p.join('.')),
  fc.tuple(mutate, fc.constant(enc({ sub: 'u' })), fc.constant(SIG)).map((p) => p.join('.')),
  fc.string({ maxLength: 80 }),
);

describe('J: id_token decoding', () => {
  // Speed ("each call under 5 ms") is measured by `npm run bench`, not here: this test checks correctness only.
  it('J1 fuzz with 20,000 random and mutated tokens: only EiamError INVALID_ID_TOKEN is thrown (no timing here)', () => {
    let valid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(tokens, (jwt) => {
        const e = thrown(() => decodeIdToken(jwt));
        if (e === undefined) valid++;
        else {
          invalid++;
          expect(isEiamError(e) && e.code).toBe('INVALID_ID_TOKEN');
        }
      }),
      runs(20000),
    );
    expect(valid).toBeGreaterThan(0);
    expect(invalid).toBeGreaterThan(10000);
  });

  it('J1 the decoder is linear by construction: no regular expression, only single passes over at most 16 KiB', () => {
    // A structural check for "no super-linear regex": the jwt modules contain no RegExp at all.
    for (const file of ['decode.ts', 'base64url.ts', 'utf8.ts']) {
      const code = fs
        .readFileSync(path.join(__dirname, '../../src/jwt', file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect(code).not.toMatch(/new RegExp|\.(test|exec|match|replace|search|split)\(\s*\//);
    }
    const huge = 'a'.repeat(1024 * 1024);
    expect(thrown(() => decodeIdToken(huge))).toMatchObject({ code: 'INVALID_ID_TOKEN', detail: 'too long' });
    expect(thrown(() => decodeIdToken(`${huge}.${huge}.${huge}`))).toMatchObject({ detail: 'too long' });
  });

  it.each([undefined, null, 123, {}, [], true, () => 'x'])(
    'J2 non-string input %p: INVALID_ID_TOKEN',
    (input) => {
      expect(thrown(() => decodeIdToken(input))).toMatchObject({ code: 'INVALID_ID_TOKEN' });
    },
  );

  it('J3 round trip: any JSON object with CJK and emoji encodes and decodes to an equal object, with no atob, Buffer, TextDecoder or wx', () => {
    const RESERVED = [
      'iss',
      'aud',
      'sub',
      'exp',
      'iat',
      'nbf',
      'jti',
      'name',
      'userName',
      'mobile',
      'email',
      '__proto__',
    ];
    const unit = fc.oneof(
      fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x1f300, max: 0x1faff }).map((c) => String.fromCodePoint(c)),
      fc.integer({ min: 0x20000, max: 0x2a6df }).map((c) => String.fromCodePoint(c)),
      fc.constantFrom('张三', '👨‍👩‍👧', '🇨🇳', '"', '\\', '\u0000', '\u2028'),
      fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
    );
    const key = fc.string({ unit, maxLength: 5 }).filter((k) => RESERVED.indexOf(k) < 0);
    const object = fc.dictionary(key, fc.jsonValue({ stringUnit: unit, maxDepth: 3 }), { maxKeys: 6 });
    const g = globalThis as Record<string, unknown>;
    const hidden = ['atob', 'btoa', 'Buffer', 'TextDecoder', 'TextEncoder', 'wx'];
    const saved = hidden.map((name) => Object.getOwnPropertyDescriptor(g, name));
    for (const name of hidden) delete g[name];
    try {
      expect(hidden.map((name) => typeof g[name])).toEqual(hidden.map(() => 'undefined'));
      fc.assert(
        fc.property(object, (payload) => {
          const jwt = `${bytesToBase64Url(utf8Encode(JSON.stringify(RS256)))}.${bytesToBase64Url(utf8Encode(JSON.stringify(payload)))}.${SIG}`;
          expect(decodeIdToken(jwt)).toEqual(JSON.parse(JSON.stringify(payload)));
        }),
        runs(1000),
      );
    } finally {
      hidden.forEach((name, i) => {
        if (saved[i]) Object.defineProperty(g, name, saved[i]!);
      });
    }
    expect(decodeIdToken(token(RS256, { name: '张三 😀', ключ: '𠮷' }))).toEqual({
      name: '张三 😀',
      ключ: '𠮷',
    });
  });

  it.each<[string, unknown]>([
    ['alg none', { alg: 'none' }],
    ['alg NONE', { alg: 'NONE' }],
    ['a missing alg', { typ: 'JWT' }],
    ['an empty alg', { alg: '' }],
  ])('J4 %s is rejected', (_name, header) => {
    expect(thrown(() => decodeIdToken(token(header, { sub: 'u' })))).toMatchObject({
      code: 'INVALID_ID_TOKEN',
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['iss mismatch', { iss: 'https://evil.example.com/api/v1/oauth2', aud: 'app' }, 'iss mismatch'],
    ['aud mismatch', { iss: 'https://t.example.com/api/v1/oauth2', aud: 'other' }, 'aud mismatch'],
    [
      'aud list without the client',
      { iss: 'https://t.example.com/api/v1/oauth2', aud: ['x', 'y'] },
      'aud mismatch',
    ],
    ['exp a string', { exp: '1700000000' }, 'exp not a number'],
    ['iat null', { iat: null }, 'iat not a number'],
    ['nbf an object', { nbf: {} }, 'nbf not a number'],
  ])('J4 %s is rejected with a reason', (_name, payload, detail) => {
    const options = { issuer: 'https://t.example.com/api/v1/oauth2', audience: 'app' };
    expect(thrown(() => decodeIdToken(token(RS256, payload), options))).toMatchObject({
      code: 'INVALID_ID_TOKEN',
      detail,
    });
  });
});
