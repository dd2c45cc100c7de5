import { EiamError } from '../errors/eiam-error';
import { retryAfterMs } from '../http/retry-after';
import type { TransportResponse } from '../platform/types';
import { asObject, safeJsonParse, MAX_BODY_CHARS } from './json-body';

const MAX_SERVER_MESSAGE = 200;

/** The server's `{error_code, error_msg}` envelope, if the body is one. */
export function errorEnvelope(body: unknown): { code: string; message?: string } | undefined {
  const obj = asObject(body);
  if (!obj || typeof obj.error_code !== 'string' || obj.error_code === '') return undefined;
  const code = obj.error_code.slice(0, 128);
  const message = typeof obj.error_msg === 'string' ? obj.error_msg.slice(0, MAX_SERVER_MESSAGE) : undefined;
  return message === undefined ? { code } : { code, message };
}

function lenientBody(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  if (data.length > MAX_BODY_CHARS) return undefined;
  try {
    return safeJsonParse(data);
  } catch {
    return undefined;
  }
}

/**
 * The error for an answer that is not a success: 429 is `RATE_LIMITED` (with `Retry-After`), 5xx is `SERVER_ERROR`
 * whatever the body, any other status is `API_ERROR`. The server's code and message are kept when the body is an
 * error envelope; no other body text is.
 */
export function errorFromAnswer(res: TransportResponse, now: number): EiamError {
  const envelope = errorEnvelope(lenientBody(res.data));
  const init = {
    status: res.statusCode,
    serverCode: envelope && envelope.code,
    serverMessage: envelope && envelope.message,
  };
  if (res.statusCode === 429)
    return new EiamError('RATE_LIMITED', { ...init, retryAfterMs: retryAfterMs(res.header, now) });
  if (res.statusCode >= 500) return new EiamError('SERVER_ERROR', init);
  if (!envelope) return new EiamError('API_ERROR', { status: res.statusCode, detail: 'no error envelope' });
  return new EiamError('API_ERROR', init);
}

/** The server code without the newer `IDAAS.` prefix, so both naming schemes compare equal. */
export function baseServerCode(code: string | undefined): string {
  return (code || '').replace(/^IDAAS\./i, '').toUpperCase();
}
