import { EiamError, isEiamError } from '../errors/eiam-error';
import { base64UrlToBytes } from './base64url';
import { utf8Decode } from './utf8';

/**
 * The claims of an EIAM id_token, as decoded by {@link decodeIdToken}. NOT VERIFIED: see there.
 *
 * @example
 * ```ts
 * const claims: IdTokenClaims = decodeIdToken(idToken);
 * const who = claims.name || claims.userName || claims.sub;
 * ```
 * The standard claims (`iss`, `aud`, `sub`, `exp`, `iat`, `nbf`, `jti`) have been checked to have these types when
 * present. The EIAM profile claims (`name`, `userName`, `mobile` as `+86-...`, `email`) are strings or absent:
 * a value of another type (such as `null`) is left out. Any other claim is passed through unchanged.
 */
export interface IdTokenClaims {
  /** The issuer, `https://{tenant}/api/v1/oauth2`. */
  iss?: string;
  /** The audience: the application's client id, or a list holding it. */
  aud?: string | string[];
  /** The user's stable id. */
  sub?: string;
  /** Expiry, seconds since the epoch on the server's clock. */
  exp?: number;
  /** Issue time, seconds since the epoch on the server's clock. */
  iat?: number;
  /** Not-before time, seconds since the epoch on the server's clock. */
  nbf?: number;
  /** The token's unique id. */
  jti?: string;
  /** The user's display name. */
  name?: string;
  /** The user's account name. */
  userName?: string;
  /** The user's mobile number, e.g. `+86-13800138000`: personal data, never log it unmasked. */
  mobile?: string;
  /** The user's email address: personal data, never log it unmasked. */
  email?: string;
  /** Any other claim, as sent. */
  [claim: string]: unknown;
}

/**
 * Optional claim checks for {@link decodeIdToken}.
 *
 * @example
 * ```ts
 * const options: DecodeIdTokenOptions = { issuer: 'https://tenant.example.com/api/v1/oauth2', audience: clientId };
 * ```
 */
export interface DecodeIdTokenOptions {
  /** When set, the token's `iss` must equal it. */
  issuer?: string;
  /** When set, the token's `aud` must equal it or, when an array, contain it. */
  audience?: string;
}

/** The longest token looked at: 16 KiB. */
const MAX_TOKEN_LENGTH = 16 * 1024;

/** Claims that must be finite numbers when present. */
const NUMERIC_CLAIMS = ['exp', 'iat', 'nbf'];

/** Standard claims that must be strings when present. */
const STRING_CLAIMS = ['iss', 'sub', 'jti'];

/** Profile claims left out when they are not strings, so that {@link IdTokenClaims} tells the truth. */
const PROFILE_CLAIMS = ['name', 'userName', 'mobile', 'email'];

/** Throws the one error of this module. `detail` is a fixed text: it never holds any part of the token. */
function fail(detail: string): never {
  throw new EiamError('INVALID_ID_TOKEN', { detail });
}

/** Whether `value` is a JSON object: not `null`, not an array. */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `object` has its own property `key`. */
function has(object: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** A `JSON.parse` reviver that drops every `__proto__` key, so that no later copy can change a prototype. */
function dropProto(key: string, value: unknown): unknown {
  return key === '__proto__' ? undefined : value;
}

/** Decodes one base64url segment holding UTF-8 JSON; throws {@link EiamError} naming the segment on failure. */
function decodeJsonSegment(segment: string, name: 'header' | 'payload'): unknown {
  const bytes = base64UrlToBytes(segment);
  if (bytes === null) fail(name + ' not base64url');
  const text = utf8Decode(bytes);
  if (text === null) fail(name + ' not UTF-8');
  try {
    return JSON.parse(text, dropProto);
  } catch {
    return fail(name + ' not JSON');
  }
}

/** Splits a token in its three segments, checking the length and shape; throws {@link EiamError} on failure. */
function splitToken(jwt: unknown): [string, string, string] {
  if (typeof jwt !== 'string') fail('not a string');
  if (jwt.length > MAX_TOKEN_LENGTH) fail('too long');
  const parts = jwt.split('.');
  if (parts.length !== 3) fail('not three parts');
  const [header = '', payload = '', signature = ''] = parts;
  if (header === '') fail('empty header');
  if (payload === '') fail('empty payload');
  if (signature === '') fail('empty signature');
  if (base64UrlToBytes(signature) === null) fail('signature not base64url');
  return [header, payload, signature];
}

/** Decodes and checks the header segment: a JSON object with a string `alg` that is not `none`. */
function checkedHeader(segment: string): Record<string, unknown> {
  const header = decodeJsonSegment(segment, 'header');
  if (!isObject(header)) fail('header not an object');
  const alg = header.alg;
  if (typeof alg !== 'string' || alg === '') fail('alg missing');
  if (alg.toLowerCase() === 'none') fail('alg none');
  return header;
}

/** Runs `body`, turning anything it throws that is not an {@link EiamError} into `INVALID_ID_TOKEN`. */
function guarded<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (isEiamError(e)) throw e;
    return fail('malformed');
  }
}

/**
 * Decodes an id_token's header after checking the token's shape. DOES NOT VERIFY THE SIGNATURE.
 *
 * @example
 * ```ts
 * decodeJwtHeader(idToken); // { alg: 'RS256', kid: '...' }
 * ```
 * Same checks and errors as {@link decodeIdToken} for the token's shape and header; the payload is not looked at.
 * @throws {@link EiamError} `INVALID_ID_TOKEN` with a short `detail`, and nothing else.
 */
export function decodeJwtHeader(jwt: string): Record<string, unknown> {
  return guarded(() => checkedHeader(splitToken(jwt)[0]));
}

/**
 * Decodes an id_token's claims. IT DOES NOT VERIFY THE SIGNATURE: the claims are not authentic.
 *
 * @example
 * ```ts
 * const claims = decodeIdToken(session.idToken, { issuer: `https://${tenant}/api/v1/oauth2`, audience: clientId });
 * showWelcome(claims.name); // display only; send the id_token itself to your backend to prove who the user is
 * ```
 * Anyone can forge a token that passes this function. Use the claims for display and for scheduling a refresh,
 * never for an access decision: the app's backend must verify the signature against the tenant's JWKS at
 * `GET https://{tenant}/api/v1/oauth2/keys` (rule 9 of the reliability catalogue).
 *
 * What is checked:
 * - a string of at most 16 KiB, with exactly three dot-separated base64url segments, none empty;
 * - the header is a UTF-8 JSON object whose `alg` is a non-empty string other than `none` (in any case);
 * - the payload is a UTF-8 JSON object (not an array, `null`, a number or a string);
 * - `exp`, `iat`, `nbf`, when present, are finite numbers; `iss`, `sub`, `jti` are strings; `aud` is a string or an
 *   array of strings;
 * - with `options.issuer`, `iss` equals it; with `options.audience`, `aud` equals or contains it.
 *
 * `exp` and `nbf` are NOT compared with the clock here: the session code does that, with a leeway. JSON is parsed
 * by hand-written base64url and UTF-8 decoders (no `atob`, `Buffer` or `TextDecoder`), and every `__proto__` key is
 * dropped, so a payload cannot pollute a prototype.
 *
 * @throws {@link EiamError} `INVALID_ID_TOKEN` on any failure, and nothing else. Its `detail` is a short fixed reason
 *   such as `'alg none'`, `'iss mismatch'` or `'payload not an object'`; it never holds any part of the token.
 */
export function decodeIdToken(jwt: unknown, options?: DecodeIdTokenOptions): IdTokenClaims {
  return guarded(() => {
    const [header, payload] = splitToken(jwt);
    checkedHeader(header);
    const claims = decodeJsonSegment(payload, 'payload');
    if (!isObject(claims)) fail('payload not an object');
    for (const key of NUMERIC_CLAIMS) {
      const value = claims[key];
      if (has(claims, key) && !(typeof value === 'number' && isFinite(value))) fail(key + ' not a number');
    }
    for (const key of STRING_CLAIMS) {
      if (has(claims, key) && typeof claims[key] !== 'string') fail(key + ' not a string');
    }
    const aud = claims.aud;
    if (has(claims, 'aud') && typeof aud !== 'string' && !isStringArray(aud))
      fail('aud not a string or array');
    for (const key of PROFILE_CLAIMS) {
      if (has(claims, key) && typeof claims[key] !== 'string') delete claims[key];
    }
    const issuer = options ? options.issuer : undefined;
    const audience = options ? options.audience : undefined;
    if (issuer !== undefined && claims.iss !== issuer) fail('iss mismatch');
    if (audience !== undefined && !(aud === audience || (isStringArray(aud) && aud.indexOf(audience) >= 0))) {
      fail('aud mismatch');
    }
    return claims as IdTokenClaims;
  });
}

/** Whether `value` is an array of strings. */
function isStringArray(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
}
