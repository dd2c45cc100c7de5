import { ENDPOINTS } from '../api/endpoints.js';
import { processLoginResponse } from '../api/process-login.js';
import { EiamError } from '../errors/eiam-error.js';
import { withTimeout } from '../util/with-timeout.js';
import { signedOutMeanwhile, text } from './checks.js';
import { BACKSTOP_MS } from './requester.js';
function loginWithWeChat(c) {
    const s = c.s;
    return s.flights.run('login ' + s.epoch, () => {
        const epoch = s.epoch;
        return wxCode(c)
            .then((code) => c.requester.call(ENDPOINTS.wechatLogin, processLoginResponse, { code }).catch((error) => {
            if (error.code === 'ACCESS_DENIED' && epoch === s.epoch)
                s.stateToken = null;
            throw error;
        }))
            .then((answer) => {
            if (epoch !== s.epoch)
                throw signedOutMeanwhile();
            if (answer.status === 'SUCCESS') {
                s.stateToken = null;
                return s.signIn(answer.grant, c).then((session) => ({ status: 'SUCCESS', session }));
            }
            s.stateToken = answer.stateToken;
            s.mfaMobile = undefined;
            return answer.status === 'MFA_AUTH'
                ? { status: 'MFA_AUTH' }
                : { status: answer.status, flows: answer.flows };
        });
    });
}
function wxCode(c) {
    const pending = new Promise((resolve) => resolve(c.loginProvider.login(c.timeoutMs)));
    return withTimeout(pending, c.timeoutMs + BACKSTOP_MS, () => 'timeout')
        .then((code) => text(code, 'code', 1024))
        .catch((reason) => {
        throw new EiamError('WX_LOGIN_FAILED', { detail: reason === 'timeout' ? reason : undefined });
    });
}
export { loginWithWeChat };
