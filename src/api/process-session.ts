import { EiamError } from '../errors/eiam-error';
import type { TransportResponse } from '../platform/types';
import { asObject } from './json-body';
import { okBody } from './ok-body';
import { parseSessionGrant, tokenField, type SessionGrant } from './session-grant';
import { rawStatus, statusDetail } from './status';

/** A bind or MFA answer: a session, or a request for a second factor with a new state token. */
export type SessionAnswer = { kind: 'session'; grant: SessionGrant } | { kind: 'mfa'; stateToken: string };

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
export function processSessionResponse(res: TransportResponse, now: number): SessionAnswer {
  const obj = asObject(okBody(res, now));
  if (!obj) throw new EiamError('INVALID_RESPONSE', { status: res.statusCode, detail: 'not an object' });
  if (obj.status !== undefined && obj.status !== null && typeof obj.status !== 'string') {
    throw new EiamError('INVALID_RESPONSE', { status: res.statusCode, detail: 'status' });
  }
  const status = rawStatus(obj.status);
  if (status === undefined || status === 'SUCCESS' || status === 'PASSWORD_WARN') {
    return { kind: 'session', grant: parseSessionGrant(obj) };
  }
  if (status === 'MFA_AUTH') return { kind: 'mfa', stateToken: tokenField(obj, 'state_token') };
  if (status === 'ACCESS_DENIED') throw new EiamError('ACCESS_DENIED', { status: res.statusCode });
  if (status === 'PASSWORD_EXPIRED') throw new EiamError('PASSWORD_EXPIRED', { status: res.statusCode });
  throw new EiamError('INVALID_RESPONSE', { status: res.statusCode, detail: statusDetail(status) });
}
