import type { SessionStorage } from '../platform/types';
import { wxApp } from '../platform/wx-app';
import { wxAppLifecycle } from '../platform/wx-app-lifecycle';
import { wxDeviceInfo } from '../platform/wx-device';
import { wxStorage } from '../platform/wx-storage';
import { compareVersions } from '../util/version-compare';
import type { MobileFormat } from '../validate/mobile';
import type { ClientCore } from './core';
import { readFingerprint } from './fingerprint';
import { getIdToken } from './id-token';
import { invalid } from './options';
import type { Via } from './session-keeper';
import { SharedSession, type SessionSettings } from './shared-session';

/** The first base library whose `wx.setStorage` / `wx.getStorage` take `encrypt`. */
const ENCRYPT_SINCE = '2.21.3';

/** What one app holds: one fingerprint for the device, one session per domain, client id and storage key. */
interface App {
  fingerprint?: Promise<string>;
  sessions: Map<string, SharedSession>;
  /** Which domain and client id hold each storage key: two tenants on one key would overwrite each other. */
  keys: Map<string, string>;
}

/**
 * The running app: the global `wx` it was made for (one per JS context; a relaunched wx fake is a new one, and makes a
 * new registry: the clients of the run before keep theirs, as after a real cold start), its app on wx storage, and
 * the apps of `storage` seams that clients passed (clients on different storage objects share nothing).
 */
let run: { wx: object; own: App; byStorage: WeakMap<object, App> } | undefined;

const newApp = (): App => ({ sessions: new Map(), keys: new Map() });

/** What a client asks of its session; the per-session options are `undefined` when left out. */
export interface SessionQuery extends Partial<SessionSettings> {
  domain: string;
  clientId: string;
  storageKey: string;
  storage: SessionStorage | undefined;
}

const SETTINGS: Array<keyof SessionSettings> = [
  'clock',
  'deviceInfo',
  'appLifecycle',
  'codeCooldownMs',
  'mobileFormat',
];

/**
 * The session that clients with this domain, client id and storage key share in this app, created on first use, and
 * the device fingerprint. A per-session option a client gives must equal the session's (the same value, or the same
 * seam object); leaving it out takes the session's.
 *
 * @throws {EiamError} `INVALID_ARGUMENT` naming the per-session option that differs, or `storageKey` when another
 * domain or client id already keeps its session under that key in this app.
 */
export function sharedSession(
  q: SessionQuery,
  via: Via,
): { s: SharedSession; fingerprint: () => Promise<string> } {
  const wx = wxApp();
  if (!run || run.wx !== wx) run = { wx, own: newApp(), byStorage: new WeakMap() };
  const storage = q.storage;
  let app = storage ? run.byStorage.get(storage) : run.own;
  if (!app) run.byStorage.set(storage!, (app = newApp()));
  const owner = q.domain + ' ' + q.clientId;
  const holder = app.keys.get(q.storageKey);
  if (holder !== undefined && holder !== owner) throw invalid('storageKey');
  const key = owner + ' ' + q.storageKey;
  let s = app.sessions.get(key);
  if (s) {
    for (const name of SETTINGS) {
      if (q[name] !== undefined && q[name] !== s.settings[name]) throw invalid(name);
    }
  } else {
    const settings: SessionSettings = {
      clock: q.clock || { now: () => Date.now() },
      deviceInfo: q.deviceInfo || wxDeviceInfo(),
      appLifecycle: q.appLifecycle || wxAppLifecycle(),
      codeCooldownMs: q.codeCooldownMs === undefined ? 60000 : q.codeCooldownMs,
      mobileFormat: q.mobileFormat || ('national' as MobileFormat),
    };
    const given = q.storage;
    s = new SharedSession(
      settings,
      q,
      q.storageKey,
      (readDevice) =>
        given || wxStorage(() => compareVersions(readDevice().sdkVersion || '0', ENCRYPT_SINCE) >= 0),
      via,
      (client: ClientCore) => getIdToken(client),
    );
    app.sessions.set(key, s);
    app.keys.set(q.storageKey, owner);
  }
  const a = app;
  const session = s;
  return {
    s,
    fingerprint: () =>
      a.fingerprint || (a.fingerprint = readFingerprint(session.storage, via.timeoutMs, via.logger)),
  };
}
