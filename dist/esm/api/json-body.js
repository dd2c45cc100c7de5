import { EiamError } from '../errors/eiam-error.js';
import { safeJsonParse } from '../util/safe-json.js';
function invalidResponse(detail, status = 200) {
    return new EiamError('INVALID_RESPONSE', { status, detail });
}
function jsonBody(data, status, maxChars = 64 * 1024) {
    if (typeof data !== 'string')
        return data;
    if (data.length > maxChars)
        throw invalidResponse('body too large', status);
    try {
        return data.trim() ? safeJsonParse(data) : undefined;
    }
    catch (_a) {
        throw invalidResponse('body not JSON', status);
    }
}
function asObject(value) {
    return value && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
}
export { asObject, invalidResponse, jsonBody };
