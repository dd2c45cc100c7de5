import type { DeviceInfoProvider } from './types';

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
      const str = (key: string): string => {
        const value = bag[key];
        return typeof value === 'string' ? value : '';
      };
      return {
        system: str('system'),
        platform: str('platform'),
        brand: str('brand'),
        model: str('model'),
        wechatVersion: str('version'),
        sdkVersion: str('SDKVersion'),
        language: str('language'),
      };
    },
  };
}
