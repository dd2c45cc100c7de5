import { decodeIdToken, type IdTokenClaims } from '../jwt/decode';
import { invalidResponse } from './json-body';

/** Tokens longer than this are refused before they are decoded or stored. */
export const MAX_TOKEN_CHARS = 8 * 1024;
/** The longest session lifetime accepted, in seconds (about 3 years). */
const MAX_EXPIRE_SECONDS = 1e8;

/** A session as the server granted it, before it is placed on the local clock. */
export interface SessionGrant {
  sessionToken: string;
  idToken: string;
  /** Lifetime of the session_token in seconds, from the moment the answer arrived. */
  expireSeconds: number;
  claims: IdTokenClaims;
}

/**
 * The field, trimmed (the vendor's examples write `" eyJ…"`), as a non-empty string of at most
 * {@link MAX_TOKEN_CHARS} printable ASCII characters without spaces (tokens go into header values), or throws
 * `INVALID_RESPONSE` naming the field.
 */
export function tokenField(obj: Record<string, unknown>, field: string): string {
  const raw = obj[field];
  const value = typeof raw === 'string' ? raw.trim() : '';
  if (value.length > MAX_TOKEN_CHARS || !/^[\x21-\x7e]+$/.test(value)) throw invalidResponse(field);
  return value;
}

/** `expire` as a finite number of seconds > 0, or throws `INVALID_RESPONSE`. */
export function expireField(obj: Record<string, unknown>): number {
  const value = obj.expire;
  if (typeof value !== 'number' || !(value > 0) || value > MAX_EXPIRE_SECONDS)
    throw invalidResponse('expire');
  return value;
}

/** The id_token's claims; a malformed id_token from the server is an `INVALID_RESPONSE`. */
export function idTokenClaims(idToken: string): IdTokenClaims {
  try {
    return decodeIdToken(idToken);
  } catch {
    throw invalidResponse('id_token');
  }
}

/**
 * `{session_token, expire, id_token}` of an answer's JSON object, checked field by field.
 *
 * @throws {EiamError} `INVALID_RESPONSE` naming the first bad field.
 */
export function parseSessionGrant(obj: Record<string, unknown>): SessionGrant {
  const sessionToken = tokenField(obj, 'session_token');
  const expireSeconds = expireField(obj);
  const idToken = tokenField(obj, 'id_token');
  return { sessionToken, idToken, expireSeconds, claims: idTokenClaims(idToken) };
}
