import { EiamError, type EiamErrorInit } from '../errors/eiam-error';
import { retryAfterMs } from '../http/retry-after';
import type { TransportResponse } from '../platform/types';
import { refusalCode } from './answer-error';
import { asObject, invalidResponse, jsonBody } from './json-body';

/**
 * The JSON body of a successful (2xx) answer. Any other status, or a 2xx that carries an error envelope
 * (`{error_code, error_msg}`), throws: 429 is `RATE_LIMITED` (with `Retry-After`), 5xx is `SERVER_ERROR` whatever the
 * body, and the codes a page must react to get their own ({@link refusalCode}: `SERVER_ERROR` for `SDK.COMMON.1008`,
 * `NOT_BOUND`, `ACCOUNT_LOCKED`, `WRONG_PASSWORD`); anything else is `API_ERROR`. The server's code and message are
 * kept; no other body text is. Bodies over
 * `maxChars` (64 KiB unless said) are refused unread.
 */
export function okBody(res: TransportResponse, now: number, maxChars?: number): unknown {
  const status = res.statusCode;
  const ok = status > 199 && status < 300;
  let body: unknown;
  try {
    body = jsonBody(res.data, status, maxChars);
  } catch (error) {
    // The body of a failure is only read for its envelope; an unreadable one is no envelope.
    if (ok) throw error;
  }
  const obj: Record<string, unknown> = asObject(body) || {};
  const code = obj.error_code;
  const init: EiamErrorInit = { status };
  if (typeof code === 'string' && code) {
    init.serverCode = code.slice(0, 128);
    if (typeof obj.error_msg === 'string') init.serverMessage = obj.error_msg.slice(0, 200);
  } else if (ok) return body;
  if (status === 429) init.retryAfterMs = retryAfterMs(res.header, now);
  throw new EiamError(status === 429 ? 'RATE_LIMITED' : refusalCode(init), init);
}

/**
 * {@link okBody} as a JSON object.
 *
 * @throws {EiamError} `INVALID_RESPONSE` (`not an object`), or what {@link okBody} throws.
 */
export function okObject(res: TransportResponse, now: number, maxChars?: number): Record<string, unknown> {
  const obj = asObject(okBody(res, now, maxChars));
  if (!obj) throw invalidResponse('not an object', res.statusCode);
  return obj;
}
