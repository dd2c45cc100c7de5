import { asObject } from '../api/json-body';
import { EiamError } from '../errors/eiam-error';
import { safeJsonParse } from '../util/safe-json';
import { base64UrlToEscapes, isBase64Url } from './base64url';

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
 * a value of another type (such as `null`) is left out. They are read flat or, for tenants that send them inside an
 * `api` claim holding a JSON string, from there (flat claims win). Any other claim is passed through unchanged.
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

/** The three segments of a token, in order. */
const SEGMENTS = ['header', 'payload', 'signature'];

/**
 * The claims checked by type, in order: the first three must be finite numbers, the others strings. The last four
 * (profile claims) are left out rather than rejected when they are not strings, so that {@link IdTokenClaims} tells
 * the truth.
 */
const TYPED_CLAIMS = 'exp iat nbf iss sub jti name userName mobile email'.split(' ');

/** Throws the one error of this module. `detail` is a fixed text: it never holds any part of the token. */
function fail(detail: string): never {
  throw new EiamError('INVALID_ID_TOKEN', { detail });
}

/** Decodes one base64url segment holding a UTF-8 JSON object; throws {@link EiamError} naming the segment. */
function segmentObject(segment: string, name: string): Record<string, unknown> {
  const escapes = base64UrlToEscapes(segment);
  if (escapes === null) fail(name + ' not base64url');
  let reason = ' not UTF-8';
  let value: unknown;
  try {
    // `decodeURIComponent` decodes strict UTF-8: it throws on overlong forms, surrogates, truncated sequences...
    const text = decodeURIComponent(escapes);
    reason = ' not JSON';
    value = safeJsonParse(text);
  } catch {
    fail(name + reason);
  }
  return asObject(value) || fail(name + ' not an object');
}

/**
 * Checks a token's length and shape and decodes its header (a JSON object with a string `alg` that is not `none`);
 * returns the header and the payload segment. Throws {@link EiamError} `INVALID_ID_TOKEN` on failure.
 */
function checkedHeader(jwt: unknown): [Record<string, unknown>, string] {
  if (typeof jwt !== 'string') fail('not a string');
  if (jwt.length > 16384) fail('too long');
  const parts = jwt.split('.');
  if (parts.length !== 3) fail('not three parts');
  SEGMENTS.forEach((name, i) => parts[i] || fail('empty ' + name));
  if (!isBase64Url(parts[2] as string)) fail('signature not base64url');
  const header = segmentObject(parts[0] as string, 'header');
  const alg = header.alg;
  if (!alg || typeof alg !== 'string') fail('alg missing');
  if (/^none$/i.test(alg)) fail('alg none');
  return [header, parts[1] as string];
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
  return checkedHeader(jwt)[0];
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
 * - an `api` claim whose value is a JSON object in a string (the user's fields, as some EIAM tenants send them) fills
 *   the claims the token does not carry flat: flat claims win, the registered claims (`iss`, `aud`, `sub`, `exp`,
 *   `iat`, `nbf`, `jti`) never come from it, and an `api` value that is not such a string is ignored (it stays
 *   in the claims as sent);
 * - with `options.issuer`, `iss` equals it; with `options.audience`, `aud` equals or contains it.
 *
 * `exp` and `nbf` are NOT compared with the clock here: the session code does that, with a leeway. Segments are
 * decoded by a hand-written base64url decoder and `decodeURIComponent`, which rejects ill-formed UTF-8 (no `atob`,
 * `Buffer` or `TextDecoder`), and every `__proto__` key is dropped, so a payload cannot pollute a prototype.
 *
 * @throws {@link EiamError} `INVALID_ID_TOKEN` on any failure, and nothing else. Its `detail` is a short fixed reason
 *   such as `'alg none'`, `'iss mismatch'` or `'payload not an object'`; it never holds any part of the token.
 */
export function decodeIdToken(jwt: unknown, options?: DecodeIdTokenOptions): IdTokenClaims {
  const claims = segmentObject(checkedHeader(jwt)[1], 'payload');
  let api: Record<string, unknown> | undefined;
  try {
    api = typeof claims.api === 'string' ? asObject(safeJsonParse(claims.api)) : undefined;
  } catch {
    // A malformed `api` claim fills nothing.
  }
  if (api) {
    for (const key in api) {
      // Flat claims win; the token's own registered claims never come from `api`.
      if (!{}.hasOwnProperty.call(claims, key) && !/^(exp|iat|nbf|iss|sub|jti|aud)$/.test(key)) {
        claims[key] = api[key];
      }
    }
  }
  TYPED_CLAIMS.forEach((key, i) => {
    const value = claims[key];
    const type = i < 3 ? 'number' : 'string';
    // JSON has no `undefined`, so `undefined` means the claim is absent.
    if (value !== undefined && (typeof value !== type || (i < 3 && !isFinite(value as number)))) {
      if (i > 5) delete claims[key];
      else fail(key + ' not a ' + type);
    }
  });
  const aud = claims.aud;
  const audiences = typeof aud === 'string' ? [aud] : aud;
  if (aud !== undefined && !(Array.isArray(audiences) && audiences.every((a) => typeof a === 'string'))) {
    fail('aud not a string or array');
  }
  const { issuer, audience } = options || {};
  if (issuer !== undefined && claims.iss !== issuer) fail('iss mismatch');
  if (audience !== undefined && !(audiences && (audiences as string[]).indexOf(audience) >= 0)) {
    fail('aud mismatch');
  }
  return claims;
}
