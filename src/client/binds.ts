import type { Endpoint } from '../api/endpoints';
import { processSessionResponse } from '../api/process-session';
import { EiamError } from '../errors/eiam-error';
import type { TransportResponse } from '../platform/types';
import type { Session } from '../session/session';
import { parseVerifyCode } from '../validate/verify-code';
import { guard, must, refuses, signedOutMeanwhile, text } from './checks';
import { recipient, type Recipient } from './codes';
import type { ClientCore } from './core';
import type { VerifyCodeInput } from './inputs';
import { invalid } from './options';

/** `{mobile or email, verify_code}`: the recipient `key`, or else exactly one of `mobile` and `email`. */
export function codeBody(c: ClientCore, input: VerifyCodeInput, key?: Recipient): Record<string, string> {
  if (!key) {
    if (!input || typeof input !== 'object') throw invalid('input');
    const hasMobile = input.mobile != null;
    if (hasMobile === (input.email != null)) {
      throw invalid('exactly one of mobile and email');
    }
    key = hasMobile ? 'mobile' : 'email';
  }
  return {
    [key]: recipient(c, key, input && input[key]),
    verify_code: must(parseVerifyCode(input.verifyCode), 'verifyCode'),
  };
}

export function bindWithWeChatCode(
  c: ClientCore,
  endpoint: Endpoint,
  input: { wechatCode: string },
): Promise<Session> {
  return bindWith(c, endpoint, () => ({
    wechat_code: text(input && input.wechatCode, 'wechatCode', 1024),
  }));
}

/** The body of `social/bind-by-password`. */
export function passwordBody(input: { userName: string; password: string }): Record<string, string> {
  return {
    user_name: text(
      input && typeof input.userName === 'string' ? input.userName.trim() : '',
      'userName',
      256,
    ),
    password: text(input && input.password, 'password', 1024),
  };
}

/** Step 2 (bind, register, MFA): one request with the held state token; on success the session replaces any other. */
export function bindWith(
  c: ClientCore,
  endpoint: Endpoint,
  body: () => Record<string, string>,
): Promise<Session> {
  const s = c.s;
  const epoch = s.epoch;
  return withStateToken(c, endpoint, processSessionResponse, body, (answer, current) => {
    // A call that started before `logout()` must not sign the user back in.
    if (epoch !== s.epoch) throw signedOutMeanwhile();
    if (answer.kind === 'mfa') {
      if (current) {
        s.stateToken = answer.stateToken;
        s.mfaMobile = undefined;
      }
      throw new EiamError('MFA_REQUIRED', { status: 200 });
    }
    if (current) s.stateToken = null;
    return s.signIn(answer.grant, c);
  });
}

/**
 * Validates `body()`, then makes one request with the held state token (identical concurrent calls share it) and
 * hands the answer to `use`, with whether that state token is still the held one. The state token is dropped when
 * the server says it is no longer valid (`INVALID_STATE_TOKEN`) or refuses the user; a newer state token, from a
 * login that finished meanwhile, is kept.
 */
export function withStateToken<T, R>(
  c: ClientCore,
  endpoint: Endpoint,
  processAnswer: (res: TransportResponse, now: number) => T,
  body: () => Record<string, string> | undefined,
  use: (answer: T, current: boolean) => R | Promise<R>,
): Promise<R> {
  const s = c.s;
  return guard(() => {
    const data = body();
    const used = s.stateToken;
    if (used === null) throw new EiamError('NO_STATE_TOKEN');
    return s.flights.run(`${endpoint.path} ${used} ${JSON.stringify(data)}`, () =>
      c.requester.call(endpoint, processAnswer, data, { stateToken: used }).then(
        (answer) => use(answer, s.stateToken === used),
        (error: EiamError) => {
          const stale = refuses(error, 'state');
          if ((stale || error.code === 'ACCESS_DENIED') && s.stateToken === used) s.stateToken = null;
          throw stale ? new EiamError('INVALID_STATE_TOKEN', error) : error;
        },
      ),
    );
  });
}
