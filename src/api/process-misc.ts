import type { IdTokenClaims } from '../jwt/decode';
import type { TransportResponse } from '../platform/types';
import { asObject, invalidResponse } from './json-body';
import { okBody, okObject } from './ok-body';
import { expireField, idTokenClaims, tokenField } from './session-grant';

/**
 * @example
 * ```ts
 * processEmptyResponse(res, Date.now()); // throws unless 2xx
 * ```
 * Processes an answer whose success has no body (the code sends).
 * @throws {EiamError} the error of a non-2xx answer, or `API_ERROR` for a 2xx carrying an error envelope.
 */
export function processEmptyResponse(res: TransportResponse, now: number): void {
  okBody(res, now);
}

/**
 * @example
 * ```ts
 * processMfaMobileResponse(res, Date.now()); // '+86-13800138000'
 * ```
 * Processes the answer of `GET /api/v2/sdk/mobile-by-token`: the user's mobile as the server writes it.
 * @throws {EiamError} `INVALID_RESPONSE`, or the error of a non-2xx answer.
 */
export function processMfaMobileResponse(res: TransportResponse, now: number): string {
  const obj = asObject(okBody(res, now));
  const mobile = obj && obj.mobile;
  if (typeof mobile !== 'string' || mobile.trim() === '' || mobile.length > 64) {
    throw invalidResponse('mobile', res.statusCode);
  }
  return mobile.trim();
}

/** A fresh id_token, and the renewed session_token when the server renewed it. */
export interface IdTokenGrant {
  idToken: string;
  claims: IdTokenClaims;
  renewed?: { sessionToken: string; expireSeconds: number };
}

/**
 * @example
 * ```ts
 * const { idToken, renewed } = processIdTokenResponse(res, Date.now());
 * ```
 * Processes the answer of `POST /api/v2/sdk/sso/session-token/id-token`; `renewed` is set when the answer carries a
 * session_token (with its `expire`).
 * @throws {EiamError} `INVALID_RESPONSE`, or the error of a non-2xx answer.
 */
export function processIdTokenResponse(res: TransportResponse, now: number): IdTokenGrant {
  const obj = okObject(res, now);
  const idToken = tokenField(obj, 'id_token');
  const grant: IdTokenGrant = { idToken, claims: idTokenClaims(idToken) };
  if (obj.session_token != null) {
    grant.renewed = { sessionToken: tokenField(obj, 'session_token'), expireSeconds: expireField(obj) };
  }
  return grant;
}
