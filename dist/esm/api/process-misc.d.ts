import type { IdTokenClaims } from '../jwt/decode.js';
import type { TransportResponse } from '../platform/types.js';
/**
 * @example
 * ```ts
 * processEmptyResponse(res, Date.now()); // throws unless 2xx
 * ```
 * Processes an answer whose success has no body (the code sends).
 * @throws {EiamError} the error of a non-2xx answer, or `API_ERROR` for a 2xx carrying an error envelope.
 */
export declare function processEmptyResponse(res: TransportResponse, now: number): void;
/**
 * @example
 * ```ts
 * processMfaMobileResponse(res, Date.now()); // '+86-13800138000'
 * ```
 * Processes the answer of `GET /api/v2/sdk/mobile-by-token`: the user's mobile as the server writes it.
 * @throws {EiamError} `INVALID_RESPONSE`, or the error of a non-2xx answer.
 */
export declare function processMfaMobileResponse(res: TransportResponse, now: number): string;
/** A fresh id_token, and the renewed session_token when the server renewed it. */
export interface IdTokenGrant {
    idToken: string;
    claims: IdTokenClaims;
    renewed?: {
        sessionToken: string;
        expireSeconds: number;
    };
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
export declare function processIdTokenResponse(res: TransportResponse, now: number): IdTokenGrant;
