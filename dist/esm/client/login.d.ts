import type { ClientCore } from './core.js';
import type { LoginResult } from './inputs.js';
/** Step 1: `wx.login` and the code exchange, one flight for every client of the session (see `loginWithWeChat`). */
export declare function loginWithWeChat(c: ClientCore): Promise<LoginResult>;
