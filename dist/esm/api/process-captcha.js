import { asObject, invalidResponse } from './json-body.js';
import { okObject } from './ok-body.js';
import { tokenField } from './session-grant.js';
function image(obj, field) {
    const value = obj[field];
    if (typeof value !== 'string' || !value || value.length > 512 * 1024)
        throw invalidResponse(field);
    return value.replace(/^data:image\/\w+;base64,/, '');
}
function fields(res, now) {
    const obj = okObject(res, now, 1024 * 1024);
    return asObject(obj.repData) || obj;
}
function processCaptchaResponse(res, now) {
    const obj = fields(res, now);
    return {
        token: tokenField(obj, 'token'),
        originalImageBase64: image(obj, 'originalImageBase64'),
        jigsawImageBase64: image(obj, 'jigsawImageBase64'),
        secretKey: typeof obj.secretKey === 'string' ? obj.secretKey : '',
    };
}
function processCaptchaVerifyResponse(res, now) {
    return tokenField(fields(res, now), 'captcha_token');
}
export { processCaptchaResponse, processCaptchaVerifyResponse };
