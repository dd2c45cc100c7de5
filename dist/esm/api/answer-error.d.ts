import type { EiamErrorCode } from '../errors/codes.js';
import type { EiamError, EiamErrorInit } from '../errors/eiam-error.js';
/** The server code without the newer `IDAAS.` prefix, so both naming schemes compare equal. */
export declare function baseServerCode(code: string | undefined): string;
/**
 * The SDK's code for a refusal that is not a 429, from its HTTP status and the server's code (either naming
 * scheme); fills in `attemptsLeft` and `retryAfterMs` from the server's message where it says them.
 *
 * - 5xx, and `SDK.COMMON.1008` (system busy) whatever the status: `SERVER_ERROR`;
 * - `SDK.LOGIN.1002` (user not bound): `NOT_BOUND`;
 * - `SDK.LOGIN.1003` (locked after too many failures, "unlocks in {0} min {1} s"): `ACCOUNT_LOCKED`, with
 *   `retryAfterMs` when the message gives minutes or seconds (`min`/`分`, `s`/`秒`);
 * - `SDK.LOGIN.1005` (wrong password, "剩余登录尝试次数:N"): `WRONG_PASSWORD`, with `attemptsLeft` when the message
 *   gives it (`次数:N`, or `N attempts`);
 * - anything else, unknown codes included: `API_ERROR`.
 */
export declare function refusalCode(init: EiamErrorInit): EiamErrorCode;
/**
 * Whether a refresh's refusal ends the session: HTTP 401, `SDK.COMMON.1013` (user not found) or `SDK.PARAM.0023`
 * (session_token invalid or expired), in either naming scheme. Network errors, 5xx and 429 never do.
 */
export declare function endsSession(error: EiamError): boolean;
