import type { TransportResponse } from '../platform/types';
import { asObject, invalidResponse } from './json-body';
import { okObject } from './ok-body';
import { tokenField } from './session-grant';

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

/** A non-empty image of at most 512 KiB, without its `data:` prefix, or throws `INVALID_RESPONSE` naming the field. */
function image(obj: Record<string, unknown>, field: string): string {
  const value = obj[field];
  if (typeof value !== 'string' || !value || value.length > 512 * 1024) throw invalidResponse(field);
  return value.replace(/^data:image\/\w+;base64,/, '');
}

/**
 * The fields of a captcha answer (up to 1 MiB: captcha images are larger than other answers), flat or inside
 * AJ-Captcha's `repData`.
 */
function fields(res: TransportResponse, now: number): Record<string, unknown> {
  const obj = okObject(res, now, 1024 * 1024);
  return asObject(obj.repData) || obj;
}

/**
 * @example
 * ```ts
 * const { token, originalImageBase64 } = processCaptchaResponse(res, Date.now());
 * ```
 * Processes the answer of `GET /api/v2/sdk/captcha` (flat, or inside AJ-Captcha's `repData`); answers up to 1 MiB.
 * @throws {EiamError} `INVALID_RESPONSE` naming the bad field, or the error of a non-2xx answer.
 */
export function processCaptchaResponse(res: TransportResponse, now: number): Captcha {
  const obj = fields(res, now);
  return {
    token: tokenField(obj, 'token'),
    originalImageBase64: image(obj, 'originalImageBase64'),
    jigsawImageBase64: image(obj, 'jigsawImageBase64'),
    secretKey: typeof obj.secretKey === 'string' ? obj.secretKey : '',
  };
}

/**
 * @example
 * ```ts
 * const captchaToken = processCaptchaVerifyResponse(res, Date.now());
 * ```
 * Processes the answer of `POST /api/v2/sdk/captcha/verify`: the `captcha_token`.
 * @throws {EiamError} `INVALID_RESPONSE`, or the error of a non-2xx answer (a wrong position is an `API_ERROR`).
 */
export function processCaptchaVerifyResponse(res: TransportResponse, now: number): string {
  return tokenField(fields(res, now), 'captcha_token');
}
