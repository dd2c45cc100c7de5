import { EiamError } from '../errors/eiam-error.js';
import { retryAfterMs } from '../http/retry-after.js';
import { refusalCode } from './answer-error.js';
import { jsonBody, asObject, invalidResponse } from './json-body.js';
function okBody(res, now, maxChars) {
    const status = res.statusCode;
    const ok = status > 199 && status < 300;
    let body;
    try {
        body = jsonBody(res.data, status, maxChars);
    }
    catch (error) {
        if (ok)
            throw error;
    }
    const obj = asObject(body) || {};
    const code = obj.error_code;
    const init = { status };
    if (typeof code === 'string' && code) {
        init.serverCode = code.slice(0, 128);
        if (typeof obj.error_msg === 'string')
            init.serverMessage = obj.error_msg.slice(0, 200);
    }
    else if (ok)
        return body;
    if (status === 429)
        init.retryAfterMs = retryAfterMs(res.header, now);
    throw new EiamError(status === 429 ? 'RATE_LIMITED' : refusalCode(init), init);
}
function okObject(res, now, maxChars) {
    const obj = asObject(okBody(res, now, maxChars));
    if (!obj)
        throw invalidResponse('not an object', res.statusCode);
    return obj;
}
export { okBody, okObject };
