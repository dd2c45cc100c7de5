import { EiamError } from '../errors/eiam-error';
import { safeJsonParse } from '../util/safe-json';

/** An `INVALID_RESPONSE` error for an answer (status 200 unless said), naming what is wrong with it. */
export function invalidResponse(detail: string, status: number = 200): EiamError {
  return new EiamError('INVALID_RESPONSE', { status, detail });
}

/**
 * The body of an answer as a JSON value: raw text is size-checked (64 KiB unless said) and parsed; an empty body is
 * `undefined`; a value a custom transport already parsed is taken as it is.
 *
 * @throws {EiamError} `INVALID_RESPONSE` when the text is too large or not JSON.
 */
export function jsonBody(data: unknown, status: number, maxChars: number = 64 * 1024): unknown {
  if (typeof data !== 'string') return data;
  if (data.length > maxChars) throw invalidResponse('body too large', status);
  try {
    return data.trim() ? safeJsonParse(data) : undefined;
  } catch {
    throw invalidResponse('body not JSON', status);
  }
}

/** The value as a plain object, or `undefined`. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
