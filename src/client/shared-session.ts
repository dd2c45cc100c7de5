import type { SessionGrant } from '../api/session-grant';
import type { AppLifecycle, Clock, DeviceInfo, DeviceInfoProvider, SessionStorage } from '../platform/types';
import { idTokenFresh, usableUntil } from '../session/margin';
import { Session } from '../session/session';
import type { SessionOwner } from '../session/stored-session';
import type { MobileFormat } from '../validate/mobile';
import { SingleFlight } from '../util/single-flight';
import { noop } from './checks';
import type { ClientCore } from './core';
import { cooldown, type Cooldown } from './cooldown';
import { SessionKeeper, type Via } from './session-keeper';

const DEVICE_FIELDS = 'system platform brand model wechatVersion sdkVersion language'.split(' ');

/** The device info, `''` for each field that is not a string or when the provider throws: headers then say 'unknown'. */
function readDeviceSafely(provider: DeviceInfoProvider): DeviceInfo {
  let info: Record<string, unknown> | undefined;
  try {
    info = provider.read() as unknown as Record<string, unknown>;
  } catch {
    // every field empty
  }
  const out: Record<string, string> = {};
  for (const key of DEVICE_FIELDS) {
    const value = info && info[key];
    out[key] = typeof value === 'string' ? value : '';
  }
  return out as unknown as DeviceInfo;
}

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
export class SharedSession {
  readonly flights = new SingleFlight();
  /**
   * Bumped by `logout()`: calls in flight from before it neither sign in nor hold a state token, and calls after it
   * never share their in-flight promise (the keys of `login`, `refresh` and `id` carry it).
   */
  epoch = 0;
  stateToken: string | null = null;
  mfaMobile: string | undefined;
  readonly server = { skew: 0 };
  readonly keeper: SessionKeeper;
  readonly cooldown: Cooldown;
  readonly readDevice: () => DeviceInfo;
  /** Where the session (and the device fingerprint) is stored. */
  readonly storage: SessionStorage;
  /** The newest client: a background refresh on app show runs through it (its transport, timeout and log). */
  latest!: ClientCore;
  private device: DeviceInfo | undefined;
  /** Stops the app show/hide listeners; set while a session is held. */
  private offApp: (() => void) | undefined;

  constructor(
    readonly settings: SessionSettings,
    owner: SessionOwner,
    storageKey: string,
    makeStorage: (readDevice: () => DeviceInfo) => SessionStorage,
    via: Via,
    /** Refreshes a stale id_token through a client (`getIdToken`). */
    private readonly renew: (client: ClientCore) => Promise<unknown>,
  ) {
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
      hold: (held: boolean) => this.hold(held),
    });
  }

  fresh(session: Session): boolean {
    return idTokenFresh(session.claims, this.settings.clock.now() + this.server.skew);
  }

  /** Signs in with `grant`: its session_token is used until {@link usableUntil} on the local clock. */
  signIn(grant: SessionGrant, via: Via): Promise<Session> {
    const until = usableUntil(this.settings.clock.now(), grant.expireSeconds * 1000);
    return this.keep(new Session(grant.sessionToken, grant.idToken, until, grant.claims), 'SIGNED_IN', via);
  }

  /** Stores `session` as the current one; resolves with it once written. */
  keep(session: Session, reason: 'SIGNED_IN' | 'REFRESHED', via: Via): Promise<Session> {
    return this.keeper.set(session, reason, via).then(() => session);
  }

  /** Ends a sign-in flow for every client: the epoch moves on, the state token is dropped. */
  endFlow(): void {
    this.epoch++;
    this.stateToken = null;
    this.mfaMobile = undefined;
  }

  /**
   * Listens to app show/hide while a session is held, once for all the clients: on show, a stale id_token is
   * refreshed in the background (one refresh, shared with any client asking meanwhile).
   */
  private hold(held: boolean): void {
    const off = this.offApp;
    try {
      if (held && !off) {
        this.offApp = this.settings.appLifecycle.subscribe(
          () => {
            const session = this.keeper.peek();
            // A failure keeps the session: the next read tries again.
            if (session && !this.fresh(session)) this.renew(this.latest).catch(noop);
          },
          noop, // on hide nothing starts: the SDK keeps no timers
        );
      } else if (!held && off) {
        this.offApp = undefined;
        off();
      }
    } catch {
      // No app show/hide on this platform: credentials are still checked whenever they are read.
    }
  }
}
