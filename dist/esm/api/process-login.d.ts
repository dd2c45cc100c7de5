import type { TransportResponse } from '../platform/types.js';
import { type SessionGrant } from './session-grant.js';
/** What the WeChat login exchange answered, before the client acts on it. */
export type LoginAnswer = {
    status: 'SUCCESS';
    grant: SessionGrant;
} | {
    status: 'SOCIAL_BIND' | 'USER_REGISTER';
    stateToken: string;
    flows: string[];
} | {
    status: 'MFA_AUTH';
    stateToken: string;
};
/**
 * @example
 * ```ts
 * parseFlows('{"socialBindOrRegisterFlow":["VERIFY_PHONE"]}'); // ['VERIFY_PHONE']
 * ```
 * `data`, a JSON-encoded string such as `{"socialBindOrRegisterFlow":["VERIFY_PHONE"]}`, as the flow list (at most 16
 * trimmed names of up to 64 characters); `[]` when `data` is null, absent or has no list.
 * @throws {EiamError} `INVALID_RESPONSE` when `data` is a string that is not JSON.
 */
export declare function parseFlows(data: unknown): string[];
/**
 * @example
 * ```ts
 * const answer = processLoginResponse({ statusCode: 200, data: text, header: {} }, Date.now());
 * if (answer.status === 'SOCIAL_BIND') use(answer.stateToken, answer.flows);
 * ```
 * Processes the answer of `POST /api/v2/sdk/login/wechat-miniprogram`. Pure: no network, no storage.
 *
 * @throws {EiamError} `ACCESS_DENIED`, `PASSWORD_EXPIRED`, `INVALID_RESPONSE` (unknown status, bad fields), or the
 * error of a non-2xx answer.
 */
export declare function processLoginResponse(res: TransportResponse, now: number): LoginAnswer;
