import type { SessionStorage } from './types.js';
/**
 * The default {@link SessionStorage}: `wx.getStorage` / `wx.setStorage` / `wx.removeStorage` in callback form,
 * with `encrypt: true` on both write and read when `encrypt()` says the base library has it (2.21.3 and later).
 * Older base libraries store the value unencrypted in the app's private storage; after an upgrade the old value no
 * longer reads back and the user signs in once more. A missing key reads `null`; a stored value that is not a string
 * is handed back as it is (the SDK reads it as corrupt); any other failure rejects with wx's error.
 *
 * @example
 * ```ts
 * const storage = wxStorage(() => true);
 * ```
 */
export declare function wxStorage(encrypt: () => boolean): SessionStorage;
