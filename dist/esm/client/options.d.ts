import { EiamError } from '../errors/eiam-error.js';
import type { AppLifecycle, Clock, DeviceInfoProvider, LoginProvider, SessionStorage, Transport } from '../platform/types.js';
import type { LogSink } from '../util/logger.js';
import type { MobileFormat } from '../validate/mobile.js';
import type { Session } from '../session/session.js';
/**
 * Options of {@link EiamClient}. Only `domain` and `clientId` are required.
 *
 * @example
 * ```ts
 * new EiamClient({ domain: 'https://tenant.example.com', clientId: 'nTo1eRIub60vPb54WeE6aojPwYwImtl4' });
 * ```
 */
export interface EiamClientOptions {
    /** The tenant's base URL, `https://` only (e.g. `https://xxx.bccastle.com`). Add it to the request domain list. */
    domain: string;
    /** The application's client id (public, not a secret), sent as `X-client-id`. */
    clientId: string;
    /** Timeout of every request and of `wx.login`, in ms. Default `10000`, at most `600000`. */
    timeoutMs?: number;
    /** `X-L`. Default: WeChat's language from `wx.getAppBaseInfo()`, `zh_CN` → `zh`. */
    language?: string;
    /** `true` logs redacted lines to `console.log`; a function receives them. Default: nothing is logged. */
    debug?: boolean | LogSink;
    /** How long a second code to the same recipient and type is refused locally, in ms. Default `60000`. */
    codeCooldownMs?: number;
    /** How mobiles are written on the wire. Default `'national'` (`13800138000`; other countries in E.164). */
    mobileFormat?: MobileFormat;
    /** The storage key of the session. Default `'eiam.v1.session'`. */
    storageKey?: string;
    /**
     * For development against a local mock server only: also accept `http://` for loopback hosts
     * (`127.0.0.1`, `localhost`, `[::1]`). Default `false`.
     */
    allowInsecureLoopback?: boolean;
    /** The HTTP seam. Default: `wx.request`. */
    transport?: Transport;
    /** The storage seam. Default: `wx.setStorage` / `wx.getStorage` with `encrypt` from base library 2.21.3. */
    storage?: SessionStorage;
    /** The `wx.login` seam. */
    login?: LoginProvider;
    /** The device-information seam. Default: `wx.getDeviceInfo` + `wx.getAppBaseInfo`, else `wx.getSystemInfoSync`. */
    deviceInfo?: DeviceInfoProvider;
    /** The time source. Default `Date.now`. */
    clock?: Clock;
    /**
     * Hosts (`api.example.com`, with `:port` when not the default) that {@link EiamClient.request} may send the id_token
     * to; a URL on any other host is refused before anything is sent. `https://` only (and loopback `http://` with
     * `allowInsecureLoopback`). Default `[]`: `request()` refuses every URL.
     */
    allowedHosts?: string[];
    /** The header {@link EiamClient.request} puts the id_token in (printable ASCII). Default `'Authorization'`. */
    authHeader?: string;
    /** The scheme (printable ASCII) before the id_token in that header; `''` sends the bare token. Default `'Bearer'`. */
    authScheme?: string;
    /** The app show/hide seam. Default: `wx.onAppShow` / `wx.onAppHide`. */
    appLifecycle?: AppLifecycle;
}
/** Why {@link EiamClient.onSessionChange} listeners were called. */
export type SessionChangeReason = 'SIGNED_IN' | 'REFRESHED' | 'SIGNED_OUT' | 'EXPIRED';
/** The second argument of a session listener. */
export interface SessionChangeInfo {
    reason: SessionChangeReason;
    /** Set when the change could not be written to storage (`STORAGE_ERROR`); the in-memory state still changed. */
    storageError?: EiamError;
}
/** A session listener: the new session, or `null` when signed out. */
export type SessionListener = (session: Session | null, info: SessionChangeInfo) => void;
/** Loopback host names. */
export declare const LOOPBACK: RegExp;
/** An `INVALID_ARGUMENT` error naming the argument (never its value). */
export declare function invalid(detail: string): EiamError;
/**
 * The domain without a trailing slash. Only `https://host[:port][/path]`; `http://` only for loopback hosts when
 * allowed.
 *
 * @throws {EiamError} `INVALID_ARGUMENT` (detail `domain`).
 */
export declare function checkDomain(domain: unknown, allowInsecureLoopback: boolean): string;
/** A positive number of ms, or the default. @throws {EiamError} `INVALID_ARGUMENT` */
export declare function positiveMs(value: unknown, fallback: number, name: string, allowZero?: boolean): number;
