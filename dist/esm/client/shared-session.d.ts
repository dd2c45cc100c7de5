import type { SessionGrant } from '../api/session-grant.js';
import type { AppLifecycle, Clock, DeviceInfo, DeviceInfoProvider, SessionStorage } from '../platform/types.js';
import { Session } from '../session/session.js';
import type { SessionOwner } from '../session/stored-session.js';
import type { MobileFormat } from '../validate/mobile.js';
import { SingleFlight } from '../util/single-flight.js';
import type { ClientCore } from './core.js';
import { type Cooldown } from './cooldown.js';
import { SessionKeeper, type Via } from './session-keeper.js';
/** The per-session options: the first client's, or the defaults. See the README's table. */
export interface SessionSettings {
    clock: Clock;
    deviceInfo: DeviceInfoProvider;
    appLifecycle: AppLifecycle;
    codeCooldownMs: number;
    mobileFormat: MobileFormat;
}
/**
 * What every client of one domain, client id and storage key in an app shares: the session keeper (the session, its
 * storage and the listeners), the state token of a sign-in flow, the in-flight calls, the logout epoch, the code
 * cool-downs, the server's clock skew, the device info and one app show/hide subscription. Clients are handles on it.
 */
export declare class SharedSession {
    readonly settings: SessionSettings;
    /** Refreshes a stale id_token through a client (`getIdToken`). */
    private readonly renew;
    readonly flights: SingleFlight;
    /**
     * Bumped by `logout()`: calls in flight from before it neither sign in nor hold a state token, and calls after it
     * never share their in-flight promise (the keys of `login`, `refresh` and `id` carry it).
     */
    epoch: number;
    stateToken: string | null;
    mfaMobile: string | undefined;
    readonly server: {
        skew: number;
    };
    readonly keeper: SessionKeeper;
    readonly cooldown: Cooldown;
    readonly readDevice: () => DeviceInfo;
    /** Where the session (and the device fingerprint) is stored. */
    readonly storage: SessionStorage;
    /** The newest client: a background refresh on app show runs through it (its transport, timeout and log). */
    latest: ClientCore;
    private device;
    /** Stops the app show/hide listeners; set while a session is held. */
    private offApp;
    constructor(settings: SessionSettings, owner: SessionOwner, storageKey: string, makeStorage: (readDevice: () => DeviceInfo) => SessionStorage, via: Via, 
    /** Refreshes a stale id_token through a client (`getIdToken`). */
    renew: (client: ClientCore) => Promise<unknown>);
    fresh(session: Session): boolean;
    /** Signs in with `grant`: its session_token is used until {@link usableUntil} on the local clock. */
    signIn(grant: SessionGrant, via: Via): Promise<Session>;
    /** Stores `session` as the current one; resolves with it once written. */
    keep(session: Session, reason: 'SIGNED_IN' | 'REFRESHED', via: Via): Promise<Session>;
    /** Ends a sign-in flow for every client: the epoch moves on, the state token is dropped. */
    endFlow(): void;
    /**
     * Listens to app show/hide while a session is held, once for all the clients: on show, a stale id_token is
     * refreshed in the background (one refresh, shared with any client asking meanwhile).
     */
    private hold;
}
