import { EiamError } from '../errors/eiam-error.js';
import { asObject, jsonBody, invalidResponse } from './json-body.js';
import { okObject } from './ok-body.js';
import { parseSessionGrant, tokenField } from './session-grant.js';
import { rawStatus, statusDetail } from './status.js';
function parseFlows(data) {
    const obj = asObject(jsonBody(data, 200));
    const list = obj && obj.socialBindOrRegisterFlow;
    return Array.isArray(list)
        ? list
            .filter((item) => typeof item === 'string' && item.trim())
            .slice(0, 16)
            .map((item) => item.trim().slice(0, 64))
        : [];
}
function processLoginResponse(res, now) {
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
export { parseFlows, processLoginResponse };
