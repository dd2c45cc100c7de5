import { processSessionResponse } from '../api/process-session.js';
import { EiamError } from '../errors/eiam-error.js';
import { parseVerifyCode } from '../validate/verify-code.js';
import { guard, refuses, signedOutMeanwhile, must, text } from './checks.js';
import { recipient } from './codes.js';
import { invalid } from './options.js';
function codeBody(c, input, key) {
    if (!key) {
        if (!input || typeof input !== 'object')
            throw invalid('input');
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
function bindWithWeChatCode(c, endpoint, input) {
    return bindWith(c, endpoint, () => ({
        wechat_code: text(input && input.wechatCode, 'wechatCode', 1024),
    }));
}
function passwordBody(input) {
    return {
        user_name: text(input && typeof input.userName === 'string' ? input.userName.trim() : '', 'userName', 256),
        password: text(input && input.password, 'password', 1024),
    };
}
function bindWith(c, endpoint, body) {
    const s = c.s;
    const epoch = s.epoch;
    return withStateToken(c, endpoint, processSessionResponse, body, (answer, current) => {
        if (epoch !== s.epoch)
            throw signedOutMeanwhile();
        if (answer.kind === 'mfa') {
            if (current) {
                s.stateToken = answer.stateToken;
                s.mfaMobile = undefined;
            }
            throw new EiamError('MFA_REQUIRED', { status: 200 });
        }
        if (current)
            s.stateToken = null;
        return s.signIn(answer.grant, c);
    });
}
function withStateToken(c, endpoint, processAnswer, body, use) {
    const s = c.s;
    return guard(() => {
        const data = body();
        const used = s.stateToken;
        if (used === null)
            throw new EiamError('NO_STATE_TOKEN');
        return s.flights.run(`${endpoint.path} ${used} ${JSON.stringify(data)}`, () => c.requester.call(endpoint, processAnswer, data, { stateToken: used }).then((answer) => use(answer, s.stateToken === used), (error) => {
            const stale = refuses(error, 'state');
            if ((stale || error.code === 'ACCESS_DENIED') && s.stateToken === used)
                s.stateToken = null;
            throw stale ? new EiamError('INVALID_STATE_TOKEN', error) : error;
        }));
    });
}
export { bindWith, bindWithWeChatCode, codeBody, passwordBody, withStateToken };
