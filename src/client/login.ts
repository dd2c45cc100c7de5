import { ENDPOINTS } from '../api/endpoints';
import { processLoginResponse } from '../api/process-login';
import { EiamError } from '../errors/eiam-error';
import { withTimeout } from '../util/with-timeout';
import { signedOutMeanwhile, text } from './checks';
import type { ClientCore } from './core';
import type { LoginFlow, LoginResult } from './inputs';
import { BACKSTOP_MS } from './requester';

/** Step 1: `wx.login` and the code exchange, one flight for every client of the session (see `loginWithWeChat`). */
export function loginWithWeChat(c: ClientCore): Promise<LoginResult> {
  const s = c.s;
  return s.flights.run('login ' + s.epoch, () => {
    const epoch = s.epoch;
    return wxCode(c)
      .then((code) =>
        c.requester.call(ENDPOINTS.wechatLogin, processLoginResponse, { code }).catch((error: EiamError) => {
          if (error.code === 'ACCESS_DENIED' && epoch === s.epoch) s.stateToken = null;
          throw error;
        }),
      )
      .then((answer): LoginResult | Promise<LoginResult> => {
        if (epoch !== s.epoch) throw signedOutMeanwhile();
        if (answer.status === 'SUCCESS') {
          s.stateToken = null;
          return s.signIn(answer.grant, c).then((session) => ({ status: 'SUCCESS', session }));
        }
        s.stateToken = answer.stateToken;
        s.mfaMobile = undefined;
        return answer.status === 'MFA_AUTH'
          ? { status: 'MFA_AUTH' }
          : { status: answer.status, flows: answer.flows as LoginFlow[] };
      });
  });
}

function wxCode(c: ClientCore): Promise<string> {
  // The executor turns a synchronous throw of the provider into a rejection.
  const pending = new Promise<string>((resolve) => resolve(c.loginProvider.login(c.timeoutMs)));
  return withTimeout(pending, c.timeoutMs + BACKSTOP_MS, () => 'timeout')
    .then((code) => text(code, 'code', 1024))
    .catch((reason: unknown) => {
      // No code, a bad one or a failure: only a timeout is told apart.
      throw new EiamError('WX_LOGIN_FAILED', { detail: reason === 'timeout' ? reason : undefined });
    });
}
