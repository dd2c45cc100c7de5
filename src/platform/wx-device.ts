import type { DeviceInfo, DeviceInfoProvider } from './types';

type Bag = Record<string, unknown>;

function str(bag: Bag, key: string): string {
  const value = bag[key];
  return typeof value === 'string' ? value : '';
}

/**
 * The default {@link DeviceInfoProvider}: `wx.getDeviceInfo` + `wx.getAppBaseInfo` (base library 2.20.1), falling
 * back to the deprecated `wx.getSystemInfoSync` only where they are missing. Touches `wx` only when `read()` is called.
 *
 * @example
 * ```ts
 * wxDeviceInfo().read().system; // 'iOS 17.2.1'
 * ```
 */
export function wxDeviceInfo(): DeviceInfoProvider {
  return {
    read(): DeviceInfo {
      let device: Bag = {};
      let app: Bag = {};
      try {
        if (typeof wx.getDeviceInfo === 'function' && typeof wx.getAppBaseInfo === 'function') {
          device = wx.getDeviceInfo() as unknown as Bag;
          app = wx.getAppBaseInfo() as unknown as Bag;
        } else {
          device = app = wx.getSystemInfoSync() as unknown as Bag;
        }
      } catch {
        // An unreadable device is described by empty strings; the headers fall back to 'unknown'.
      }
      return {
        system: str(device, 'system'),
        platform: str(device, 'platform'),
        brand: str(device, 'brand'),
        model: str(device, 'model'),
        wechatVersion: str(app, 'version'),
        sdkVersion: str(app, 'SDKVersion'),
        language: str(app, 'language'),
      };
    },
  };
}
