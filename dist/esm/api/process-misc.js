import { EiamError } from '../errors/eiam-error.js';
import { parseMobile, formatMobile } from '../validate/mobile.js';
import { asObject, invalidResponse } from './json-body.js';
import { okBody, okObject } from './ok-body.js';
import { tokenField, idTokenClaims, expireField } from './session-grant.js';
function processEmptyResponse(res, now) {
    try {
        okBody(res, now);
    }
    catch (error) {
        const e = error;
        throw e.code === 'API_ERROR' && /captcha|滑块|人机|图形/i.test(e.serverMessage || '')
            ? new EiamError('CAPTCHA_REQUIRED', e)
            : e;
    }
}
function processMfaMobileResponse(res, now) {
    const obj = asObject(okBody(res, now));
    const mobile = obj && obj.mobile;
    if (typeof mobile !== 'string' || mobile.trim() === '' || mobile.length > 64) {
        throw invalidResponse('mobile', res.statusCode);
    }
    return mobile.trim();
}
function mfaWireMobile(mobile, format) {
    const parsed = parseMobile(mobile);
    return parsed ? formatMobile(parsed, format) : mobile;
}
function processIdTokenResponse(res, now) {
    const obj = okObject(res, now);
    const idToken = tokenField(obj, 'id_token');
    const grant = { idToken, claims: idTokenClaims(idToken) };
    if (obj.session_token != null) {
        grant.renewed = { sessionToken: tokenField(obj, 'session_token'), expireSeconds: expireField(obj) };
    }
    return grant;
}
export { mfaWireMobile, processEmptyResponse, processIdTokenResponse, processMfaMobileResponse };
