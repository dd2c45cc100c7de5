import type { Clock, SessionStorage } from '../platform/types';
import { Session } from '../session/session';
import { type SessionOwner } from '../session/stored-session';
import type { Logger } from '../util/logger';
import type { SessionChangeReason, SessionListener } from './options';
/** Whose timeout and debug log a storage call runs with: the client that made the call. */
export interface Via {
    timeoutMs: number;
    logger: Logger;
}
/**
 * What the keeper needs from the shared session; the domain and client id own the stored session. `timeoutMs` and
 * `logger` serve calls that name no client.
 */
export interface KeeperConfig extends SessionOwner, Via {
    storageKey: string;
    storage: SessionStorage;
    clock: Clock;
    /** Told whether a session is held, after each change and after the first storage read. */
    hold: (held: boolean) => void;
}
/**
 * Holds the session in memory and in storage, and tells listeners about every change.
 *
 * Every change bumps a generation; a storage read that started before a change is discarded, and storage writes run
 * one after the other in the order of the changes (a write that never answers holds the next one back for at most
 * the timeout), so storage always ends up holding what memory holds.
 */
export declare class SessionKeeper {
    private readonly config;
    /** `undefined` until storage has been read. */
    private current;
    private generation;
    /** Whether the last session ended by expiring (or by the server refusing it), rather than by a sign-out. */
    private expired;
    private writes;
    /** Writes are numbered; `landed` is the newest that has landed, `newest` writes the newest change again. */
    private count;
    private landed;
    private newest;
    private readonly flights;
    private readonly listeners;
    constructor(config: KeeperConfig);
    /**
     * The session if it is still usable; an expired one is cleared (listeners hear `EXPIRED`). With `strict`, rejects
     * instead of resolving `null`: `SESSION_EXPIRED` when the last session ended by expiring, else `NO_SESSION`.
     */
    get(strict?: boolean, via?: Via): Promise<Session | null>;
    /** The session held in memory right now, without reading storage or checking expiry. */
    peek(): Session | null | undefined;
    /**
     * Replaces the session and persists it, or with `null` signs out: forgets the session and removes it from storage.
     * Listeners hear it once. Resolves once storage has been written (or failed).
     */
    set(session: Session | null, reason: SessionChangeReason, via?: Via): Promise<void>;
    /** Adds a listener; the returned function removes it. */
    subscribe(listener: SessionListener): () => void;
    private held;
    /** The held session if still usable; else, after clearing an expired one, `null` or (`strict`) the rejection. */
    private check;
    private load;
    /** Takes what storage held (`stored`: whether it held anything) unless a change came first; removes what is unreadable. */
    private loaded;
    /**
     * Queues the write of `session` (or its removal) after the earlier ones, and resolves with the error, if any, within
     * the timeout. The queue waits for an earlier write only until that write's own deadline, so one that never answers
     * holds the next back for less than the timeout, and a write that then lands in time is no error; should the stuck
     * one land after a newer one after all, the newest change is written again.
     */
    private persist;
}
