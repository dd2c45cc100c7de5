import type { ClientCore } from './core';
import type { LoginResult } from './inputs';
/** Step 1: `wx.login` and the code exchange, one flight for every client of the session (see `loginWithWeChat`). */
export declare function loginWithWeChat(c: ClientCore): Promise<LoginResult>;
