import type { DeviceInfo, DeviceInfoProvider } from './types';

/** The wx fields `read()` takes, in the order of the DeviceInfo fields it fills. */
const WX_FIELDS = 'system platform brand model version SDKVersion language'.split(' ');

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
export function wxDeviceInfo(): DeviceInfoProvider {
  return {
    read() {
      let bag: Record<string, unknown> = {};
      try {
        bag = (typeof wx.getDeviceInfo === 'function' && typeof wx.getAppBaseInfo === 'function'
          ? Object.assign({}, wx.getDeviceInfo(), wx.getAppBaseInfo())
          : wx.getSystemInfoSync()) as unknown as Record<string, unknown>;
      } catch {
        // Unreadable: every field is ''.
      }
      // each DeviceInfo field from the wx field at the same place in WX_FIELDS
      const info: Record<string, string> = {};
      'system platform brand model wechatVersion sdkVersion language'.split(' ').forEach((field, i) => {
        const value = bag[WX_FIELDS[i]!];
        info[field] = typeof value === 'string' ? value : '';
      });
      return info as unknown as DeviceInfo;
    },
  };
}
