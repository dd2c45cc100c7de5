import type { TransportResponse } from '../platform/types.js';
/**
 * The JSON body of a successful (2xx) answer. Any other status, or a 2xx that carries an error envelope
 * (`{error_code, error_msg}`), throws: 429 is `RATE_LIMITED` (with `Retry-After`), 5xx is `SERVER_ERROR` whatever the
 * body, and the codes a page must react to get their own ({@link refusalCode}: `SERVER_ERROR` for `SDK.COMMON.1008`,
 * `NOT_BOUND`, `ACCOUNT_LOCKED`, `WRONG_PASSWORD`); anything else is `API_ERROR`. The server's code and message are
 * kept; no other body text is. Bodies over
 * `maxChars` (64 KiB unless said) are refused unread.
 */
export declare function okBody(res: TransportResponse, now: number, maxChars?: number): unknown;
/**
 * {@link okBody} as a JSON object.
 *
 * @throws {EiamError} `INVALID_RESPONSE` (`not an object`), or what {@link okBody} throws.
 */
export declare function okObject(res: TransportResponse, now: number, maxChars?: number): Record<string, unknown>;
