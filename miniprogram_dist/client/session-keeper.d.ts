import type { Clock, SessionStorage } from '../platform/types';
import { Session } from '../session/session';
import { type SessionOwner } from '../session/stored-session';
import type { Logger } from '../util/logger';
import type { SessionChangeReason, SessionListener } from './options';
/** What the keeper needs from the client. */
export interface KeeperConfig {
    owner: SessionOwner;
    storageKey: string;
    storage: SessionStorage;
    clock: Clock;
    timeoutMs: number;
    logger: Logger;
}
/**
 * Holds the session in memory and in storage, and tells listeners about every change.
 *
 * Every change bumps a generation; a storage read that started before a change is discarded, and storage writes run
 * one after the other in the order of the changes, so storage always ends up holding what memory holds.
 */
export declare class SessionKeeper {
    private readonly config;
    /** `undefined` until storage has been read. */
    private current;
    private generation;
    private writes;
    private readonly flights;
    private readonly listeners;
    constructor(config: KeeperConfig);
    /** The session if it is still usable; an expired one is cleared (listeners hear `EXPIRED`). */
    get(): Promise<Session | null>;
    /** The session held in memory right now, without reading storage or checking expiry. */
    peek(): Session | null | undefined;
    /** Replaces the session and persists it. Resolves once storage has been written (or failed). */
    set(session: Session, reason: SessionChangeReason): Promise<void>;
    /** Signs out: forgets the session and removes it from storage. Listeners hear it once. */
    clear(reason: SessionChangeReason): Promise<void>;
    /** Adds a listener; the returned function removes it. */
    subscribe(listener: SessionListener): () => void;
    private load;
    private change;
    /**
     * Queues the write of `session` (or its removal) after the earlier ones, and resolves with the error, if any, within
     * the timeout. The queue itself waits for each real write, even one the caller stopped waiting for, so a late write
     * can never land after a newer one.
     */
    private persist;
}
