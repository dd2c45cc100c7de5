import { asObject, invalidResponse } from './json-body.js';
import { okBody, okObject } from './ok-body.js';
import { tokenField, idTokenClaims, expireField } from './session-grant.js';
function processEmptyResponse(res, now) {
    okBody(res, now);
}
function processMfaMobileResponse(res, now) {
    const obj = asObject(okBody(res, now));
    const mobile = obj && obj.mobile;
    if (typeof mobile !== 'string' || mobile.trim() === '' || mobile.length > 64) {
        throw invalidResponse('mobile', res.statusCode);
    }
    return mobile.trim();
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
export { processEmptyResponse, processIdTokenResponse, processMfaMobileResponse };
