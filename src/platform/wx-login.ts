import type { LoginProvider } from './types';
import { wxCall } from './wx-call';

/**
 * The default {@link LoginProvider}: `wx.login` in callback form with its `timeout`. The client refuses an answer
 * without a code.
 *
 * @example
 * ```ts
 * const code = await wxLogin().login(10000);
 * ```
 */
export function wxLogin(): LoginProvider {
  return {
    login: (timeout) => wxCall<{ code: string }>('login', { timeout }).then((res) => res.code),
  };
}
