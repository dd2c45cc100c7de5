import { EiamError } from '../errors/eiam-error';
import type { TransportResponse } from '../platform/types';
import { asObject, invalidResponse, jsonBody } from './json-body';
import { okObject } from './ok-body';
import { parseSessionGrant, tokenField, type SessionGrant } from './session-grant';
import { rawStatus, statusDetail } from './status';

/** What the WeChat login exchange answered, before the client acts on it. */
export type LoginAnswer =
  | { status: 'SUCCESS'; grant: SessionGrant }
  | { status: 'SOCIAL_BIND' | 'USER_REGISTER'; stateToken: string; flows: string[] }
  | { status: 'MFA_AUTH'; stateToken: string };

/**
 * @example
 * ```ts
 * parseFlows('{"socialBindOrRegisterFlow":["VERIFY_PHONE"]}'); // ['VERIFY_PHONE']
 * ```
 * `data`, a JSON-encoded string such as `{"socialBindOrRegisterFlow":["VERIFY_PHONE"]}`, as the flow list (at most 16
 * trimmed names of up to 64 characters); `[]` when `data` is null, absent or has no list.
 * @throws {EiamError} `INVALID_RESPONSE` when `data` is a string that is not JSON.
 */
export function parseFlows(data: unknown): string[] {
  const obj = asObject(jsonBody(data, 200));
  const list = obj && obj.socialBindOrRegisterFlow;
  return Array.isArray(list)
    ? list
        .filter((item) => typeof item === 'string' && item.trim())
        .slice(0, 16)
        .map((item: string) => item.trim().slice(0, 64))
    : [];
}

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
export function processLoginResponse(res: TransportResponse, now: number): LoginAnswer {
  const obj = okObject(res, now);
  const status = rawStatus(obj.status);
  if (status === 'SUCCESS' || status === 'PASSWORD_WARN')
    return { status: 'SUCCESS', grant: parseSessionGrant(obj) };
  if (status === 'ACCESS_DENIED' || status === 'PASSWORD_EXPIRED')
    throw new EiamError(status, { status: res.statusCode });
  if (status !== 'SOCIAL_BIND' && status !== 'USER_REGISTER' && status !== 'MFA_AUTH') {
    throw invalidResponse(statusDetail(status), res.statusCode);
  }
  const stateToken = tokenField(obj, 'state_token');
  return status === 'MFA_AUTH' ? { status, stateToken } : { status, stateToken, flows: parseFlows(obj.data) };
}
