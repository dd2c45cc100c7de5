import type { LoginProvider } from '../platform/types.js';
import type { Logger } from '../util/logger.js';
import type { Requester } from './requester.js';
import type { Via } from './session-keeper.js';
import type { SharedSession } from './shared-session.js';
/**
 * One client's own side: its per-client options and requester, and the session it shares with every other client of
 * the same domain, client id and storage key in the app. The method families (login, codes, binds, MFA, captcha,
 * id_token) are functions of it.
 */
export interface ClientCore extends Via {
    /** The shared session: state token, flights, logout epoch, the session keeper and its listeners. */
    s: SharedSession;
    requester: Requester;
    timeoutMs: number;
    logger: Logger;
    language: string | undefined;
    loginProvider: LoginProvider;
    /** Hosts `request()` may send the id_token to. */
    hosts: string[];
    insecure: boolean;
    authHeader: string;
    /** The scheme and a space (`'Bearer '`), or `''` for the bare id_token. */
    authPrefix: string;
}
