import type { TransportResponse } from '../platform/types.js';
/** A slider captcha puzzle. */
export interface Captcha {
    /** Identifies this puzzle in {@link EiamClient.verifyCaptcha}. */
    token: string;
    /** The background with the hole, base64 (no `data:` prefix). */
    originalImageBase64: string;
    /** The piece to drag, base64. */
    jigsawImageBase64: string;
    /** The vendor's key for encrypted points; empty when points are sent in clear. */
    secretKey: string;
}
/**
 * @example
 * ```ts
 * const { token, originalImageBase64 } = processCaptchaResponse(res, Date.now());
 * ```
 * Processes the answer of `GET /api/v2/sdk/captcha` (flat, or inside AJ-Captcha's `repData`); answers up to 1 MiB.
 * @throws {EiamError} `INVALID_RESPONSE` naming the bad field, or the error of a non-2xx answer.
 */
export declare function processCaptchaResponse(res: TransportResponse, now: number): Captcha;
/**
 * @example
 * ```ts
 * const captchaToken = processCaptchaVerifyResponse(res, Date.now());
 * ```
 * Processes the answer of `POST /api/v2/sdk/captcha/verify`: the `captcha_token`.
 * @throws {EiamError} `INVALID_RESPONSE`, or the error of a non-2xx answer (a wrong position is an `API_ERROR`).
 */
export declare function processCaptchaVerifyResponse(res: TransportResponse, now: number): string;
