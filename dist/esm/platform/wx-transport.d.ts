import type { Transport, TransportFailure } from './types.js';
/**
 * The kind of a `wx.request` failure, from its `errMsg`. `not-sent` when no connection was ever made: offline, the
 * host name not resolved, the connection refused, unreachable or not made in time (the Chromium `net::ERR_*` names
 * of the cronet stack that WeChat's network errors come from, on Android and iOS). A timeout after that is `timeout`
 * (`timeout`, `ERR_TIMED_OUT`): the request may have arrived.
 *
 * @example
 * ```ts
 * failureOf('request:fail net::ERR_NAME_NOT_RESOLVED').transportFailure; // 'not-sent'
 * failureOf('request:fail net::ERR_TIMED_OUT').transportFailure; // 'timeout'
 * ```
 */
export declare function failureOf(errMsg: string): TransportFailure;
/**
 * The default {@link Transport}: `wx.request` in callback form, the body returned as raw text so that the SDK checks
 * its size and shape itself. Needs base library 2.10.0 (for `timeout`).
 *
 * @example
 * ```ts
 * const eiam = new EiamClient({ domain, clientId, transport: wxTransport() });
 * ```
 */
export declare function wxTransport(): Transport;
