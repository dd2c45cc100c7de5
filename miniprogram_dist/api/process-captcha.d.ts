import type { TransportResponse } from '../platform/types';
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
/** Captcha images are larger than other answers. */
export declare const MAX_CAPTCHA_BODY_CHARS: number;
/** Processes the answer of `GET /api/v2/sdk/captcha`. @throws {EiamError} */
export declare function processCaptchaResponse(res: TransportResponse, now: number): Captcha;
/** Processes the answer of `POST /api/v2/sdk/captcha/verify`: the `captcha_token`. @throws {EiamError} */
export declare function processCaptchaVerifyResponse(res: TransportResponse, now: number): string;
