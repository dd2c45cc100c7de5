import { EiamError } from '../errors/eiam-error';
import type { TransportResponse } from '../platform/types';
import { invalidResponse } from './json-body';
import { okObject } from './ok-body';
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
  const obj = okObject(res, now);
  const raw = obj.status;
  if (raw != null && typeof raw !== 'string') throw invalidResponse('status', res.statusCode);
  const status = rawStatus(raw);
  if (status === undefined || status === 'SUCCESS' || status === 'PASSWORD_WARN') {
    return { kind: 'session', grant: parseSessionGrant(obj) };
  }
  if (status === 'MFA_AUTH') return { kind: 'mfa', stateToken: tokenField(obj, 'state_token') };
  if (status === 'ACCESS_DENIED' || status === 'PASSWORD_EXPIRED') {
    throw new EiamError(status, { status: res.statusCode });
  }
  throw invalidResponse(statusDetail(status), res.statusCode);
}
