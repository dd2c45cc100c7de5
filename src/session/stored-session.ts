import { asObject, safeJsonParse } from '../api/json-body';
import { MAX_TOKEN_CHARS } from '../api/session-grant';
import { decodeIdToken } from '../jwt/decode';
import { Session } from './session';

/** The stored shape's version; another version reads as signed out. */
export const STORED_VERSION = 1;

/** Who the stored session belongs to: a different tenant or client reads as signed out. */
export interface SessionOwner {
  domain: string;
  clientId: string;
}

/** The one stored value: `{v, d, c, s, i, e}`. Nothing else is stored, no state token, no code. */
export function serializeSession(session: Session, owner: SessionOwner): string {
  return JSON.stringify({
    v: STORED_VERSION,
    d: owner.domain,
    c: owner.clientId,
    s: session.sessionToken,
    i: session.idToken,
    e: session.expiresAt,
  });
}

function token(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' && value.length <= MAX_TOKEN_CHARS ? value : undefined;
}

/** The stored session, or `null` for anything missing, corrupt, of another version or of another owner. */
export function deserializeSession(text: unknown, owner: SessionOwner): Session | null {
  if (typeof text !== 'string' || text.length > 4 * MAX_TOKEN_CHARS) return null;
  let value: unknown;
  try {
    value = safeJsonParse(text);
  } catch {
    return null;
  }
  const obj = asObject(value);
  if (!obj || obj.v !== STORED_VERSION || obj.d !== owner.domain || obj.c !== owner.clientId) return null;
  const sessionToken = token(obj.s);
  const idToken = token(obj.i);
  const expiresAt = obj.e;
  if (!sessionToken || !idToken || typeof expiresAt !== 'number' || !isFinite(expiresAt)) return null;
  try {
    return new Session(sessionToken, idToken, expiresAt, decodeIdToken(idToken));
  } catch {
    return null;
  }
}
