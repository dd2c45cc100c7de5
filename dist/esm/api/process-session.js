import { EiamError } from '../errors/eiam-error.js';
import { invalidResponse } from './json-body.js';
import { okObject } from './ok-body.js';
import { parseSessionGrant, tokenField } from './session-grant.js';
import { rawStatus, statusDetail } from './status.js';
function processSessionResponse(res, now) {
    const obj = okObject(res, now);
    const raw = obj.status;
    if (raw != null && typeof raw !== 'string')
        throw invalidResponse('status', res.statusCode);
    const status = rawStatus(raw);
    if (status === undefined || status === 'SUCCESS' || status === 'PASSWORD_WARN') {
        return { kind: 'session', grant: parseSessionGrant(obj) };
    }
    if (status === 'MFA_AUTH')
        return { kind: 'mfa', stateToken: tokenField(obj, 'state_token') };
    if (status === 'ACCESS_DENIED' || status === 'PASSWORD_EXPIRED') {
        throw new EiamError(status, { status: res.statusCode });
    }
    throw invalidResponse(statusDetail(status), res.statusCode);
}
export { processSessionResponse };
