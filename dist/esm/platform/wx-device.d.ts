import type { DeviceInfoProvider } from './types.js';
/**
 * The default {@link DeviceInfoProvider}: `wx.getDeviceInfo` + `wx.getAppBaseInfo` (base library 2.20.1), falling
 * back to the deprecated `wx.getSystemInfoSync` only where they are missing. Touches `wx` only when `read()` is called.
 * A field wx does not give (or an unreadable device) is an empty string; the headers fall back to 'unknown'.
 *
 * @example
 * ```ts
 * wxDeviceInfo().read().system; // 'iOS 17.2.1'
 * ```
 */
export declare function wxDeviceInfo(): DeviceInfoProvider;
