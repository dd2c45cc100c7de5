import { idTokenFresh, usableUntil } from '../session/margin.js';
import { Session } from '../session/session.js';
import { SingleFlight } from '../util/single-flight.js';
import { noop } from './checks.js';
import { cooldown } from './cooldown.js';
import { SessionKeeper } from './session-keeper.js';
const DEVICE_FIELDS = 'system platform brand model wechatVersion sdkVersion language'.split(' ');
function readDeviceSafely(provider) {
    let info;
    try {
        info = provider.read();
    }
    catch (_a) {
    }
    const out = {};
    for (const key of DEVICE_FIELDS) {
        const value = info && info[key];
        out[key] = typeof value === 'string' ? value : '';
    }
    return out;
}
class SharedSession {
    constructor(settings, owner, storageKey, makeStorage, via, renew) {
        this.settings = settings;
        this.renew = renew;
        this.flights = new SingleFlight();
        this.epoch = 0;
        this.stateToken = null;
        this.server = { skew: 0 };
        this.readDevice = () => this.device || (this.device = readDeviceSafely(settings.deviceInfo));
        this.storage = makeStorage(this.readDevice);
        this.cooldown = cooldown(settings.codeCooldownMs, () => settings.clock.now());
        this.keeper = new SessionKeeper({
            domain: owner.domain,
            clientId: owner.clientId,
            storageKey,
            storage: this.storage,
            clock: settings.clock,
            timeoutMs: via.timeoutMs,
            logger: via.logger,
            hold: (held) => this.hold(held),
        });
    }
    fresh(session) {
        return idTokenFresh(session.claims, this.settings.clock.now() + this.server.skew);
    }
    signIn(grant, via) {
        const until = usableUntil(this.settings.clock.now(), grant.expireSeconds * 1000);
        return this.keep(new Session(grant.sessionToken, grant.idToken, until, grant.claims), 'SIGNED_IN', via);
    }
    keep(session, reason, via) {
        return this.keeper.set(session, reason, via).then(() => session);
    }
    endFlow() {
        this.epoch++;
        this.stateToken = null;
        this.mfaMobile = undefined;
    }
    hold(held) {
        const off = this.offApp;
        try {
            if (held && !off) {
                this.offApp = this.settings.appLifecycle.subscribe(() => {
                    const session = this.keeper.peek();
                    if (session && !this.fresh(session))
                        this.renew(this.latest).catch(noop);
                }, noop);
            }
            else if (!held && off) {
                this.offApp = undefined;
                off();
            }
        }
        catch (_a) {
        }
    }
}
export { SharedSession };
