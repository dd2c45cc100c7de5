import type { TransportResponse } from '../platform/types.js';
import { type SessionGrant } from './session-grant.js';
/** A bind or MFA answer: a session, or a request for a second factor with a new state token. */
export type SessionAnswer = {
    kind: 'session';
    grant: SessionGrant;
} | {
    kind: 'mfa';
    stateToken: string;
};
/**
 * @example
 * ```ts
 * const answer = processSessionResponse(res, Date.now());
 * if (answer.kind === 'session') keep(answer.grant); else continueMfa(answer.stateToken);
 * ```
 * Processes the answer of the bind, register-bind and MFA endpoints (`{session_token, expire, status, id_token}`).
 * A missing status, `SUCCESS` and `PASSWORD_WARN` are successes.
 *
 * @throws {EiamError} `ACCESS_DENIED`, `PASSWORD_EXPIRED`, `INVALID_RESPONSE`, or the error of a non-2xx answer.
 */
export declare function processSessionResponse(res: TransportResponse, now: number): SessionAnswer;
