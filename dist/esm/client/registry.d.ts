import type { SessionStorage } from '../platform/types.js';
import type { Via } from './session-keeper.js';
import { SharedSession, type SessionSettings } from './shared-session.js';
/** What a client asks of its session; the per-session options are `undefined` when left out. */
export interface SessionQuery extends Partial<SessionSettings> {
    domain: string;
    clientId: string;
    storageKey: string;
    storage: SessionStorage | undefined;
}
/**
 * The session that clients with this domain, client id and storage key share in this app, created on first use, and
 * the device fingerprint. A per-session option a client gives must equal the session's (the same value, or the same
 * seam object); leaving it out takes the session's.
 *
 * @throws {EiamError} `INVALID_ARGUMENT` naming the per-session option that differs, or `storageKey` when another
 * domain or client id already keeps its session under that key in this app.
 */
export declare function sharedSession(q: SessionQuery, via: Via): {
    s: SharedSession;
    fingerprint: () => Promise<string>;
};
