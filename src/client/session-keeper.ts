import { EiamError } from '../errors/eiam-error';
import type { Clock, SessionStorage } from '../platform/types';
import { Session } from '../session/session';
import { deserializeSession, serializeSession, type SessionOwner } from '../session/stored-session';
import type { Logger } from '../util/logger';
import { SingleFlight } from '../util/single-flight';
import { withTimeout } from '../util/with-timeout';
import { noop } from './checks';
import type { SessionChangeReason, SessionListener } from './options';

const TIMED_OUT = {};

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
export class SessionKeeper {
  /** `undefined` until storage has been read. */
  private current: Session | null | undefined;
  private generation = 0;
  /** Whether the last session ended by expiring (or by the server refusing it), rather than by a sign-out. */
  private expired = false;
  private writes: Promise<void> = Promise.resolve();
  /** Writes are numbered; `landed` is the newest that has landed, `newest` writes the newest change again. */
  private count = 0;
  private landed = 0;
  private newest: () => unknown = noop;
  private readonly flights = new SingleFlight();
  private readonly listeners: SessionListener[] = [];

  constructor(private readonly config: KeeperConfig) {}

  /**
   * The session if it is still usable; an expired one is cleared (listeners hear `EXPIRED`). With `strict`, rejects
   * instead of resolving `null`: `SESSION_EXPIRED` when the last session ended by expiring, else `NO_SESSION`.
   */
  get(strict?: boolean, via: Via = this.config): Promise<Session | null> {
    return this.current === undefined
      ? this.flights.run('load', () => this.load(via)).then(() => this.check(strict, via))
      : this.check(strict, via);
  }

  /** The session held in memory right now, without reading storage or checking expiry. */
  peek(): Session | null | undefined {
    return this.current;
  }

  /**
   * Replaces the session and persists it, or with `null` signs out: forgets the session and removes it from storage.
   * Listeners hear it once. Resolves once storage has been written (or failed).
   */
  set(session: Session | null, reason: SessionChangeReason, via: Via = this.config): Promise<void> {
    const before = this.current;
    const { logger } = via;
    this.generation++;
    this.current = session;
    this.expired = !session && reason === 'EXPIRED';
    this.held();
    return this.persist(session, via).then((storageError) => {
      logger.debug(`session ${reason}`);
      // Signed out from signed out: no event. From a state not read yet (`undefined`) there is one: storage may have
      // held a session from an earlier run, and a listener clearing the app's own state must not miss it.
      if (session === null && before === null) return;
      const info = storageError ? { reason, storageError } : { reason };
      for (const listener of this.listeners.slice()) {
        try {
          listener(session, info);
        } catch {
          logger.debug('listener threw');
        }
      }
    });
  }

  /** Adds a listener; the returned function removes it. */
  subscribe(listener: SessionListener): () => void {
    this.listeners.push(listener);
    return () => {
      const index = this.listeners.indexOf(listener);
      if (index >= 0) this.listeners.splice(index, 1);
    };
  }

  private held(): void {
    this.config.hold(!!this.current);
  }

  /** The held session if still usable; else, after clearing an expired one, `null` or (`strict`) the rejection. */
  private check(strict: boolean | undefined, via: Via): Promise<Session | null> {
    const session = this.current;
    if (session && this.config.clock.now() < session.expiresAt) return Promise.resolve(session);
    return (session ? this.set(null, 'EXPIRED', via) : Promise.resolve()).then(() => {
      if (strict) throw new EiamError(this.expired ? 'SESSION_EXPIRED' : 'NO_SESSION');
      return null;
    });
  }

  private load(via: Via): Promise<void> {
    const { storage, storageKey } = this.config;
    const { timeoutMs, logger } = via;
    const generation = this.generation;
    return withTimeout(
      Promise.resolve().then(() => storage.get(storageKey)),
      timeoutMs,
      () => TIMED_OUT,
    ).then(
      (text) =>
        this.loaded(
          generation,
          text === null ? null : deserializeSession(text, this.config),
          text !== null,
          via,
        ),
      (error) => {
        // Slow storage is not corrupt storage: signed out for this call, read again on the next one.
        if (error === TIMED_OUT) logger.debug('session read timed out');
        else this.loaded(generation, null, true, via);
      },
    );
  }

  /** Takes what storage held (`stored`: whether it held anything) unless a change came first; removes what is unreadable. */
  private loaded(generation: number, session: Session | null, stored: boolean, via: Via): void {
    if (generation !== this.generation) return;
    this.current = session;
    this.held();
    if (stored && !session) {
      via.logger.debug('stored session unreadable');
      void this.persist(null, via);
    }
  }

  /**
   * Queues the write of `session` (or its removal) after the earlier ones, and resolves with the error, if any, within
   * the timeout. The queue waits for an earlier write only until that write's own deadline, so one that never answers
   * holds the next back for less than the timeout, and a write that then lands in time is no error; should the stuck
   * one land after a newer one after all, the newest change is written again.
   */
  private persist(session: Session | null, via: Via): Promise<EiamError | undefined> {
    const { storage, storageKey } = this.config;
    const { timeoutMs } = via;
    const n = ++this.count;
    const write = (): Promise<unknown> =>
      (session
        ? storage.set(storageKey, serializeSession(session, this.config))
        : // A key that cannot be removed is overwritten with a value that reads as signed out.
          storage.remove(storageKey).catch(() => storage.set(storageKey, ''))
      ).then(() => (n < this.landed ? this.newest() : (this.landed = n)));
    this.newest = write;
    const done = withTimeout(this.writes.then(write), timeoutMs, () => TIMED_OUT);
    this.writes = done.then(noop, noop);
    return done.then(noop, () => new EiamError('STORAGE_ERROR'));
  }
}
