import { EiamError } from '../errors/eiam-error';

/** Answers larger than this are refused before they are parsed. */
export const MAX_BODY_CHARS = 64 * 1024;

/** `JSON.parse` that drops `__proto__` keys, so no answer can reach a prototype. */
export function safeJsonParse(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (key === '__proto__' ? undefined : value));
}

/**
 * The body of an answer as a JSON value: raw text is size-checked and parsed; an empty body is `undefined`;
 * a value a custom transport already parsed is taken as it is.
 *
 * @throws {EiamError} `INVALID_RESPONSE` when the text is too large or not JSON.
 */
export function jsonBody(data: unknown, status: number, maxChars: number = MAX_BODY_CHARS): unknown {
  if (typeof data !== 'string') return data;
  if (data.length > maxChars) throw new EiamError('INVALID_RESPONSE', { status, detail: 'body too large' });
  if (data.trim() === '') return undefined;
  try {
    return safeJsonParse(data);
  } catch {
    throw new EiamError('INVALID_RESPONSE', { status, detail: 'body not JSON' });
  }
}

/** The value as a plain object, or `undefined`. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
