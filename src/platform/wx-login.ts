import type { LoginProvider } from './types';

/**
 * The default {@link LoginProvider}: `wx.login` in callback form with its `timeout`.
 *
 * @example
 * ```ts
 * const code = await wxLogin().login(10000);
 * ```
 */
export function wxLogin(): LoginProvider {
  return {
    login(timeoutMs) {
      return new Promise((resolve, reject) => {
        wx.login({
          timeout: timeoutMs,
          success: (res) =>
            res && typeof res.code === 'string' && res.code ? resolve(res.code) : reject(res),
          fail: (err) => reject(err),
        });
      });
    },
  };
}
