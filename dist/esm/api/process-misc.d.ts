import type { IdTokenClaims } from '../jwt/decode.js';
import type { TransportResponse } from '../platform/types.js';
import { type MobileFormat } from '../validate/mobile.js';
/**
 * @example
 * ```ts
 * processEmptyResponse(res, Date.now()); // throws unless 2xx
 * ```
 * Processes an answer whose success has no body (the code sends). A refusal whose message names the captcha
 * (`captcha`, `滑块` slider, `人机` human-machine check, `图形` graphic code: the `captcha_token` was missing, used or
 * expired) is `CAPTCHA_REQUIRED`: show the slider captcha and send again with its token.
 * @throws {EiamError} `CAPTCHA_REQUIRED`, the error of a non-2xx answer, or `API_ERROR` for a 2xx carrying an error
 * envelope.
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
/**
 * @example
 * ```ts
 * mfaWireMobile('+86-15201657124', 'national'); // '15201657124'
 * mfaWireMobile('+86-152****7124', 'national'); // '+86-152****7124'
 * ```
 * The MFA mobile from `mobile-by-token` as the send and MFA calls take it back: a full number in the client's
 * `format` (the vendor's MFA request examples send the national form), anything else (a masked number) exactly as
 * the server gave it.
 */
export declare function mfaWireMobile(mobile: string, format: MobileFormat): string;
/** A fresh id_token, and the session_token the answer carries (the same one, or a renewed one). */
export interface IdTokenGrant {
    idToken: string;
    claims: IdTokenClaims;
    /**
     * The answer's session_token and `expire`. The vendor always sends them: the same token when the tenant does not
     * renew sessions (its `expire` is then the configured lifetime, not the time left), a different one when it does.
     */
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
 * session_token (with its `expire`): only a different session_token is a renewal (see `refreshedExpiry`).
 * @throws {EiamError} `INVALID_RESPONSE`, or the error of a non-2xx answer.
 */
export declare function processIdTokenResponse(res: TransportResponse, now: number): IdTokenGrant;
