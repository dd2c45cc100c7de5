import type { Transport } from './types';
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
