import type { SessionStorage } from './types';

/**
 * The default {@link SessionStorage}: `wx.getStorage` / `wx.setStorage` / `wx.removeStorage` in callback form,
 * with `encrypt: true` on both write and read when `encrypt()` says the base library has it (2.21.3 and later).
 * Older base libraries store the value unencrypted in the app's private storage; after an upgrade the old value no
 * longer reads back and the user signs in once more.
 *
 * @example
 * ```ts
 * const storage = wxStorage(() => true);
 * ```
 */
export function wxStorage(encrypt: () => boolean): SessionStorage {
  return {
    get(key) {
      return new Promise((resolve, reject) => {
        wx.getStorage({
          key,
          encrypt: encrypt(),
          success: (res) => resolve(typeof res.data === 'string' ? res.data : JSON.stringify(res.data)),
          fail: (err) => {
            const msg = String((err && err.errMsg) || '');
            if (msg.indexOf('not found') >= 0) resolve(null);
            else reject(new Error(msg || 'getStorage:fail'));
          },
        });
      });
    },
    set(key, value) {
      return new Promise((resolve, reject) => {
        wx.setStorage({
          key,
          data: value,
          encrypt: encrypt(),
          success: () => resolve(),
          fail: (err) => reject(new Error(String((err && err.errMsg) || 'setStorage:fail'))),
        });
      });
    },
    remove(key) {
      return new Promise((resolve, reject) => {
        wx.removeStorage({
          key,
          success: () => resolve(),
          fail: (err) => reject(new Error(String((err && err.errMsg) || 'removeStorage:fail'))),
        });
      });
    },
  };
}
