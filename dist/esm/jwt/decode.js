import { asObject } from '../api/json-body.js';
import { EiamError } from '../errors/eiam-error.js';
import { safeJsonParse } from '../util/safe-json.js';
import { base64UrlToEscapes, isBase64Url } from './base64url.js';
const SEGMENTS = ['header', 'payload', 'signature'];
const TYPED_CLAIMS = 'exp iat nbf iss sub jti name userName mobile email'.split(' ');
function fail(detail) {
    throw new EiamError('INVALID_ID_TOKEN', { detail });
}
function segmentObject(segment, name) {
    const escapes = base64UrlToEscapes(segment);
    if (escapes === null)
        fail(name + ' not base64url');
    let reason = ' not UTF-8';
    let value;
    try {
        const text = decodeURIComponent(escapes);
        reason = ' not JSON';
        value = safeJsonParse(text);
    }
    catch (_a) {
        fail(name + reason);
    }
    return asObject(value) || fail(name + ' not an object');
}
function checkedHeader(jwt) {
    if (typeof jwt !== 'string')
        fail('not a string');
    if (jwt.length > 16384)
        fail('too long');
    const parts = jwt.split('.');
    if (parts.length !== 3)
        fail('not three parts');
    SEGMENTS.forEach((name, i) => parts[i] || fail('empty ' + name));
    if (!isBase64Url(parts[2]))
        fail('signature not base64url');
    const header = segmentObject(parts[0], 'header');
    const alg = header.alg;
    if (!alg || typeof alg !== 'string')
        fail('alg missing');
    if (/^none$/i.test(alg))
        fail('alg none');
    return [header, parts[1]];
}
function decodeIdToken(jwt, options) {
    const claims = segmentObject(checkedHeader(jwt)[1], 'payload');
    let api;
    try {
        api = typeof claims.api === 'string' ? asObject(safeJsonParse(claims.api)) : undefined;
    }
    catch (_a) {
    }
    if (api) {
        for (const key in api) {
            if (!{}.hasOwnProperty.call(claims, key) && !/^(exp|iat|nbf|iss|sub|jti|aud)$/.test(key)) {
                claims[key] = api[key];
            }
        }
    }
    TYPED_CLAIMS.forEach((key, i) => {
        const value = claims[key];
        const type = i < 3 ? 'number' : 'string';
        if (value !== undefined && (typeof value !== type || (i < 3 && !isFinite(value)))) {
            if (i > 5)
                delete claims[key];
            else
                fail(key + ' not a ' + type);
        }
    });
    const aud = claims.aud;
    const audiences = typeof aud === 'string' ? [aud] : aud;
    if (aud !== undefined && !(Array.isArray(audiences) && audiences.every((a) => typeof a === 'string'))) {
        fail('aud not a string or array');
    }
    const { issuer, audience } = options || {};
    if (issuer !== undefined && claims.iss !== issuer)
        fail('iss mismatch');
    if (audience !== undefined && !(audiences && audiences.indexOf(audience) >= 0)) {
        fail('aud mismatch');
    }
    return claims;
}
export { decodeIdToken };
