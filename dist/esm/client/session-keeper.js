import { EiamError } from '../errors/eiam-error.js';
import { deserializeSession, serializeSession } from '../session/stored-session.js';
import { SingleFlight } from '../util/single-flight.js';
import { withTimeout } from '../util/with-timeout.js';
import { noop } from './checks.js';
const TIMED_OUT = {};
class SessionKeeper {
    constructor(config) {
        this.config = config;
        this.generation = 0;
        this.expired = false;
        this.writes = Promise.resolve();
        this.count = 0;
        this.landed = 0;
        this.newest = noop;
        this.flights = new SingleFlight();
        this.listeners = [];
    }
    get(strict, via = this.config) {
        return this.current === undefined
            ? this.flights.run('load', () => this.load(via)).then(() => this.check(strict, via))
            : this.check(strict, via);
    }
    peek() {
        return this.current;
    }
    set(session, reason, via = this.config) {
        const before = this.current;
        const { logger } = via;
        this.generation++;
        this.current = session;
        this.expired = !session && reason === 'EXPIRED';
        this.held();
        return this.persist(session, via).then((storageError) => {
            logger.debug(`session ${reason}`);
            if (session === null && before === null)
                return;
            const info = storageError ? { reason, storageError } : { reason };
            for (const listener of this.listeners.slice()) {
                try {
                    listener(session, info);
                }
                catch (_a) {
                    logger.debug('listener threw');
                }
            }
        });
    }
    subscribe(listener) {
        this.listeners.push(listener);
        return () => {
            const index = this.listeners.indexOf(listener);
            if (index >= 0)
                this.listeners.splice(index, 1);
        };
    }
    held() {
        this.config.hold(!!this.current);
    }
    check(strict, via) {
        const session = this.current;
        if (session && this.config.clock.now() < session.expiresAt)
            return Promise.resolve(session);
        return (session ? this.set(null, 'EXPIRED', via) : Promise.resolve()).then(() => {
            if (strict)
                throw new EiamError(this.expired ? 'SESSION_EXPIRED' : 'NO_SESSION');
            return null;
        });
    }
    load(via) {
        const { storage, storageKey } = this.config;
        const { timeoutMs, logger } = via;
        const generation = this.generation;
        return withTimeout(Promise.resolve().then(() => storage.get(storageKey)), timeoutMs, () => TIMED_OUT).then((text) => this.loaded(generation, text === null ? null : deserializeSession(text, this.config), text !== null, via), (error) => {
            if (error === TIMED_OUT)
                logger.debug('session read timed out');
            else
                this.loaded(generation, null, true, via);
        });
    }
    loaded(generation, session, stored, via) {
        if (generation !== this.generation)
            return;
        this.current = session;
        this.held();
        if (stored && !session) {
            via.logger.debug('stored session unreadable');
            void this.persist(null, via);
        }
    }
    persist(session, via) {
        const { storage, storageKey } = this.config;
        const { timeoutMs } = via;
        const n = ++this.count;
        const write = () => (session
            ? storage.set(storageKey, serializeSession(session, this.config))
            :
                storage.remove(storageKey).catch(() => storage.set(storageKey, ''))).then(() => (n < this.landed ? this.newest() : (this.landed = n)));
        this.newest = write;
        const done = withTimeout(this.writes.then(write), timeoutMs, () => TIMED_OUT);
        this.writes = done.then(noop, noop);
        return done.then(noop, () => new EiamError('STORAGE_ERROR'));
    }
}
export { SessionKeeper };
