import type { LoginProvider } from './types.js';
/**
 * The default {@link LoginProvider}: `wx.login` in callback form with its `timeout`. The client refuses an answer
 * without a code.
 *
 * @example
 * ```ts
 * const code = await wxLogin().login(10000);
 * ```
 */
export declare function wxLogin(): LoginProvider;
