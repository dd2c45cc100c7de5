import { Session } from './session.js';
/** The stored shape's version; another version reads as signed out. */
export declare const STORED_VERSION = 1;
/** Who the stored session belongs to: a different tenant or client reads as signed out. */
export interface SessionOwner {
    domain: string;
    clientId: string;
}
/** The one stored value: `{v, d, c, s, i, e}`. Nothing else is stored, no state token, no code. */
export declare function serializeSession(session: Session, owner: SessionOwner): string;
/** The stored session, or `null` for anything missing, corrupt, of another version or of another owner. */
export declare function deserializeSession(text: unknown, owner: SessionOwner): Session | null;
