import type { AppLifecycle } from './types.js';
/**
 * The default {@link AppLifecycle}: `wx.onAppShow` / `wx.onAppHide`, undone with `wx.offAppShow` / `wx.offAppHide`.
 * Touches `wx` only when `subscribe()` is called.
 *
 * @example
 * ```ts
 * const eiam = new EiamClient({ domain, clientId, appLifecycle: wxAppLifecycle() });
 * ```
 */
export declare function wxAppLifecycle(): AppLifecycle;
