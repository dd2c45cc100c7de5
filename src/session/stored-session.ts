import { asObject } from '../api/json-body';
import { safeJsonParse } from '../util/safe-json';
import { MAX_TOKEN_CHARS, tokenField } from '../api/session-grant';
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

/** The stored session, or `null` for anything missing, corrupt, of another version or of another owner. */
export function deserializeSession(text: unknown, owner: SessionOwner): Session | null {
  if (typeof text !== 'string' || text.length > 4 * MAX_TOKEN_CHARS) return null;
  try {
    const obj = asObject(safeJsonParse(text));
    const expiresAt = obj && obj.e;
    const mine = obj && obj.v === STORED_VERSION && obj.d === owner.domain && obj.c === owner.clientId;
    if (!mine || typeof expiresAt !== 'number' || !isFinite(expiresAt)) return null;
    // The tokens are checked as when they arrived: they go into header values.
    const idToken = tokenField(obj, 'i');
    return new Session(tokenField(obj, 's'), idToken, expiresAt, decodeIdToken(idToken));
  } catch {
    return null;
  }
}
