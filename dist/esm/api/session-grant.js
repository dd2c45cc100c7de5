import { decodeIdToken } from '../jwt/decode.js';
import { invalidResponse } from './json-body.js';
const MAX_TOKEN_CHARS = 8 * 1024;
const MAX_EXPIRE_SECONDS = 1e8;
function tokenField(obj, field) {
    const raw = obj[field];
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (value.length > MAX_TOKEN_CHARS || !/^[\x21-\x7e]+$/.test(value))
        throw invalidResponse(field);
    return value;
}
function expireField(obj) {
    const value = obj.expire;
    if (typeof value !== 'number' || !(value > 0) || value > MAX_EXPIRE_SECONDS)
        throw invalidResponse('expire');
    return value;
}
function idTokenClaims(idToken) {
    try {
        return decodeIdToken(idToken);
    }
    catch (_a) {
        throw invalidResponse('id_token');
    }
}
function parseSessionGrant(obj) {
    const sessionToken = tokenField(obj, 'session_token');
    const expireSeconds = expireField(obj);
    const idToken = tokenField(obj, 'id_token');
    return { sessionToken, idToken, expireSeconds, claims: idTokenClaims(idToken) };
}
export { MAX_TOKEN_CHARS, expireField, idTokenClaims, parseSessionGrant, tokenField };
