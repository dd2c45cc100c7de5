import type { Endpoint } from '../api/endpoints';
import type { TransportResponse } from '../platform/types';
import type { Session } from '../session/session';
import { type Recipient } from './codes';
import type { ClientCore } from './core';
import type { VerifyCodeInput } from './inputs';
/** `{mobile or email, verify_code}`: the recipient `key`, or else exactly one of `mobile` and `email`. */
export declare function codeBody(c: ClientCore, input: VerifyCodeInput, key?: Recipient): Record<string, string>;
export declare function bindWithWeChatCode(c: ClientCore, endpoint: Endpoint, input: {
    wechatCode: string;
}): Promise<Session>;
/** The body of `social/bind-by-password`. */
export declare function passwordBody(input: {
    userName: string;
    password: string;
}): Record<string, string>;
/** Step 2 (bind, register, MFA): one request with the held state token; on success the session replaces any other. */
export declare function bindWith(c: ClientCore, endpoint: Endpoint, body: () => Record<string, string>): Promise<Session>;
/**
 * Validates `body()`, then makes one request with the held state token (identical concurrent calls share it) and
 * hands the answer to `use`, with whether that state token is still the held one. The state token is dropped when
 * the server says it is no longer valid (`INVALID_STATE_TOKEN`) or refuses the user; a newer state token, from a
 * login that finished meanwhile, is kept.
 */
export declare function withStateToken<T, R>(c: ClientCore, endpoint: Endpoint, processAnswer: (res: TransportResponse, now: number) => T, body: () => Record<string, string> | undefined, use: (answer: T, current: boolean) => R | Promise<R>): Promise<R>;
