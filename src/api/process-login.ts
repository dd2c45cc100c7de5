import { EiamError } from '../errors/eiam-error';
import type { TransportResponse } from '../platform/types';
import { asObject, safeJsonParse } from './json-body';
import { okBody } from './ok-body';
import { parseSessionGrant, tokenField, type SessionGrant } from './session-grant';
import { rawStatus, statusDetail } from './status';

/** What the WeChat login exchange answered, before the client acts on it. */
export type LoginAnswer =
  | { status: 'SUCCESS'; grant: SessionGrant }
  | { status: 'SOCIAL_BIND' | 'USER_REGISTER'; stateToken: string; flows: string[] }
  | { status: 'MFA_AUTH'; stateToken: string };

const MAX_FLOWS = 16;

/**
 * @example
 * ```ts
 * parseFlows('{"socialBindOrRegisterFlow":["VERIFY_PHONE"]}'); // ['VERIFY_PHONE']
 * ```
 * `data`, a JSON-encoded string such as `{"socialBindOrRegisterFlow":["VERIFY_PHONE"]}`, as the flow list;
 * `[]` when `data` is null, absent or has no list.
 */
export function parseFlows(data: unknown): string[] {
  let value = data;
  if (typeof value === 'string') {
    if (value.trim() === '') return [];
    try {
      value = safeJsonParse(value);
    } catch {
      throw new EiamError('INVALID_RESPONSE', { status: 200, detail: 'data' });
    }
  }
  const obj = asObject(value);
  const list = obj && obj.socialBindOrRegisterFlow;
  if (!Array.isArray(list)) return [];
  const flows: string[] = [];
  for (const item of list) {
    if (typeof item === 'string' && item.trim() !== '' && flows.length < MAX_FLOWS)
      flows.push(item.trim().slice(0, 64));
  }
  return flows;
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
  const obj = asObject(okBody(res, now));
  if (!obj) throw new EiamError('INVALID_RESPONSE', { status: res.statusCode, detail: 'not an object' });
  const status = rawStatus(obj.status);
  switch (status) {
    case 'SUCCESS':
    case 'PASSWORD_WARN':
      return { status: 'SUCCESS', grant: parseSessionGrant(obj) };
    case 'SOCIAL_BIND':
    case 'USER_REGISTER':
      return { status, stateToken: tokenField(obj, 'state_token'), flows: parseFlows(obj.data) };
    case 'MFA_AUTH':
      return { status, stateToken: tokenField(obj, 'state_token') };
    case 'ACCESS_DENIED':
      throw new EiamError('ACCESS_DENIED', { status: res.statusCode });
    case 'PASSWORD_EXPIRED':
      throw new EiamError('PASSWORD_EXPIRED', { status: res.statusCode });
    default:
      throw new EiamError('INVALID_RESPONSE', {
        status: res.statusCode,
        detail: status === undefined ? 'no status' : statusDetail(status),
      });
  }
}
