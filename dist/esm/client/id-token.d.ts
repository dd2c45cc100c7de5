import { Session } from '../session/session.js';
import { type AppRequestOptions, type AppResponse } from './app-request.js';
import type { ClientCore } from './core.js';
/** Trades the session_token for a fresh id_token; one refresh for every client of the session. */
export declare function refreshIdToken(c: ClientCore): Promise<Session>;
/** A raw id_token with more than its safety margin of life left; one refresh for every client of the session. */
export declare function getIdToken(c: ClientCore): Promise<string>;
/** `wx.request` to the app's own backend with a fresh id_token; see `EiamClient.request`. */
export declare function request(c: ClientCore, options: AppRequestOptions): Promise<AppResponse>;
