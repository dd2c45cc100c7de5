import { baseServerCode } from '../api/answer-error';
import { EiamError } from '../errors/eiam-error';
import { invalid, positiveMs } from './options';

export const MAX_SECRET_CHARS = 8 * 1024;
/** Printable ASCII without spaces: what may go into a header value. */
const HEADER_SAFE = /^[\x21-\x7e]+$/;
/** The longest timeout accepted: 10 minutes (timers overflow past 2^31 - 1 ms). */
const MAX_TIMEOUT_MS = 600000;

export const noop = (): undefined => undefined;

/** `value`, or throws `INVALID_ARGUMENT` naming it when it is empty or `null`. */
export function must<T>(value: T | null, name: string): T {
  if (!value) throw invalid(name);
  return value;
}

export function text(value: unknown, name: string, max: number): string {
  return must(typeof value === 'string' && value.length <= max ? value : null, name);
}

/** A non-empty, header-safe string of at most 256 characters, or throws `INVALID_ARGUMENT` naming it. */
export function headerText(value: unknown, name: string): string {
  return must(HEADER_SAFE.test(text(value, name, 256)) ? (value as string) : null, name);
}

/** A timeout in ms (default `fallback`), at most {@link MAX_TIMEOUT_MS}, or throws `INVALID_ARGUMENT` naming it. */
export function timeoutMs(value: unknown, fallback: number, name: string): number {
  const ms = positiveMs(value, fallback, name);
  return must(ms > MAX_TIMEOUT_MS ? null : ms, name);
}

/** A refusal with the NO_SESSION code: the session a call started with was signed out (or replaced) meanwhile. */
export function signedOutMeanwhile(): EiamError {
  return new EiamError('NO_SESSION', { detail: 'signed out meanwhile' });
}

/**
 * Whether the server refused the `<name>_token` its message names: `SDK.COMMON.1005`–`1007` (expired, parameter
 * error, parameter type error) in either naming scheme. A 1005–1007 about another parameter refuses nothing held.
 */
export function refuses(error: EiamError, name: 'state' | 'session'): boolean {
  return (
    error.code === 'API_ERROR' &&
    /^SDK\.COMMON\.100[5-7]$/.test(baseServerCode(error.serverCode)) &&
    new RegExp(name + '[_ ]?token', 'i').test(error.serverMessage || '')
  );
}

/** Runs `start`, turning a synchronous validation throw into a rejection. */
export function guard<T>(start: () => Promise<T>): Promise<T> {
  try {
    return start();
  } catch (error) {
    return Promise.reject(error);
  }
}
