'use strict';

/** The server code without the newer `IDAAS.` prefix, so both naming schemes compare equal. */
function baseServerCode(code) {
    return (code || '').replace(/^IDAAS\./i, '').toUpperCase();
}

function ep(path, method = 'POST') {
    return { method, path: '/api/v2/sdk/' + path };
}
/** The whole endpoint family (see the API reference in the README). */
const ENDPOINTS = {
    wechatLogin: ep('login/wechat-miniprogram'),
    registerBind: ep('social/register-bind'),
    bind: ep('social/bind'),
    wechatPhoneRegisterBind: ep('social/wechat-mobile-register-bind'),
    wechatPhoneBind: ep('social/wechat-mobile-bind'),
    passwordBind: ep('social/username-password-bind'),
    captcha: ep('captcha', 'GET'),
    captchaVerify: ep('captcha/verify'),
    smsSend: ep('sms/send'),
    emailSend: ep('email/send'),
    mfaMobile: ep('mobile-by-token', 'GET'),
    mfaSms: ep('mfa/sms'),
    mfaEmail: ep('mfa/email'),
    idToken: ep('sso/session-token/id-token'),
};

/**
 * The stable error codes of the SDK, each with its message in Chinese and English.
 * This table is the only source of SDK messages: throw sites pass a code, never a text.
 *
 * @example
 * ```ts
 * if (isEiamError(e) && e.code === 'RATE_LIMITED') wait(e.retryAfterMs);
 * ```
 */
const ERROR_MESSAGES = Object.freeze({
    INVALID_ARGUMENT: { zh: '参数错误', en: 'Invalid argument' },
    NO_STATE_TOKEN: { zh: '请先登录', en: 'Call loginWithWeChat() first' },
    INVALID_STATE_TOKEN: { zh: '请重新登录', en: 'State token rejected' },
    NO_SESSION: { zh: '尚未登录', en: 'Not signed in' },
    SESSION_EXPIRED: { zh: '登录已过期，请重新登录', en: 'Session expired: sign in again' },
    WX_LOGIN_FAILED: { zh: '微信登录失败', en: 'wx.login failed' },
    NETWORK_ERROR: { zh: '网络错误', en: 'Network error' },
    TIMEOUT: { zh: '请求超时', en: 'Timed out' },
    SERVER_ERROR: { zh: '服务不可用', en: 'Server error' },
    API_ERROR: { zh: '请求被拒绝', en: 'Request rejected' },
    INVALID_RESPONSE: { zh: '响应异常', en: 'Bad response' },
    ACCESS_DENIED: { zh: '无权访问', en: 'Access denied' },
    MFA_REQUIRED: { zh: '需要二次认证', en: 'MFA required' },
    PASSWORD_EXPIRED: { zh: '密码已过期', en: 'Password expired' },
    INVALID_ID_TOKEN: { zh: 'id_token 无效', en: 'Bad id_token' },
    RATE_LIMITED: { zh: '请稍后再试', en: 'Too many requests' },
    STORAGE_ERROR: { zh: '存储失败', en: 'Storage failed' },
});
/**
 * The SDK's message for a code in the given language.
 *
 * @example
 * ```ts
 * errorMessage('TIMEOUT', 'zh'); // '请求超时'
 * ```
 * @param language Default `'en'`. Any language starting with `zh` gives Chinese.
 */
function errorMessage(code, language = 'en') {
    return ERROR_MESSAGES[code][/^zh/i.test(language) ? 'zh' : 'en'];
}

/** The brand {@link isEiamError} looks for, on the prototype: it holds across bundle copies. */
const BRAND = '__eiamError';
/**
 * The fields of an error: the first seven, in this order, are what `toJSON` shows (`serverMessage` only as part of
 * `message`, like `String(err)`); the last five are copied from the {@link EiamErrorInit}.
 */
const FIELDS = 'name code message serverCode status retryAfterMs detail serverMessage'.split(' ');
/**
 * The one error class of the SDK. Every rejection and every throw of the SDK is an `EiamError`.
 *
 * @example
 * ```ts
 * try { await eiam.registerBind({ mobile, verifyCode }); }
 * catch (e) { if (isEiamError(e)) console.log(e.code, e.serverCode, e.status); }
 * ```
 * `message` is English, from the SDK's code table, followed by the server's code and message when there is one.
 * Use {@link errorMessage} for Chinese.
 */
class EiamError extends Error {
    constructor(code, init = {}) {
        const server = [init.serverCode, init.serverMessage].filter(Boolean).join(' ');
        super(ERROR_MESSAGES[code].en + (init.detail ? ` (${init.detail})` : '') + (server && ': ' + server));
        // Restore the prototype chain for ES5 consumers that transpile `class extends Error`.
        Object.setPrototypeOf(this, EiamError.prototype);
        this.name = 'EiamError';
        this.code = code;
        const fields = this;
        for (const key of FIELDS.slice(3)) {
            const value = init[key];
            if (value !== undefined)
                fields[key] = value;
        }
    }
    /** A plain object without the stack, safe to log or send to an error tracker. */
    toJSON() {
        const json = {};
        for (const key of FIELDS.slice(0, 7))
            json[key] = this[key];
        return json;
    }
}
EiamError.prototype[BRAND] = true;
/**
 * Whether a value is an {@link EiamError}, also across bundle copies (it does not rely on `instanceof`).
 *
 * @example
 * ```ts
 * catch (e) { if (isEiamError(e) && e.code === 'TIMEOUT') retryLater(); }
 * ```
 */
function isEiamError(value) {
    return !!value && value[BRAND] === true;
}

function dropProto(key, value) {
    return key === '__proto__' ? undefined : value;
}
/**
 * `JSON.parse` that drops `__proto__` keys at any depth, so nothing parsed can later reach a prototype (through
 * `Object.assign`, say).
 *
 * @example
 * ```ts
 * safeJsonParse('{"a":1,"__proto__":{"x":1}}'); // { a: 1 }
 * ```
 * A text that can hold no such key (no `__proto__` and no `\u` escape that could spell it) is parsed without a
 * reviver, which is several times faster; the result is the same.
 * @throws {SyntaxError} when the text is not JSON.
 */
function safeJsonParse(text) {
    return /__proto__|\\u/.test(text) ? JSON.parse(text, dropProto) : JSON.parse(text);
}

/** An `INVALID_RESPONSE` error for an answer (status 200 unless said), naming what is wrong with it. */
function invalidResponse(detail, status = 200) {
    return new EiamError('INVALID_RESPONSE', { status, detail });
}
/**
 * The body of an answer as a JSON value: raw text is size-checked (64 KiB unless said) and parsed; an empty body is
 * `undefined`; a value a custom transport already parsed is taken as it is.
 *
 * @throws {EiamError} `INVALID_RESPONSE` when the text is too large or not JSON.
 */
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
/** The value as a plain object, or `undefined`. */
function asObject(value) {
    return value && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
}

/** `Retry-After` (seconds or an HTTP date) as milliseconds from `now`, or undefined when absent or unreadable. */
function retryAfterMs(header, now) {
    for (const name in header) {
        if (/^retry-after$/i.test(name)) {
            const text = String(header[name]).trim();
            const when = /^\d{1,9}$/.test(text) ? now + +text * 1000 : Date.parse(text);
            return isNaN(when) ? undefined : Math.max(0, when - now);
        }
    }
    return undefined;
}

/**
 * The JSON body of a successful (2xx) answer. Any other status, or a 2xx that carries an error envelope
 * (`{error_code, error_msg}`), throws: 429 is `RATE_LIMITED` (with `Retry-After`), 5xx is `SERVER_ERROR` whatever the
 * body, anything else `API_ERROR`. The server's code and message are kept; no other body text is. Bodies over
 * `maxChars` (64 KiB unless said) are refused unread.
 */
function okBody(res, now, maxChars) {
    const status = res.statusCode;
    const ok = status > 199 && status < 300;
    let body;
    try {
        body = jsonBody(res.data, status, maxChars);
    }
    catch (error) {
        // The body of a failure is only read for its envelope; an unreadable one is no envelope.
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
    throw new EiamError(status === 429 ? 'RATE_LIMITED' : status > 499 ? 'SERVER_ERROR' : 'API_ERROR', init);
}
/**
 * {@link okBody} as a JSON object.
 *
 * @throws {EiamError} `INVALID_RESPONSE` (`not an object`), or what {@link okBody} throws.
 */
function okObject(res, now, maxChars) {
    const obj = asObject(okBody(res, now, maxChars));
    if (!obj)
        throw invalidResponse('not an object', res.statusCode);
    return obj;
}

/** The base64url alphabet (RFC 4648 §5), indexed by sextet value. */
const HEX = '0123456789abcdef';
/** The length of `s` before its padding, or -1 when `s` is not base64url (see {@link isBase64Url}). */
function dataLength(s) {
    // `\w` is exactly [A-Za-z0-9_] without the `u` flag; the text before the padding cannot hold `=`.
    const m = /^([\w-]*)(=?=?)$/.exec(s);
    const end = m ? m[1].length : 1;
    return end % 4 === 1 || (m && m[2] && s.length % 4) ? -1 : end;
}
/**
 * Whether `s` is base64url (RFC 4648 §5), checked without decoding it.
 *
 * @example
 * ```ts
 * isBase64Url('eyJhIjoxfQ'); // true
 * isBase64Url('a+b/'); // false: that is base64, not base64url
 * ```
 * Padding is optional; when present it must be one or two `=` that bring the length to a multiple of 4. Rejected:
 * `+`, `/`, any `=` elsewhere, spaces and line breaks, any non-alphabet character, and an unpadded length of
 * 4n + 1 (such a text cannot come from any bytes). The empty string is base64url.
 */
function isBase64Url(s) {
    return dataLength(s) >= 0;
}
/**
 * Decodes base64url (RFC 4648 §5) to its bytes in the form `decodeURIComponent` reads as UTF-8: ASCII bytes other
 * than `%` as their characters, every other byte as a `%XX` escape. `null` when {@link isBase64Url} says no.
 * Never throws.
 *
 * @example
 * ```ts
 * base64UrlToEscapes('eyJhIjoxfQ'); // '{"a":1}'
 * base64UrlToEscapes('5byg'); // '%e5%bc%a0', the UTF-8 bytes of '张'
 * base64UrlToEscapes('a+b/'); // null
 * ```
 * Unused low bits in the last character are ignored, as most decoders do. The empty string decodes to `''`.
 * An ASCII byte inside a multi-byte sequence still makes `decodeURIComponent` throw, so UTF-8 is checked as
 * strictly as with escapes only.
 */
function base64UrlToEscapes(s) {
    const end = dataLength(s);
    if (end < 0)
        return null;
    let out = '';
    let buffer = 0;
    let bits = 0;
    for (let i = 0; i < end; i++) {
        const c = s.charCodeAt(i);
        // The sextet of a character the pattern let through: a-z, A-Z, `_`, 0-9, `-`. Only the low bits of `buffer`
        // matter: `<<` drops the high ones, and at most 12 bits are pending.
        buffer = (buffer << 6) | (c > 96 ? c - 71 : c > 90 ? 63 : c > 64 ? c - 65 : c > 47 ? c + 4 : 62);
        bits += 6;
        if (bits > 7) {
            const byte = (buffer >> (bits -= 8)) & 255;
            // A lookup, not `toString(16)` per byte: this loop is most of the SDK's CPU time per sign-in.
            out +=
                byte < 128 && byte !== 37
                    ? String.fromCharCode(byte)
                    : '%' + HEX.charAt(byte >> 4) + HEX.charAt(byte & 15);
        }
    }
    return out;
}

/** The three segments of a token, in order. */
const SEGMENTS = ['header', 'payload', 'signature'];
/**
 * The claims checked by type, in order: the first three must be finite numbers, the others strings. The last four
 * (profile claims) are left out rather than rejected when they are not strings, so that {@link IdTokenClaims} tells
 * the truth.
 */
const TYPED_CLAIMS = 'exp iat nbf iss sub jti name userName mobile email'.split(' ');
/** Throws the one error of this module. `detail` is a fixed text: it never holds any part of the token. */
function fail(detail) {
    throw new EiamError('INVALID_ID_TOKEN', { detail });
}
/** Decodes one base64url segment holding a UTF-8 JSON object; throws {@link EiamError} naming the segment. */
function segmentObject(segment, name) {
    const escapes = base64UrlToEscapes(segment);
    if (escapes === null)
        fail(name + ' not base64url');
    let reason = ' not UTF-8';
    let value;
    try {
        // `decodeURIComponent` decodes strict UTF-8: it throws on overlong forms, surrogates, truncated sequences...
        const text = decodeURIComponent(escapes);
        reason = ' not JSON';
        value = safeJsonParse(text);
    }
    catch (_a) {
        fail(name + reason);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
        fail(name + ' not an object');
    return value;
}
/**
 * Checks a token's length and shape and decodes its header (a JSON object with a string `alg` that is not `none`);
 * returns the header and the payload segment. Throws {@link EiamError} `INVALID_ID_TOKEN` on failure.
 */
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
/**
 * Decodes an id_token's claims. IT DOES NOT VERIFY THE SIGNATURE: the claims are not authentic.
 *
 * @example
 * ```ts
 * const claims = decodeIdToken(session.idToken, { issuer: `https://${tenant}/api/v1/oauth2`, audience: clientId });
 * showWelcome(claims.name); // display only; send the id_token itself to your backend to prove who the user is
 * ```
 * Anyone can forge a token that passes this function. Use the claims for display and for scheduling a refresh,
 * never for an access decision: the app's backend must verify the signature against the tenant's JWKS at
 * `GET https://{tenant}/api/v1/oauth2/keys` (rule 9 of the reliability catalogue).
 *
 * What is checked:
 * - a string of at most 16 KiB, with exactly three dot-separated base64url segments, none empty;
 * - the header is a UTF-8 JSON object whose `alg` is a non-empty string other than `none` (in any case);
 * - the payload is a UTF-8 JSON object (not an array, `null`, a number or a string);
 * - `exp`, `iat`, `nbf`, when present, are finite numbers; `iss`, `sub`, `jti` are strings; `aud` is a string or an
 *   array of strings;
 * - with `options.issuer`, `iss` equals it; with `options.audience`, `aud` equals or contains it.
 *
 * `exp` and `nbf` are NOT compared with the clock here: the session code does that, with a leeway. Segments are
 * decoded by a hand-written base64url decoder and `decodeURIComponent`, which rejects ill-formed UTF-8 (no `atob`,
 * `Buffer` or `TextDecoder`), and every `__proto__` key is dropped, so a payload cannot pollute a prototype.
 *
 * @throws {@link EiamError} `INVALID_ID_TOKEN` on any failure, and nothing else. Its `detail` is a short fixed reason
 *   such as `'alg none'`, `'iss mismatch'` or `'payload not an object'`; it never holds any part of the token.
 */
function decodeIdToken(jwt, options) {
    const claims = segmentObject(checkedHeader(jwt)[1], 'payload');
    TYPED_CLAIMS.forEach((key, i) => {
        const value = claims[key];
        const type = i < 3 ? 'number' : 'string';
        // JSON has no `undefined`, so `undefined` means the claim is absent.
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

/** Tokens longer than this are refused before they are decoded or stored. */
const MAX_TOKEN_CHARS = 8 * 1024;
/** The longest session lifetime accepted, in seconds (about 3 years). */
const MAX_EXPIRE_SECONDS = 1e8;
/**
 * A non-empty string of at most {@link MAX_TOKEN_CHARS} printable ASCII characters without spaces (tokens go into
 * header values), or throws `INVALID_RESPONSE` naming the field.
 */
function tokenField(obj, field) {
    const value = obj[field];
    if (typeof value !== 'string' || value.length > MAX_TOKEN_CHARS || !/^[\x21-\x7e]+$/.test(value)) {
        throw invalidResponse(field);
    }
    return value;
}
/** `expire` as a finite number of seconds > 0, or throws `INVALID_RESPONSE`. */
function expireField(obj) {
    const value = obj.expire;
    if (typeof value !== 'number' || !(value > 0) || value > MAX_EXPIRE_SECONDS)
        throw invalidResponse('expire');
    return value;
}
/** The id_token's claims; a malformed id_token from the server is an `INVALID_RESPONSE`. */
function idTokenClaims(idToken) {
    try {
        return decodeIdToken(idToken);
    }
    catch (_a) {
        throw invalidResponse('id_token');
    }
}
/**
 * `{session_token, expire, id_token}` of an answer's JSON object, checked field by field.
 *
 * @throws {EiamError} `INVALID_RESPONSE` naming the first bad field.
 */
function parseSessionGrant(obj) {
    const sessionToken = tokenField(obj, 'session_token');
    const expireSeconds = expireField(obj);
    const idToken = tokenField(obj, 'id_token');
    return { sessionToken, idToken, expireSeconds, claims: idTokenClaims(idToken) };
}

/** A non-empty image of at most 512 KiB, without its `data:` prefix, or throws `INVALID_RESPONSE` naming the field. */
function image(obj, field) {
    const value = obj[field];
    if (typeof value !== 'string' || !value || value.length > 512 * 1024)
        throw invalidResponse(field);
    return value.replace(/^data:image\/\w+;base64,/, '');
}
/**
 * The fields of a captcha answer (up to 1 MiB: captcha images are larger than other answers), flat or inside
 * AJ-Captcha's `repData`.
 */
function fields(res, now) {
    const obj = okObject(res, now, 1024 * 1024);
    return asObject(obj.repData) || obj;
}
/**
 * @example
 * ```ts
 * const { token, originalImageBase64 } = processCaptchaResponse(res, Date.now());
 * ```
 * Processes the answer of `GET /api/v2/sdk/captcha` (flat, or inside AJ-Captcha's `repData`); answers up to 1 MiB.
 * @throws {EiamError} `INVALID_RESPONSE` naming the bad field, or the error of a non-2xx answer.
 */
function processCaptchaResponse(res, now) {
    const obj = fields(res, now);
    return {
        token: tokenField(obj, 'token'),
        originalImageBase64: image(obj, 'originalImageBase64'),
        jigsawImageBase64: image(obj, 'jigsawImageBase64'),
        secretKey: typeof obj.secretKey === 'string' ? obj.secretKey : '',
    };
}
/**
 * @example
 * ```ts
 * const captchaToken = processCaptchaVerifyResponse(res, Date.now());
 * ```
 * Processes the answer of `POST /api/v2/sdk/captcha/verify`: the `captcha_token`.
 * @throws {EiamError} `INVALID_RESPONSE`, or the error of a non-2xx answer (a wrong position is an `API_ERROR`).
 */
function processCaptchaVerifyResponse(res, now) {
    return tokenField(fields(res, now), 'captcha_token');
}

/** The trimmed status (a vendor example sends `" SOCIAL_BIND"`), or undefined when absent. */
function rawStatus(value) {
    return typeof value === 'string' ? value.trim() : undefined;
}
/** An unknown status, kept raw (up to 64 characters) in an error's `detail`; a missing one reads `status `. */
function statusDetail(status = '') {
    return 'status ' + status.slice(0, 64);
}

/**
 * @example
 * ```ts
 * parseFlows('{"socialBindOrRegisterFlow":["VERIFY_PHONE"]}'); // ['VERIFY_PHONE']
 * ```
 * `data`, a JSON-encoded string such as `{"socialBindOrRegisterFlow":["VERIFY_PHONE"]}`, as the flow list (at most 16
 * trimmed names of up to 64 characters); `[]` when `data` is null, absent or has no list.
 * @throws {EiamError} `INVALID_RESPONSE` when `data` is a string that is not JSON.
 */
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
/**
 * @example
 * ```ts
 * const answer = processLoginResponse({ statusCode: 200, data: text, header: {} }, Date.now());
 * if (answer.status === 'SOCIAL_BIND') use(answer.stateToken, answer.flows);
 * ```
 * Processes the answer of `POST /api/v2/sdk/login/wechat-miniprogram`. Pure: no network, no storage.
 *
 * @throws {EiamError} `ACCESS_DENIED`, `PASSWORD_EXPIRED`, `INVALID_RESPONSE` (unknown status, bad fields), or the
 * error of a non-2xx answer.
 */
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

/**
 * @example
 * ```ts
 * processEmptyResponse(res, Date.now()); // throws unless 2xx
 * ```
 * Processes an answer whose success has no body (the code sends).
 * @throws {EiamError} the error of a non-2xx answer, or `API_ERROR` for a 2xx carrying an error envelope.
 */
function processEmptyResponse(res, now) {
    okBody(res, now);
}
/**
 * @example
 * ```ts
 * processMfaMobileResponse(res, Date.now()); // '+86-13800138000'
 * ```
 * Processes the answer of `GET /api/v2/sdk/mobile-by-token`: the user's mobile as the server writes it.
 * @throws {EiamError} `INVALID_RESPONSE`, or the error of a non-2xx answer.
 */
function processMfaMobileResponse(res, now) {
    const obj = asObject(okBody(res, now));
    const mobile = obj && obj.mobile;
    if (typeof mobile !== 'string' || mobile.trim() === '' || mobile.length > 64) {
        throw invalidResponse('mobile', res.statusCode);
    }
    return mobile.trim();
}
/**
 * @example
 * ```ts
 * const { idToken, renewed } = processIdTokenResponse(res, Date.now());
 * ```
 * Processes the answer of `POST /api/v2/sdk/sso/session-token/id-token`; `renewed` is set when the answer carries a
 * session_token (with its `expire`).
 * @throws {EiamError} `INVALID_RESPONSE`, or the error of a non-2xx answer.
 */
function processIdTokenResponse(res, now) {
    const obj = okObject(res, now);
    const idToken = tokenField(obj, 'id_token');
    const grant = { idToken, claims: idTokenClaims(idToken) };
    if (obj.session_token != null) {
        grant.renewed = { sessionToken: tokenField(obj, 'session_token'), expireSeconds: expireField(obj) };
    }
    return grant;
}

/**
 * @example
 * ```ts
 * const answer = processSessionResponse(res, Date.now());
 * if (answer.kind === 'session') keep(answer.grant); else continueMfa(answer.stateToken);
 * ```
 * Processes the answer of the bind, register-bind and MFA endpoints (`{session_token, expire, status, id_token}`).
 * A missing status, `SUCCESS` and `PASSWORD_WARN` are successes.
 *
 * @throws {EiamError} `ACCESS_DENIED`, `PASSWORD_EXPIRED`, `INVALID_RESPONSE`, or the error of a non-2xx answer.
 */
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

/**
 * The default {@link AppLifecycle}: `wx.onAppShow` / `wx.onAppHide`, undone with `wx.offAppShow` / `wx.offAppHide`.
 * Touches `wx` only when `subscribe()` is called.
 *
 * @example
 * ```ts
 * const eiam = new EiamClient({ domain, clientId, appLifecycle: wxAppLifecycle() });
 * ```
 */
function wxAppLifecycle() {
    return {
        subscribe(onShow, onHide) {
            wx.onAppShow(onShow);
            wx.onAppHide(onHide);
            return () => {
                wx.offAppShow(onShow);
                wx.offAppHide(onHide);
            };
        },
    };
}

/**
 * The default {@link DeviceInfoProvider}: `wx.getDeviceInfo` + `wx.getAppBaseInfo` (base library 2.20.1), falling
 * back to the deprecated `wx.getSystemInfoSync` only where they are missing. Touches `wx` only when `read()` is called.
 * A field wx does not give (or an unreadable device) is an empty string; the headers fall back to 'unknown'.
 *
 * @example
 * ```ts
 * wxDeviceInfo().read().system; // 'iOS 17.2.1'
 * ```
 */
function wxDeviceInfo() {
    return {
        read() {
            let bag = {};
            try {
                bag = (typeof wx.getDeviceInfo === 'function' && typeof wx.getAppBaseInfo === 'function'
                    ? Object.assign({}, wx.getDeviceInfo(), wx.getAppBaseInfo())
                    : wx.getSystemInfoSync());
            }
            catch (_a) {
                // Unreadable: every field is ''.
            }
            const str = (key) => {
                const value = bag[key];
                return typeof value === 'string' ? value : '';
            };
            return {
                system: str('system'),
                platform: str('platform'),
                brand: str('brand'),
                model: str('model'),
                wechatVersion: str('version'),
                sdkVersion: str('SDKVersion'),
                language: str('language'),
            };
        },
    };
}

/**
 * A callback-style wx API as a promise: resolves with what `success` gets and rejects with what `fail` gets.
 * A synchronous throw (an API the base library lacks) is a rejection too.
 *
 * @example
 * ```ts
 * const res = await wxCall<{ code: string }>('login', { timeout: 10000 });
 * ```
 */
function wxCall(api, options) {
    return new Promise((resolve, reject) => {
        options.success = resolve;
        options.fail = reject;
        wx[api](options);
    });
}

/**
 * The default {@link LoginProvider}: `wx.login` in callback form with its `timeout`. The client refuses an answer
 * without a code.
 *
 * @example
 * ```ts
 * const code = await wxLogin().login(10000);
 * ```
 */
function wxLogin() {
    return {
        login: (timeout) => wxCall('login', { timeout }).then((res) => res.code),
    };
}

/**
 * The default {@link SessionStorage}: `wx.getStorage` / `wx.setStorage` / `wx.removeStorage` in callback form,
 * with `encrypt: true` on both write and read when `encrypt()` says the base library has it (2.21.3 and later).
 * Older base libraries store the value unencrypted in the app's private storage; after an upgrade the old value no
 * longer reads back and the user signs in once more. A missing key reads `null`; a stored value that is not a string
 * is handed back as it is (the SDK reads it as corrupt); any other failure rejects with wx's error.
 *
 * @example
 * ```ts
 * const storage = wxStorage(() => true);
 * ```
 */
function wxStorage(encrypt) {
    return {
        get: (key) => wxCall('getStorage', { key, encrypt: encrypt() }).then((res) => (res.data === null ? '' : res.data), // a stored null is corrupt, not missing: it gets removed
        (err) => (/not found/.test(err.errMsg) ? null : Promise.reject(err))),
        set: (key, data) => wxCall('setStorage', { key, data, encrypt: encrypt() }),
        remove: (key) => wxCall('removeStorage', { key }),
    };
}

/** The kind of a `wx.request` failure, from its `errMsg`: offline means surely not sent. */
function failureOf(errMsg) {
    const kind = /timeout/i.test(errMsg)
        ? 'timeout'
        : /interrupted/i.test(errMsg)
            ? 'interrupted'
            : /internet_disconnected|network is down/i.test(errMsg)
                ? 'not-sent'
                : 'network';
    return { transportFailure: kind, errMsg };
}
function stringHeaders(header) {
    const out = {};
    const source = (header && typeof header === 'object' ? header : {});
    for (const name of Object.keys(source))
        out[name] = String(source[name]);
    return out;
}
/**
 * The default {@link Transport}: `wx.request` in callback form, the body returned as raw text so that the SDK checks
 * its size and shape itself. Needs base library 2.10.0 (for `timeout`).
 *
 * @example
 * ```ts
 * const eiam = new EiamClient({ domain, clientId, transport: wxTransport() });
 * ```
 */
function wxTransport() {
    return {
        request(req) {
            return new Promise((resolve, reject) => {
                wx.request({
                    url: req.url,
                    method: req.method,
                    header: req.header,
                    data: req.data,
                    timeout: req.timeout,
                    dataType: (req.dataType || 'text'),
                    responseType: (req.responseType || 'text'),
                    success: (res) => resolve({ statusCode: res.statusCode, data: res.data, header: stringHeaders(res.header) }),
                    fail: (err) => reject(failureOf(String((err && err.errMsg) || 'request:fail'))),
                });
            });
        },
    };
}

/**
 * @example
 * ```ts
 * safetyMarginMs(300000); // 60000 for a 5-minute id_token
 * safetyMarginMs(1000); // 500
 * ```
 * The safety margin for a lifetime: min(60 s, lifetime / 2), so short tokens stay usable.
 */
function safetyMarginMs(lifetimeMs) {
    return Math.max(0, Math.min(60000, Math.floor(lifetimeMs / 2)));
}
/** When a credential of `lifetimeMs`, received at `receivedAt` on the local clock, stops being used. */
function usableUntil(receivedAt, lifetimeMs) {
    return receivedAt + lifetimeMs - safetyMarginMs(lifetimeMs);
}
/**
 * @example
 * ```ts
 * idTokenFresh(decodeIdToken(idToken), Date.now() + skew); // false within 60 s of a 5-minute token's exp
 * ```
 * Whether an id_token with these claims may still be sent at `serverNow` (ms on the server's clock): more than the
 * safety margin of its lifetime (`exp - iat`; 60 s without `iat`) left before `exp`, and not before `nbf` less that
 * margin. Without a numeric `exp` it is never fresh.
 */
function idTokenFresh(claims, serverNow) {
    const exp = (claims.exp || 0) * 1000;
    const margin = safetyMarginMs(exp - (claims.iat || 0) * 1000);
    return serverNow < exp - margin && serverNow >= (claims.nbf || 0) * 1000 - margin;
}

/**
 * A signed-in session. The tokens are readable properties, but not enumerable: `String(session)`,
 * `JSON.stringify(session)` and object spreads never reveal them.
 *
 * @example
 * ```ts
 * const session = await eiam.getSession();
 * if (session) request({ header: { 'X-session-token': session.sessionToken } });
 * ```
 */
class Session {
    constructor(sessionToken, idToken, expiresAt, claims) {
        // Not enumerable, not writable: the defaults of defineProperties.
        Object.defineProperties(this, { sessionToken: { value: sessionToken }, idToken: { value: idToken } });
        this.expiresAt = expiresAt;
        this.claims = claims;
    }
    /** Redacted: no token, no claim but the subject. */
    toJSON() {
        return {
            expiresAt: this.expiresAt,
            sub: typeof this.claims.sub === 'string' ? this.claims.sub : undefined,
        };
    }
    /** Redacted. */
    toString() {
        return `[Session expiresAt=${this.expiresAt}]`;
    }
}

/** `debug: true` logs to `console.log`; a function receives the lines; anything else logs nothing. */
function createLogger(debug) {
    const sink = debug === true ? (line) => console.log(line) : debug;
    return {
        debug(line) {
            // A missing console or a broken log sink must not break sign-in.
            try {
                if (typeof sink === 'function')
                    sink('[eiam] ' + line);
            }
            catch (_a) {
                // ignored
            }
        },
    };
}

/**
 * Shares one in-flight promise per key: concurrent identical calls get the same result or error, and the slot is
 * cleared when the promise settles, so the next call starts afresh.
 */
class SingleFlight {
    constructor() {
        this.flights = {};
    }
    run(key, start) {
        const flights = this.flights;
        let flight = flights[key];
        if (!flight) {
            const started = (flight = flights[key] = start());
            // The check keeps a flight that `start` itself began under the same key.
            const clear = () => flights[key] === started && delete flights[key];
            started.then(clear, clear);
        }
        return flight;
    }
}

/** Compares dotted versions numerically: negative when `a < b`, 0 when equal, positive when `a > b`. */
function compareVersions(a, b) {
    const pa = a.split('.');
    const pb = b.split('.');
    let diff = 0;
    // Past the end of both lists the parts are 0 - 0, so running on to the sum of their lengths changes nothing.
    for (let i = 0; !diff && i < pa.length + pb.length; i++) {
        diff = (parseInt(pa[i]) || 0) - (parseInt(pb[i]) || 0);
    }
    return diff;
}

/**
 * Settles with `promise`, or rejects with `onTimeout()` after `ms` if the platform never calls back.
 * The timer is cleared as soon as the promise settles.
 */
function withTimeout(promise, ms, onTimeout) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(onTimeout()), ms);
        // `then(resolve, reject)` never rejects, so the timer is always cleared (before any timer can run).
        promise.then(resolve, reject).then(() => clearTimeout(timer));
    });
}

/** The types both channels have; each channel adds its own and its suffix. */
const COMMON_TYPES = 'LOGIN REGISTER MFA_AUTH FORGET_PWD CHANGE_PWD ';
/** The documented code types of a channel: the common ones, then `more`, each with `suffix`. */
function codeTypes(more, suffix) {
    return (COMMON_TYPES + more).split(' ').map((type) => type + suffix);
}
/** The documented SMS code types; tenants may have newer ones ending in `_SMS`. */
const SMS_CODE_TYPES = codeTypes('BIND_MOBILE UPDATE_PWD UPDATE_MOBILE', '_SMS');
/** The documented email code types; tenants may have newer ones ending in `_EMS`. */
const EMAIL_CODE_TYPES = codeTypes('BIND_EMAIL UPDATE_EMAIL', '_EMS');
/**
 * @example
 * ```ts
 * isCodeType('REGISTER_SMS', 'sms'); // true
 * isCodeType('REGISTER_SMS', 'email'); // false
 * ```
 * Whether `type` is a code type of the channel: a documented one, or an unknown one in the same shape
 * (`UPPER_CASE` ending in `_SMS` or `_EMS`) for tenants with newer types.
 */
function isCodeType(type, channel) {
    // Every documented type has this shape, so the lists need not be searched.
    return (typeof type === 'string' &&
        type.length < 65 &&
        /^[A-Z][A-Z\d]*(_[A-Z\d]+)*_[SE]MS$/.test(type) &&
        type.charAt(type.length - 3) === (channel === 'sms' ? 'S' : 'E'));
}

/**
 * Full-width characters a Chinese input method may produce, each mapped to its ASCII twin by {@link toHalfWidth}:
 * the digits `０`–`９` (U+FF10–U+FF19), `＋` (U+FF0B), `－` (U+FF0D), `．` (U+FF0E), `＠` (U+FF20) and the
 * ideographic (full-width) space U+3000.
 */
const FULL_WIDTH = /[\uFF10-\uFF19\uFF0B\uFF0D\uFF0E\uFF20\u3000]/g;
/**
 * Turns the full-width digits, `＋`, `－`, `．`, `＠` and the ideographic space into ASCII; every other character
 * is kept as it is.
 *
 * @example
 * ```ts
 * toHalfWidth('１３８\u3000００１３－８０００'); // '138 0013-8000'
 * toHalfWidth('ａ＠ｂ．ｃｏ'); // 'ａ@ｂ.ｃｏ' (full-width letters are left alone)
 * ```
 * Linear in the length of `s`; it never throws for a string.
 */
function toHalfWidth(s) {
    // Full-width forms sit 0xFEE0 above ASCII; the ideographic space is the one exception.
    return s.replace(FULL_WIDTH, (ch) => ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
/**
 * What the validators look at: a string of at most `max` characters, trimmed and in half-width ({@link toHalfWidth});
 * `''` for anything else, which no validator accepts.
 *
 * @example
 * ```ts
 * typedInput(' １２３４ ', 64); // '1234'
 * typedInput(42, 64); // ''
 * ```
 * The length is checked first, so that a huge input costs nothing.
 */
function typedInput(input, max) {
    return typeof input === 'string' && input.length <= max ? toHalfWidth(input.trim()) : '';
}

/**
 * The WHATWG `input[type=email]` grammar with the RFC 5321 limit of 64 characters on the local part. It runs only on
 * at most 254 characters; a domain label is 1–63 letters, digits or inner dashes, and labels are separated by dots,
 * so the pattern backtracks at most a few dozen steps per character.
 */
const EMAIL = /^([\w.!#$%&'*+/=?^`{|}~-]{1,64})@([a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)*)$/i;
/**
 * Parses an email address as a user types it; the normalised address, or `null` when it is not one.
 *
 * @example
 * ```ts
 * parseEmail(' A.B+tag@Example.COM '); // 'A.B+tag@example.com'
 * parseEmail('a@b..c'); // null
 * ```
 * The input is trimmed and full-width `＠`, `．`, digits and spaces become ASCII ({@link toHalfWidth}). The address
 * must then be at most 254 characters (checked before the pattern) with a local part of at most 64, and have
 * the shape of the WHATWG `input[type=email]` grammar: one `@`, a local part of letters, digits and
 * ``.!#$%&'*+/=?^_`{|}~-``, and a domain of dot-separated labels of 1–63 letters, digits or inner dashes (so
 * `a@b..c` and `a@b.` fail; a dotless domain such as `a@localhost` passes, as in browsers). The domain is returned
 * lower-cased, the local part exactly as typed. Non-strings and strings over 1,024 characters give `null`.
 *
 * It never throws, and looks at no more than 1,024 characters (the pattern at no more than 254).
 */
function parseEmail(input) {
    const address = typedInput(input, 1024);
    const m = address.length < 255 && EMAIL.exec(address);
    return m ? m[1] + '@' + m[2].toLowerCase() : null;
}

/**
 * A mobile number, after spaces and dashes are dropped. Either (group 1) a mainland China number (`1`, 3–9, 9 digits),
 * optionally behind `+86`, `0086` or `86`; or any other E.164 number: `+`, a first digit 1–9, 8 to 15 digits in all,
 * but not `+86` (a `+86` number that is not a mainland mobile is rejected), split into its country calling code
 * (group 2) and national number (group 3) with the ITU-T code lengths: `1` and `7` are one digit; the two-digit codes
 * are 20, 27, 30–49 but 35x/37x/38x/42x, 51–58, 60–66, 81, 82, 84, (86), 90–95 and 98; every other code is three
 * digits (not checked to be assigned). The codes are prefix-free, so the split is unambiguous.
 */
const MOBILE = /^(?:(?:\+86|0086|86)?(1[3-9]\d{9})|\+(?!86)(?=[1-9]\d{7,14}$)([17]|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[124]|9[0-58]|\d{3})(\d+))$/;
/**
 * Parses a mobile number as a user types it; `null` when it is not one.
 *
 * @example
 * ```ts
 * parseMobile('+86 138-0013-8000'); // { countryCode: '86', national: '13800138000', e164: '+8613800138000' }
 * parseMobile('+447911123456'); // { countryCode: '44', national: '7911123456', e164: '+447911123456' }
 * parseMobile('1380013800'); // null
 * ```
 * Rules, in order:
 * - a non-string, or a string longer than 32 characters, is rejected before anything else;
 * - the input is trimmed, full-width digits, `＋`, `－` and spaces become ASCII ({@link toHalfWidth}), and spaces
 *   and dashes are dropped; parentheses and any other character make it invalid;
 * - a bare 11-digit number is a mainland China number and must match `1[3-9]` + 9 digits;
 * - `+86`, `0086` or `86` may precede those 11 digits (`+86-13800138000` too); a `+86` number that is not a valid
 *   mainland number is rejected;
 * - any other number must be E.164: `+`, a first digit 1–9, 8 to 15 digits in all. Its country code is split off
 *   with the ITU-T code lengths (a three-digit code is not checked to be assigned).
 *
 * It never throws, and takes constant time on any input.
 */
function parseMobile(input) {
    const m = MOBILE.exec(typedInput(input, 32).replace(/[ -]/g, ''));
    if (!m)
        return null;
    const [, mainland, countryCode = '86', national = mainland] = m;
    return { countryCode, national, e164: '+' + countryCode + national };
}
/**
 * Writes a parsed mobile number in the given format.
 *
 * @example
 * ```ts
 * const m = parseMobile('13800138000')!;
 * formatMobile(m, 'national'); // '13800138000'
 * formatMobile(m, 'e164'); // '+8613800138000'
 * formatMobile(m, 'e164-dash'); // '+86-13800138000'
 * formatMobile(parseMobile('+14155552671')!, 'national'); // '+14155552671' (only mainland numbers drop the code)
 * ```
 */
function formatMobile(m, format) {
    return format === 'national' && m.countryCode === '86'
        ? m.national
        : '+' + m.countryCode + (format === 'e164-dash' ? '-' : '') + m.national;
}

/**
 * Parses an SMS or email verification code as a user types it; the code, or `null` when it is not one.
 *
 * @example
 * ```ts
 * parseVerifyCode(' 123456 '); // '123456'
 * parseVerifyCode('１２３４５６'); // '123456'
 * parseVerifyCode('12a456'); // null
 * ```
 * The input is trimmed and full-width digits become ASCII ({@link toHalfWidth}); the result must then be 4 to 8
 * digits. Non-strings and strings over 64 characters give `null`.
 * It never throws, and takes constant time on any input.
 */
function parseVerifyCode(input) {
    const code = typedInput(input, 64);
    return /^\d{4,8}$/.test(code) ? code : null;
}

/** Loopback host names. */
const LOOPBACK = /^(127(\.\d{1,3}){3}|localhost|\[::1\])$/i;
/** An `INVALID_ARGUMENT` error naming the argument (never its value). */
function invalid(detail) {
    return new EiamError('INVALID_ARGUMENT', { detail });
}
/**
 * The domain without a trailing slash. Only `https://host[:port][/path]`; `http://` only for loopback hosts when
 * allowed.
 *
 * @throws {EiamError} `INVALID_ARGUMENT` (detail `domain`).
 */
function checkDomain(domain, allowInsecureLoopback) {
    const trimmed = typeof domain === 'string' && domain.length <= 2048 ? domain.trim() : '';
    const match = /^(https?):\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?(\/[^\s?#]*)?$/.exec(trimmed);
    if (!match || (match[1] !== 'https' && !(allowInsecureLoopback && LOOPBACK.test(match[2])))) {
        throw invalid('domain');
    }
    return trimmed.replace(/\/+$/, '');
}
/** A positive number of ms, or the default. @throws {EiamError} `INVALID_ARGUMENT` */
function positiveMs(value, fallback, name, allowZero = false) {
    if (value === undefined)
        return fallback;
    if (typeof value !== 'number' || !isFinite(value) || value < 0 || (value === 0 && !allowZero))
        throw invalid(name);
    return value;
}

/** Whether the id_token may go to `url`: a listed host (with its port), `https://` (or loopback `http://` if allowed). */
function mayCarryToken(url, hosts, insecureLoopback) {
    const m = typeof url === 'string' ? /^(https?):\/\/([^/?#\\@\s]+)([/?#\\]\S*)?$/i.exec(url) : null;
    if (!m)
        return false;
    const host = m[2].toLowerCase();
    return (hosts.indexOf(host) >= 0 &&
        (m[1].toLowerCase() === 'https' || (insecureLoopback && LOOPBACK.test(host.replace(/:\d+$/, '')))));
}

/**
 * Remembers when a code was last sent to a recipient for a type, so that a second send within `periodMs` is
 * refused locally (`RATE_LIMITED` with the time left) and nothing is sent.
 */
function cooldown(periodMs, now) {
    /** Per key: `[when it started, when it ends]`, on the injected clock. */
    const spans = {};
    const left = (key) => {
        const span = spans[key];
        const t = now();
        return span && t >= span[0] ? Math.max(0, span[1] - t) : 0;
    };
    const extend = (key, ms) => {
        const t = now();
        spans[key] = [t, t + Math.max(left(key), ms)];
    };
    return {
        left,
        extend,
        take(key) {
            const wait = left(key);
            if (wait > 0)
                throw new EiamError('RATE_LIMITED', { retryAfterMs: wait, detail: 'code cool-down' });
            extend(key, periodMs);
        },
        release(key) {
            delete spans[key];
        },
    };
}

/**
 * @example
 * ```ts
 * console.log(`${SDK_NAME}/${SDK_VERSION}`);
 * ```
 * The SDK's own name, sent in `X-agent`.
 */
const SDK_NAME = 'eiam-miniprogram-sdk';
/** The SDK's version, sent in `X-agent`; kept equal to package.json by a test. */
const SDK_VERSION = '0.1.0';

/** Keeps printable ASCII only (header values must not carry anything else), or `'unknown'` when nothing is left. */
function ascii(value) {
    return value.replace(/[^\x20-\x7e]/g, '').trim() || 'unknown';
}
/**
 * `X-operating-sys-version`: the lowercase OS name and version without spaces, like the doc's `windows10.1.1`.
 * `iOS 17.2.1` → `ios17.2.1`.
 */
function osVersionHeader(info) {
    return ascii(info.system || info.platform)
        .replace(/\s/g, '')
        .toLowerCase();
}
/** `X-L`: the primary language subtag (the first run of ASCII letters), `zh_CN` → `zh`; `zh` when there is none. */
function languageHeader(language) {
    return (/[a-z]+/i.exec(language) || ['zh'])[0].toLowerCase();
}
/**
 * `X-agent`: a user-agent in the shape WeChat's own web view uses, e.g.
 * `Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X; iPhone 15) MicroMessenger/8.0.50 MiniProgramEnv/ios
 * eiam-miniprogram-sdk/0.1.0`.
 */
function agentHeader(info) {
    const system = ascii(info.system || info.platform);
    const platform = ascii(info.platform).toLowerCase();
    const version = system.replace(/^\D*/, '');
    const device = platform === 'ios'
        ? `iPhone; CPU iPhone OS ${version.replace(/\./g, '_')} like Mac OS X`
        : platform === 'android'
            ? `Linux; Android ${version}`
            : system;
    return (`Mozilla/5.0 (${device}; ${ascii(info.model)}) MicroMessenger/${ascii(info.wechatVersion)} ` +
        `MiniProgramEnv/${platform} ${SDK_NAME}/${SDK_VERSION}`);
}

/**
 * A random identifier of `length` characters from [0-9a-z]. Used for the device fingerprint, which identifies a
 * device and is not a secret.
 */
function randomId(length) {
    let out = '';
    while (out.length < length)
        out += ((Math.random() * 36) | 0).toString(36);
    return out;
}

/** What is shown for a value that has nothing safe to show. */
const HIDDEN$1 = '***';
/** A mainland number, optionally behind `+86`, `0086` or `86` and a space or dash: prefix and first 3, last 4. */
const MAINLAND = /^((?:\+86|0086|86)?[ -]?1\d\d)\d{4}(\d{4})$/;
/**
 * Masks a phone number for logs and screens: a mainland number keeps its prefix, first 3 and last 4 digits.
 *
 * @example
 * ```ts
 * maskMobile('13800138000'); // '138****8000'
 * maskMobile('+86-13800138000'); // '+86-138****8000'
 * maskMobile('+14155552671'); // '+14****71'
 * ```
 * Any other value of 6 or more characters keeps at most its first 3 and last 2 characters (fewer for short values,
 * so that at least half is hidden) around `****`; a shorter non-empty value becomes `***`. The result never holds the
 * whole input, nor more than 12 of its characters. Rule 8 of the reliability catalogue: never log a full number.
 */
function maskMobile(s) {
    if (typeof s !== 'string')
        return HIDDEN$1;
    // The pattern runs only on short values (at most 24 characters: anything longer gets the general rule).
    const m = s.length < 25 && MAINLAND.exec(s);
    // Otherwise at most 3 + 2 characters, and never more than a quarter of the value at each end.
    const head = Math.min(3, s.length >> 2);
    return m
        ? m[1] + '****' + m[2]
        : s.length < 6
            ? s && HIDDEN$1
            : s.slice(0, head) + '****' + s.slice(-Math.min(2, head));
}
/**
 * Masks an email address for logs and screens: the first character of the local part and the domain stay.
 *
 * @example
 * ```ts
 * maskEmail('zhangsan@qq.com'); // 'z***@qq.com'
 * maskEmail('not an email'); // '***'
 * ```
 * A local part of one character is hidden entirely (`'***@qq.com'`); a value without `@` becomes `***`.
 */
function maskEmail(s) {
    const at = typeof s === 'string' ? s.lastIndexOf('@') : -1;
    return at < 0 ? HIDDEN$1 : (at > 1 ? s.charAt(0) : '') + HIDDEN$1 + s.slice(at);
}

const HIDDEN = '[redacted]';
/** A request body for the debug log: mobiles and emails masked, every other value except `type` hidden. */
function redactBody(body) {
    if (!body)
        return '';
    const parts = Object.keys(body).map((key) => {
        const value = body[key];
        const shown = typeof value !== 'string'
            ? HIDDEN
            : key === 'type' || key === 'point_json'
                ? value
                : key === 'email' || (key === 'sender' && value.indexOf('@') >= 0)
                    ? maskEmail(value)
                    : key === 'mobile' || key === 'sender'
                        ? maskMobile(value)
                        : HIDDEN;
        return `${key}=${shown}`;
    });
    return ` {${parts.join(', ')}}`;
}

/** Extra time the SDK waits beyond the platform timeout before it gives up on a callback that never comes. */
const BACKSTOP_MS = 500;
const FINGERPRINT_KEY = 'eiam.v1.device';
/** How long the first request waits for the stored fingerprint, so a call still settles within its timeout + 1 s. */
const FINGERPRINT_READ_MS = 400;
/** Maps a transport failure to the SDK's error: `TIMEOUT`, or `NETWORK_ERROR` whose detail tells sent from not sent. */
function transportError(error) {
    if (error instanceof EiamError)
        return error;
    const kind = error && error.transportFailure;
    return kind === 'timeout'
        ? new EiamError('TIMEOUT')
        : new EiamError('NETWORK_ERROR', { detail: typeof kind === 'string' ? kind : 'network' });
}
/** A custom transport's answer in the shape the processors expect, whatever it resolved. */
function normalise(raw) {
    const res = (raw && typeof raw === 'object' ? raw : {});
    const header = res.header;
    return {
        statusCode: typeof res.statusCode === 'number' ? res.statusCode : 0,
        data: res.data,
        header: header && typeof header === 'object' ? header : {},
    };
}
/**
 * Builds each request (the documented headers, the JSON body), sends it once through the {@link Transport} with an
 * explicit timeout, and hands the raw answer to the endpoint's pure processor. It never retries.
 */
class Requester {
    constructor(config) {
        this.config = config;
        /** The server's clock minus the local one, in ms, from the `Date` header of the latest IDaaS answer (0 before). */
        this.skew = 0;
    }
    /** Sends one request and processes its answer. */
    call(endpoint, processAnswer, body, tokens = {}) {
        const { config } = this;
        const { logger, clock } = config;
        const label = `${endpoint.method} ${endpoint.path}`;
        let status;
        return this.commonHeaders()
            .then((common) => {
            const header = Object.assign({}, common);
            if (tokens.stateToken)
                header['X-state-token'] = tokens.stateToken;
            if (tokens.sessionToken)
                header['X-session-token'] = tokens.sessionToken;
            logger.debug(`→ ${label}${redactBody(body)}`);
            return this.send({
                url: config.domain + endpoint.path,
                method: endpoint.method,
                header,
                data: body ? JSON.stringify(body) : undefined,
                timeout: config.timeoutMs,
            });
        })
            .then((res) => {
            status = res.statusCode;
            for (const name in res.header) {
                const date = /^date$/i.test(name) ? Date.parse(res.header[name]) : NaN;
                if (!isNaN(date))
                    this.skew = date - clock.now();
            }
            const result = processAnswer(res, clock.now());
            logger.debug(`← ${label} ${status}`);
            return result;
        })
            .catch((error) => {
            const mapped = error instanceof EiamError ? error : new EiamError('INVALID_RESPONSE', { status });
            // The status and the server's code, or the transport failure's kind: never a body, a token or what was typed.
            logger.debug(`← ${label} ${status || mapped.detail || '-'} ${mapped.code} ${mapped.serverCode || ''}`);
            throw mapped;
        });
    }
    /**
     * Sends one request through the transport, giving up `BACKSTOP_MS` after its timeout. Resolves for every HTTP status;
     * rejects `TIMEOUT` or `NETWORK_ERROR` (whose detail tells sent from not sent).
     */
    send(req) {
        // The executor turns a synchronous throw of a custom transport into a rejection.
        const pending = new Promise((resolve) => resolve(this.config.transport.request(req)));
        return withTimeout(pending, req.timeout + BACKSTOP_MS, () => new EiamError('TIMEOUT')).then(normalise, (error) => {
            throw transportError(error);
        });
    }
    /** The common headers (shared: copy before changing them). */
    commonHeaders() {
        const { config } = this;
        return (this.headers =
            this.headers ||
                this.fingerprint().then((fingerprint) => {
                    const info = config.device();
                    return {
                        'content-type': 'application/json',
                        'X-client-id': config.clientId,
                        'X-device-fingerprint': fingerprint,
                        'X-operating-sys-version': osVersionHeader(info),
                        'X-agent': agentHeader(info),
                        'X-L': languageHeader(config.language || info.language),
                    };
                }));
    }
    /**
     * The device fingerprint: read from storage, or created once and persisted. Storage trouble never blocks a call:
     * the read waits at most {@link FINGERPRINT_READ_MS}, and the write is not waited for.
     */
    fingerprint() {
        const { storage, timeoutMs, logger } = this.config;
        const none = () => undefined;
        return withTimeout(Promise.resolve().then(() => storage.get(FINGERPRINT_KEY)), Math.min(timeoutMs, FINGERPRINT_READ_MS), none)
            .catch(none) // unreadable or slow: a new fingerprint replaces it
            .then((stored) => {
            if (typeof stored === 'string' && /^[0-9a-z]{16,64}$/.test(stored))
                return stored;
            const created = randomId(32);
            Promise.resolve()
                .then(() => storage.set(FINGERPRINT_KEY, created))
                .catch(() => logger.debug('fingerprint not stored'));
            return created;
        });
    }
}

/** The stored shape's version; another version reads as signed out. */
const STORED_VERSION = 1;
/** The one stored value: `{v, d, c, s, i, e}`. Nothing else is stored, no state token, no code. */
function serializeSession(session, owner) {
    return JSON.stringify({
        v: STORED_VERSION,
        d: owner.domain,
        c: owner.clientId,
        s: session.sessionToken,
        i: session.idToken,
        e: session.expiresAt,
    });
}
/** The stored session, or `null` for anything missing, corrupt, of another version or of another owner. */
function deserializeSession(text, owner) {
    if (typeof text !== 'string' || text.length > 4 * MAX_TOKEN_CHARS)
        return null;
    try {
        const obj = asObject(safeJsonParse(text));
        const expiresAt = obj && obj.e;
        const mine = obj && obj.v === STORED_VERSION && obj.d === owner.domain && obj.c === owner.clientId;
        if (!mine || typeof expiresAt !== 'number' || !isFinite(expiresAt))
            return null;
        // The tokens are checked as when they arrived: they go into header values.
        const idToken = tokenField(obj, 'i');
        return new Session(tokenField(obj, 's'), idToken, expiresAt, decodeIdToken(idToken));
    }
    catch (_a) {
        return null;
    }
}

const TIMED_OUT = {};
const noop$1 = () => undefined;
/**
 * Holds the session in memory and in storage, and tells listeners about every change.
 *
 * Every change bumps a generation; a storage read that started before a change is discarded, and storage writes run
 * one after the other in the order of the changes (a write that never answers holds the next one back for at most
 * the timeout), so storage always ends up holding what memory holds.
 */
class SessionKeeper {
    constructor(config) {
        this.config = config;
        this.generation = 0;
        /** Whether the last session ended by expiring (or by the server refusing it), rather than by a sign-out. */
        this.expired = false;
        this.writes = Promise.resolve();
        /** Writes are numbered; `landed` is the newest that has landed, `newest` writes the newest change again. */
        this.count = 0;
        this.landed = 0;
        this.newest = noop$1;
        this.flights = new SingleFlight();
        this.listeners = [];
    }
    /**
     * The session if it is still usable; an expired one is cleared (listeners hear `EXPIRED`). With `strict`, rejects
     * instead of resolving `null`: `SESSION_EXPIRED` when the last session ended by expiring, else `NO_SESSION`.
     */
    get(strict) {
        return this.current === undefined
            ? this.flights.run('load', () => this.load()).then(() => this.check(strict))
            : this.check(strict);
    }
    /** The session held in memory right now, without reading storage or checking expiry. */
    peek() {
        return this.current;
    }
    /**
     * Replaces the session and persists it, or with `null` signs out: forgets the session and removes it from storage.
     * Listeners hear it once. Resolves once storage has been written (or failed).
     */
    set(session, reason) {
        return this.change(session, reason);
    }
    /** Adds a listener; the returned function removes it. */
    subscribe(listener) {
        this.listeners.push(listener);
        return () => {
            const index = this.listeners.indexOf(listener);
            if (index >= 0)
                this.listeners.splice(index, 1);
        };
    }
    held() {
        this.config.hold(!!this.current);
    }
    /** The held session if still usable; else, after clearing an expired one, `null` or (`strict`) the rejection. */
    check(strict) {
        const session = this.current;
        if (session && this.config.clock.now() < session.expiresAt)
            return Promise.resolve(session);
        return (session ? this.change(null, 'EXPIRED') : Promise.resolve()).then(() => {
            if (strict)
                throw new EiamError(this.expired ? 'SESSION_EXPIRED' : 'NO_SESSION');
            return null;
        });
    }
    load() {
        const { storage, storageKey, timeoutMs, logger } = this.config;
        const generation = this.generation;
        return withTimeout(Promise.resolve().then(() => storage.get(storageKey)), timeoutMs, () => TIMED_OUT).then((text) => this.loaded(generation, text === null ? null : deserializeSession(text, this.config), text !== null), (error) => {
            // Slow storage is not corrupt storage: signed out for this call, read again on the next one.
            if (error === TIMED_OUT)
                logger.debug('session read timed out');
            else
                this.loaded(generation, null, true);
        });
    }
    /** Takes what storage held (`stored`: whether it held anything) unless a change came first; removes what is unreadable. */
    loaded(generation, session, stored) {
        if (generation !== this.generation)
            return;
        this.current = session;
        this.held();
        if (stored && !session) {
            this.config.logger.debug('stored session unreadable');
            void this.persist(null);
        }
    }
    change(session, reason) {
        const before = this.current;
        const { logger } = this.config;
        this.generation++;
        this.current = session;
        this.expired = !session && reason === 'EXPIRED';
        this.held();
        return this.persist(session).then((storageError) => {
            logger.debug(`session ${reason}`);
            if (session === null && before === null)
                return;
            const info = storageError ? { reason, storageError } : { reason };
            for (const listener of this.listeners.slice()) {
                try {
                    listener(session, info);
                }
                catch (_a) {
                    logger.debug('listener threw');
                }
            }
        });
    }
    /**
     * Queues the write of `session` (or its removal) after the earlier ones, and resolves with the error, if any, within
     * the timeout. The queue waits for an earlier write for at most the timeout, so one that never answers blocks
     * nothing; should it land after a newer one after all, the newest change is written again.
     */
    persist(session) {
        const { storage, storageKey, timeoutMs } = this.config;
        const n = ++this.count;
        const write = () => (session
            ? storage.set(storageKey, serializeSession(session, this.config))
            : // A key that cannot be removed is overwritten with a value that reads as signed out.
                storage.remove(storageKey).catch(() => storage.set(storageKey, ''))).then(() => (n < this.landed ? this.newest() : (this.landed = n)));
        this.newest = write;
        const real = withTimeout(this.writes, timeoutMs, noop$1).then(write, write);
        this.writes = real.then(noop$1, noop$1);
        return withTimeout(real, timeoutMs, () => TIMED_OUT).then(noop$1, () => new EiamError('STORAGE_ERROR'));
    }
}

/** The first base library whose `wx.setStorage` / `wx.getStorage` take `encrypt`. */
const ENCRYPT_SINCE = '2.21.3';
const MAX_SECRET_CHARS = 8 * 1024;
/** Printable ASCII without spaces: what may go into a header value. */
const HEADER_SAFE = /^[\x21-\x7e]+$/;
/** The longest timeout accepted: 10 minutes (timers overflow past 2^31 - 1 ms). */
const MAX_TIMEOUT_MS = 600000;
const DEVICE_FIELDS = 'system platform brand model wechatVersion sdkVersion language'.split(' ');
/** The device info, `''` for each field that is not a string or when the provider throws: headers then say 'unknown'. */
function readDeviceSafely(provider) {
    let info;
    try {
        info = provider.read();
    }
    catch (_a) {
        // every field empty
    }
    const out = {};
    for (const key of DEVICE_FIELDS) {
        const value = info && info[key];
        out[key] = typeof value === 'string' ? value : '';
    }
    return out;
}
const noop = () => undefined;
const idTokenOf = (session) => session.idToken;
/** `value`, or throws `INVALID_ARGUMENT` naming it when it is empty or `null`. */
function must(value, name) {
    if (!value)
        throw invalid(name);
    return value;
}
function text(value, name, max) {
    return must(typeof value === 'string' && value.length <= max ? value : null, name);
}
/** A non-empty, header-safe string of at most 256 characters, or throws `INVALID_ARGUMENT` naming it. */
function headerText(value, name) {
    return must(HEADER_SAFE.test(text(value, name, 256)) ? value : null, name);
}
/** A timeout in ms (default `fallback`), at most {@link MAX_TIMEOUT_MS}, or throws `INVALID_ARGUMENT` naming it. */
function timeoutMs(value, fallback, name) {
    const ms = positiveMs(value, fallback, name);
    return must(ms > MAX_TIMEOUT_MS ? null : ms, name);
}
/** A refusal with the NO_SESSION code: the session a call started with was signed out (or replaced) meanwhile. */
function signedOutMeanwhile() {
    return new EiamError('NO_SESSION', { detail: 'signed out meanwhile' });
}
/**
 * Whether the server refused the `<name>_token` its message names: `SDK.COMMON.1005`–`1007` (expired, parameter
 * error, parameter type error) in either naming scheme. A 1005–1007 about another parameter refuses nothing held.
 */
function refuses(error, name) {
    return (error.code === 'API_ERROR' &&
        /^SDK\.COMMON\.100[5-7]$/.test(baseServerCode(error.serverCode)) &&
        new RegExp(name + '[_ ]?token', 'i').test(error.serverMessage || ''));
}
/**
 * The EIAM sign-in client for a WeChat Mini Program: `wx.login`, then bind or register with a phone number or email
 * and a verification code, then a session kept in (encrypted) wx storage.
 *
 * Nothing touches `wx` in the constructor: device info and storage are read on first use.
 * Concurrent identical calls share one in-flight request. Nothing that spends a one-time secret is ever retried.
 *
 * @example
 * ```ts
 * const eiam = new EiamClient({ domain: 'https://tenant.example.com', clientId: 'nTo1...' });
 * const result = await eiam.loginWithWeChat();
 * if (result.status === 'SOCIAL_BIND') {
 *   await eiam.sendSmsCode({ mobile, type: 'REGISTER_SMS' });
 *   const session = await eiam.registerBind({ mobile, verifyCode });
 * }
 * ```
 * Supported base library: 2.10.0 and later (`encrypt` storage from 2.21.3).
 * @throws {EiamError} `INVALID_ARGUMENT` for a missing client id, a bad timeout, a domain that is not `https://`, or
 * any other option of the wrong type.
 */
class EiamClient {
    constructor(options) {
        this.flights = new SingleFlight();
        this.stateToken = null;
        /** Bumped by `logout()`: calls in flight from before it neither sign in nor hold a state token. */
        this.epoch = 0;
        if (!options || typeof options !== 'object')
            throw invalid('options');
        this.insecure = options.allowInsecureLoopback === true;
        const domain = checkDomain(options.domain, this.insecure);
        const clientId = headerText(options.clientId, 'clientId');
        this.timeoutMs = timeoutMs(options.timeoutMs, 10000, 'timeoutMs');
        this.language = options.language === undefined ? undefined : text(options.language, 'language', 35);
        this.mobileFormat = options.mobileFormat || 'national';
        if (!/^(national|e164(-dash)?)$/.test(this.mobileFormat))
            throw invalid('mobileFormat');
        const clock = (this.clock = options.clock || { now: () => Date.now() });
        this.loginProvider = options.login || wxLogin();
        const deviceProvider = options.deviceInfo || wxDeviceInfo();
        this.readDevice = () => this.device || (this.device = readDeviceSafely(deviceProvider));
        this.cooldown = cooldown(positiveMs(options.codeCooldownMs, 60000, 'codeCooldownMs', true), () => clock.now());
        const hosts = options.allowedHosts || [];
        if (!Array.isArray(hosts))
            throw invalid('allowedHosts');
        this.hosts = hosts.map((host) => String(host).toLowerCase());
        const { authHeader, authScheme } = options;
        this.authHeader = authHeader === undefined ? 'Authorization' : headerText(authHeader, 'authHeader');
        this.authPrefix =
            authScheme === ''
                ? ''
                : headerText(authScheme === undefined ? 'Bearer' : authScheme, 'authScheme') + ' ';
        this.lifecycle = options.appLifecycle || wxAppLifecycle();
        // One config for both: the requester and the keeper each read what they need.
        const config = {
            domain,
            clientId,
            timeoutMs: this.timeoutMs,
            language: this.language,
            transport: options.transport || wxTransport(),
            storage: options.storage ||
                wxStorage(() => compareVersions(this.readDevice().sdkVersion || '0', ENCRYPT_SINCE) >= 0),
            device: this.readDevice,
            clock,
            logger: createLogger(options.debug),
            storageKey: options.storageKey === undefined ? 'eiam.v1.session' : text(options.storageKey, 'storageKey', 128),
            hold: (held) => this.hold(held),
        };
        this.requester = new Requester(config);
        this.keeper = new SessionKeeper(config);
    }
    /**
     * Step 1: `wx.login`, then the code is exchanged at `login/wechat-miniprogram`. Concurrent calls share one
     * `wx.login` and one request. The state token for the next step stays inside the client (never stored).
     *
     * @example
     * ```ts
     * const r = await eiam.loginWithWeChat();
     * if (r.status === 'SUCCESS') show(r.session.claims);
     * else if (r.status === 'SOCIAL_BIND' || r.status === 'USER_REGISTER') showBindForm(r.flows); // e.g. ['VERIFY_PHONE']
     * else goToMfa();
     * ```
     * @throws {EiamError} `WX_LOGIN_FAILED`, `ACCESS_DENIED`, `NETWORK_ERROR`, `TIMEOUT`, `SERVER_ERROR`, `API_ERROR`,
     * `RATE_LIMITED`, `INVALID_RESPONSE`.
     */
    loginWithWeChat() {
        return this.flights.run('login', () => {
            const epoch = this.epoch;
            return this.wxCode()
                .then((code) => this.requester
                .call(ENDPOINTS.wechatLogin, processLoginResponse, { code })
                .catch((error) => {
                if (error.code === 'ACCESS_DENIED' && epoch === this.epoch)
                    this.stateToken = null;
                throw error;
            }))
                .then((answer) => {
                if (epoch !== this.epoch)
                    throw signedOutMeanwhile();
                if (answer.status === 'SUCCESS') {
                    this.stateToken = null;
                    return this.signIn(answer.grant).then((session) => ({ status: 'SUCCESS', session }));
                }
                this.stateToken = answer.stateToken;
                this.mfaMobile = undefined;
                return answer.status === 'MFA_AUTH'
                    ? { status: 'MFA_AUTH' }
                    : { status: answer.status, flows: answer.flows };
            });
        });
    }
    /**
     * Sends an SMS verification code. `type` is a documented type (`REGISTER_SMS`, `BIND_MOBILE_SMS`,
     * `MFA_AUTH_SMS`, `LOGIN_SMS`, ...) or a newer one ending in `_SMS`. A second send to the same mobile and type
     * within `codeCooldownMs` is refused without a request. Pass `captchaToken` from {@link verifyCaptcha} when the
     * tenant requires the captcha.
     *
     * @example
     * ```ts
     * await eiam.sendSmsCode({ mobile: '13800138000', type: 'REGISTER_SMS' });
     * ```
     * @throws {EiamError} `INVALID_ARGUMENT`, `RATE_LIMITED` (with `retryAfterMs`), and the request errors.
     */
    sendSmsCode(input) {
        return this.sendCode('mobile', input);
    }
    /**
     * Sends an email verification code; `type` is a documented one (`REGISTER_EMS`, `BIND_EMAIL_EMS`,
     * `MFA_AUTH_EMS`, ...) or a newer one ending in `_EMS`. Same cool-down as {@link sendSmsCode}.
     *
     * @example
     * ```ts
     * await eiam.sendEmailCode({ email: 'zhangsan@example.com', type: 'REGISTER_EMS' });
     * ```
     * @throws {EiamError} `INVALID_ARGUMENT`, `RATE_LIMITED`, and the request errors.
     */
    sendEmailCode(input) {
        return this.sendCode('email', input);
    }
    /**
     * Milliseconds before a code may be sent again to this recipient for this type (0 when it may).
     *
     * @example
     * ```ts
     * const left = eiam.codeCooldownLeft({ mobile, type: 'REGISTER_SMS' });
     * ```
     */
    codeCooldownLeft(input) {
        try {
            const key = input.email !== undefined ? 'email' : 'mobile';
            return this.cooldown.left(`${this.recipient(key, input[key])}|${input.type}`);
        }
        catch (_a) {
            return 0;
        }
    }
    /**
     * Binds the WeChat user to, or registers, the user with this phone number or email (`social/register-bind`), with
     * a code of type `REGISTER_SMS` / `REGISTER_EMS`. Needs the state token from {@link loginWithWeChat}.
     * A failure never touches an earlier session.
     *
     * @example
     * ```ts
     * const session = await eiam.registerBind({ mobile: '13800138000', verifyCode: '232326' });
     * ```
     * @throws {EiamError} `INVALID_ARGUMENT`, `NO_STATE_TOKEN`, `INVALID_STATE_TOKEN`, `MFA_REQUIRED`, `API_ERROR`,
     * and the request errors.
     */
    registerBind(input) {
        return this.bindWith(ENDPOINTS.registerBind, () => this.codeBody(input));
    }
    /**
     * Binds the WeChat user to an existing user (`social/bind`), with a code of type `BIND_MOBILE_SMS` /
     * `BIND_EMAIL_EMS`.
     *
     * @example
     * ```ts
     * const session = await eiam.bind({ email: 'zhangsan@example.com', verifyCode: '123456' });
     * ```
     * @throws {EiamError} as {@link registerBind}.
     */
    bind(input) {
        return this.bindWith(ENDPOINTS.bind, () => this.codeBody(input));
    }
    /**
     * Binds or registers with the phone number from `<button open-type="getPhoneNumber">`: pass its `e.detail.code`.
     *
     * @example
     * ```ts
     * onGetPhoneNumber(e) { if (e.detail.code) eiam.registerBindWithWeChatPhone({ wechatCode: e.detail.code }); }
     * ```
     * @throws {EiamError} as {@link registerBind}.
     */
    registerBindWithWeChatPhone(input) {
        return this.bindWithWeChatCode(ENDPOINTS.wechatPhoneRegisterBind, input);
    }
    /**
     * Binds an existing user with the phone number from the WeChat phone button.
     *
     * @example
     * ```ts
     * await eiam.bindWithWeChatPhone({ wechatCode: e.detail.code });
     * ```
     * @throws {EiamError} as {@link registerBind}.
     */
    bindWithWeChatPhone(input) {
        return this.bindWithWeChatCode(ENDPOINTS.wechatPhoneBind, input);
    }
    /**
     * Binds an existing user by user name and password.
     *
     * @example
     * ```ts
     * await eiam.bindWithPassword({ userName: 'zhangsan', password });
     * ```
     * @throws {EiamError} as {@link registerBind}; `PASSWORD_EXPIRED`.
     */
    bindWithPassword(input) {
        return this.bindWith(ENDPOINTS.passwordBind, () => ({
            user_name: text(input && typeof input.userName === 'string' ? input.userName.trim() : '', 'userName', 256),
            password: text(input && input.password, 'password', 1024),
        }));
    }
    /**
     * Fetches a slider captcha puzzle, for tenants that require one before a code is sent.
     *
     * @example
     * ```ts
     * const { token, originalImageBase64, jigsawImageBase64 } = await eiam.getCaptcha();
     * ```
     * @throws {EiamError} the request errors.
     */
    getCaptcha() {
        return this.flights.run('captcha', () => this.requester.call(ENDPOINTS.captcha, processCaptchaResponse));
    }
    /**
     * Checks the slider position: `x` is the piece's left edge in the image's own pixels. Resolves to the
     * `captcha_token` to pass to {@link sendSmsCode} / {@link sendEmailCode}; `sender` is the mobile or email the
     * code will go to.
     *
     * @example
     * ```ts
     * const captchaToken = await eiam.verifyCaptcha({ token, x: 237, sender: '13800138000' });
     * ```
     * @throws {EiamError} `INVALID_ARGUMENT`, `API_ERROR` (wrong position: fetch a new puzzle), and the request errors.
     */
    verifyCaptcha(input) {
        return this.guard(() => {
            const token = text(input && input.token, 'token', MAX_SECRET_CHARS);
            const x = input.x;
            if (typeof x !== 'number' || !(x >= 0 && x <= 10000))
                throw invalid('x');
            const rounded = Math.round(x * 100) / 100;
            const sender = this.recipient(typeof input.sender === 'string' && input.sender.indexOf('@') >= 0 ? 'email' : 'mobile', input.sender);
            const pointJson = `{"x":${rounded % 1 === 0 ? rounded.toFixed(1) : String(rounded)},"y":5.0}`;
            const body = { point_json: pointJson, token, sender };
            return this.flights.run(`captcha-verify ${JSON.stringify(body)}`, () => this.requester.call(ENDPOINTS.captchaVerify, processCaptchaVerifyResponse, body));
        });
    }
    /**
     * MFA step: the user's mobile as the server holds it (e.g. `+86-13800138000`); mask it for display with
     * `maskMobile`. Needs the state token of an `MFA_AUTH` login.
     *
     * @example
     * ```ts
     * const mobile = await eiam.getMfaMobile();
     * await eiam.sendSmsCode({ mobile, type: 'MFA_AUTH_SMS' });
     * ```
     * @throws {EiamError} `NO_STATE_TOKEN`, `INVALID_STATE_TOKEN`, and the request errors.
     */
    getMfaMobile() {
        return this.withStateToken(ENDPOINTS.mfaMobile, processMfaMobileResponse, noop, (mobile, current) => {
            if (current)
                this.mfaMobile = mobile;
            return mobile;
        });
    }
    /**
     * MFA step: verifies an `MFA_AUTH_SMS` code and signs in.
     *
     * @example
     * ```ts
     * const session = await eiam.verifyMfaSms({ mobile, verifyCode: '123456' });
     * ```
     * @throws {EiamError} as {@link registerBind}.
     */
    verifyMfaSms(input) {
        return this.bindWith(ENDPOINTS.mfaSms, () => this.codeBody(input, 'mobile'));
    }
    /**
     * MFA step: verifies an `MFA_AUTH_EMS` code and signs in.
     *
     * @example
     * ```ts
     * const session = await eiam.verifyMfaEmail({ email, verifyCode: '123456' });
     * ```
     * @throws {EiamError} as {@link registerBind}.
     */
    verifyMfaEmail(input) {
        return this.bindWith(ENDPOINTS.mfaEmail, () => this.codeBody(input, 'email'));
    }
    /**
     * Trades the session_token for a fresh id_token (`sso/session-token/id-token`); stores a renewed session_token
     * when the server sends one. Concurrent calls share one request.
     *
     * @example
     * ```ts
     * const { idToken } = await eiam.refreshIdToken();
     * ```
     * @throws {EiamError} `NO_SESSION` (also when the user signed out meanwhile); `SESSION_EXPIRED` when the session
     * expired or the server refused the session_token (HTTP 401, `SDK.COMMON.1013`, or `1005`–`1007` naming the
     * session_token): the user is then
     * signed out (listeners hear `null` once, reason `EXPIRED`); the request errors, which never sign out.
     */
    refreshIdToken() {
        return this.flights.run('refresh', () => this.keeper.get(true).then((before) => this.requester
            .call(ENDPOINTS.idToken, processIdTokenResponse, undefined, { sessionToken: before.sessionToken })
            .then((grant) => {
            if (this.keeper.peek() !== before)
                throw signedOutMeanwhile();
            const renewed = grant.renewed;
            return this.keep(new Session(renewed ? renewed.sessionToken : before.sessionToken, grant.idToken, renewed ? this.usableUntil(renewed.expireSeconds) : before.expiresAt, grant.claims), 'REFRESHED');
        }, (e) => {
            // A definite refusal of the session_token (never a network error, 5xx or 429) signs out.
            if (((e.code === 'API_ERROR' &&
                (e.status === 401 || baseServerCode(e.serverCode) === 'SDK.COMMON.1013')) ||
                refuses(e, 'session')) &&
                this.keeper.peek() === before) {
                return this.keeper.set(null, 'EXPIRED').then(() => {
                    throw new EiamError('SESSION_EXPIRED', e);
                });
            }
            throw e;
        })));
    }
    /**
     * A raw id_token with more than its safety margin (min(60 s, lifetime / 2)) of life left: the held one when it is,
     * else a new one from {@link refreshIdToken}. Concurrent calls share one refresh. `exp` and `nbf` are compared on the
     * server's clock, learned from the `Date` header of the IDaaS's answers.
     *
     * @example
     * ```ts
     * wx.request({ url, header: { Authorization: `Bearer ${await eiam.getIdToken()}` } });
     * ```
     * @throws {EiamError} `NO_SESSION`; `SESSION_EXPIRED` (signed out: show the sign-in page); `NETWORK_ERROR`,
     * `TIMEOUT`, `SERVER_ERROR`, `RATE_LIMITED`, `API_ERROR`, `INVALID_RESPONSE`, which keep the session.
     */
    getIdToken() {
        return this.flights.run('id', () => this.keeper
            .get(true)
            .then((session) => (this.fresh(session) ? session.idToken : this.refreshIdToken().then(idTokenOf))));
    }
    /**
     * `wx.request` to the app's own backend with `Authorization: Bearer <fresh id_token>` (see `authHeader`,
     * `authScheme`). Resolves for every HTTP status. On a 401 it refreshes the id_token once and repeats the call once
     * if the method is idempotent (GET, HEAD, OPTIONS, PUT, DELETE) or `repeatOn401` is set; otherwise it resolves with
     * the 401. The id_token only goes to hosts listed in `allowedHosts`.
     *
     * @example
     * ```ts
     * const eiam = new EiamClient({ domain, clientId, allowedHosts: ['api.example.com'] });
     * const { statusCode, data } = await eiam.request({ url: 'https://api.example.com/me' });
     * ```
     * Defaults: method `GET`, `timeout` the client's `timeoutMs`, `dataType` `'json'`.
     * @throws {EiamError} `INVALID_ARGUMENT` (URL not on an allowed host or not `https://`, a method `wx.request` does
     * not know, a timeout over 10 minutes; nothing is sent), the errors
     * of {@link getIdToken}, `NETWORK_ERROR` / `TIMEOUT` (the outcome is unknown: nothing is repeated).
     */
    request(options) {
        return this.guard(() => {
            const o = options || {};
            if (!mayCarryToken(o.url, this.hosts, this.insecure))
                throw invalid('url');
            const method = String(o.method || 'GET').toUpperCase();
            if (!/^(GET|HEAD|OPTIONS|P(OS|U)T|DELETE|TRACE|CONNECT)$/.test(method))
                throw invalid('method');
            const timeout = timeoutMs(o.timeout, this.timeoutMs, 'timeout');
            const send = (token) => {
                const header = Object.assign({}, o.header);
                for (const name in header)
                    if (name.toLowerCase() === this.authHeader.toLowerCase())
                        delete header[name];
                header[this.authHeader] = this.authPrefix + token;
                return this.requester.send(Object.assign({}, o, { method, header, timeout, dataType: o.dataType || 'json' }));
            };
            return this.getIdToken().then((sent) => send(sent).then((res) => {
                if (res.statusCode !== 401)
                    return res;
                // Refresh once, unless another call already replaced the token that was refused.
                const held = this.keeper.peek();
                const next = held && held.idToken !== sent
                    ? Promise.resolve(held.idToken)
                    : this.refreshIdToken().then(idTokenOf);
                return next.then((token) => o.repeatOn401 || /^(GET|HEAD|OPTIONS|PUT|DELETE)$/.test(method) ? send(token) : res);
            }));
        });
    }
    /**
     * The current session, read from storage on first use (concurrent calls share one read). `null` when signed out,
     * or when the stored value is missing, corrupt or expired (an expired one is removed and listeners hear `null`).
     *
     * @example
     * ```ts
     * const session = await eiam.getSession();
     * if (!session) wx.navigateTo({ url: '/pages/sign-in/index' });
     * ```
     */
    getSession() {
        return this.keeper.get();
    }
    /**
     * Signs out locally: forgets the session and the state token and removes the stored session. EIAM documents no
     * logout endpoint for mini programs, so the server-side session simply expires. Listeners hear `null` once.
     *
     * @example
     * ```ts
     * await eiam.logout();
     * ```
     */
    logout() {
        this.epoch++;
        this.stateToken = null;
        this.mfaMobile = undefined;
        return this.keeper.set(null, 'SIGNED_OUT');
    }
    /**
     * Calls `listener` on every session change (sign-in, refresh, sign-out, expiry found), never on subscribing, with
     * the new session or `null`. Returns the function that unsubscribes.
     *
     * @example
     * ```ts
     * const off = eiam.onSessionChange((session, { reason }) => this.setData({ signedIn: !!session }));
     * // later: off();
     * ```
     */
    onSessionChange(listener) {
        if (typeof listener !== 'function')
            throw invalid('listener');
        return this.keeper.subscribe(listener);
    }
    /**
     * A message for the user in the client's language: the server's message for `API_ERROR` when it sent one,
     * otherwise the SDK's own text for the code.
     *
     * @example
     * ```ts
     * catch (e) { wx.showToast({ title: eiam.describeError(e), icon: 'none' }); }
     * ```
     */
    describeError(error) {
        const language = this.uiLanguage();
        // A code this copy of the SDK does not know (an error of a newer copy) is no better known than a foreign error.
        if (!isEiamError(error) || !ERROR_MESSAGES[error.code])
            return errorMessage('NETWORK_ERROR', language);
        if (error.code === 'API_ERROR' && error.serverMessage)
            return error.serverMessage;
        return errorMessage(error.code, language);
    }
    /**
     * The language for texts shown to the user: `'zh'` or `'en'`, from the `language` option, else WeChat's language.
     * The SDK's components use it for their labels.
     *
     * @example
     * ```ts
     * const title = eiam.uiLanguage() === 'zh' ? '登录' : 'Sign in';
     * ```
     * Default: `'zh'` when neither is known.
     */
    uiLanguage() {
        const language = this.language || this.readDevice().language || 'zh';
        return language.slice(0, 2).toLowerCase() === 'zh' ? 'zh' : 'en';
    }
    /** Whether a state token from {@link loginWithWeChat} is held for the next step. */
    hasStateToken() {
        return this.stateToken !== null;
    }
    // ---- internals ----
    fresh(session) {
        return idTokenFresh(session.claims, this.clock.now() + this.requester.skew);
    }
    /** Listens to app show/hide while a session is held: on show, a stale id_token is refreshed in the background. */
    hold(held) {
        const off = this.offApp;
        try {
            if (held && !off) {
                this.offApp = this.lifecycle.subscribe(() => {
                    const session = this.keeper.peek();
                    // A failure keeps the session: the next read tries again.
                    if (session && !this.fresh(session))
                        this.getIdToken().catch(noop);
                }, noop);
            }
            else if (!held && off) {
                this.offApp = undefined;
                off();
            }
        }
        catch (_a) {
            // No app show/hide on this platform: credentials are still checked whenever they are read.
        }
    }
    /** Runs `start`, turning a synchronous validation throw into a rejection. */
    guard(start) {
        try {
            return start();
        }
        catch (error) {
            return Promise.reject(error);
        }
    }
    wxCode() {
        // The executor turns a synchronous throw of the provider into a rejection.
        const pending = new Promise((resolve) => resolve(this.loginProvider.login(this.timeoutMs)));
        return withTimeout(pending, this.timeoutMs + BACKSTOP_MS, () => 'timeout')
            .then((code) => text(code, 'code', 1024))
            .catch((reason) => {
            // No code, a bad one or a failure: only a timeout is told apart.
            throw new EiamError('WX_LOGIN_FAILED', { detail: reason === 'timeout' ? reason : undefined });
        });
    }
    sendCode(key, input) {
        return this.guard(() => {
            const recipient = this.recipient(key, input && input[key]);
            const { type, captchaToken } = input;
            const sms = key === 'mobile';
            if (!isCodeType(type, sms ? 'sms' : 'email'))
                throw invalid('type');
            const body = { [key]: recipient, type };
            if (captchaToken != null && captchaToken !== '') {
                body.captcha_token = text(captchaToken, 'captchaToken', MAX_SECRET_CHARS);
            }
            const id = `${recipient}|${type}`;
            // A double tap shares the send in flight; a later send within the cool-down is refused.
            return this.flights.run(`send ${id}`, () => {
                this.cooldown.take(id);
                return this.requester
                    .call(sms ? ENDPOINTS.smsSend : ENDPOINTS.emailSend, processEmptyResponse, body)
                    .catch((error) => {
                    if (error.code === 'RATE_LIMITED')
                        this.cooldown.extend(id, error.retryAfterMs || 0);
                    // Refused by the server, or surely never sent: no code went out, so the user may send again at once.
                    else if (error.code === 'API_ERROR' || error.detail === 'not-sent')
                        this.cooldown.release(id);
                    throw error;
                });
            });
        });
    }
    /** `{mobile or email, verify_code}`: the recipient `key`, or else exactly one of `mobile` and `email`. */
    codeBody(input, key) {
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
            [key]: this.recipient(key, input && input[key]),
            verify_code: must(parseVerifyCode(input.verifyCode), 'verifyCode'),
        };
    }
    bindWithWeChatCode(endpoint, input) {
        return this.bindWith(endpoint, () => ({
            wechat_code: text(input && input.wechatCode, 'wechatCode', 1024),
        }));
    }
    /** Step 2 (bind, register, MFA): one request with the held state token; on success the session replaces any other. */
    bindWith(endpoint, body) {
        const epoch = this.epoch;
        return this.withStateToken(endpoint, processSessionResponse, body, (answer, current) => {
            // A call that started before `logout()` must not sign the user back in.
            if (epoch !== this.epoch)
                throw signedOutMeanwhile();
            if (answer.kind === 'mfa') {
                if (current) {
                    this.stateToken = answer.stateToken;
                    this.mfaMobile = undefined;
                }
                throw new EiamError('MFA_REQUIRED', { status: 200 });
            }
            if (current)
                this.stateToken = null;
            return this.signIn(answer.grant);
        });
    }
    /**
     * Validates `body()`, then makes one request with the held state token (identical concurrent calls share it) and
     * hands the answer to `use`, with whether that state token is still the held one. The state token is dropped when
     * the server says it is no longer valid (`INVALID_STATE_TOKEN`) or refuses the user; a newer state token, from a
     * login that finished meanwhile, is kept.
     */
    withStateToken(endpoint, processAnswer, body, use) {
        return this.guard(() => {
            const data = body();
            const used = this.stateToken;
            if (used === null)
                throw new EiamError('NO_STATE_TOKEN');
            return this.flights.run(`${endpoint.path} ${used} ${JSON.stringify(data)}`, () => this.requester.call(endpoint, processAnswer, data, { stateToken: used }).then((answer) => use(answer, this.stateToken === used), (error) => {
                const stale = refuses(error, 'state');
                if ((stale || error.code === 'ACCESS_DENIED') && this.stateToken === used)
                    this.stateToken = null;
                throw stale ? new EiamError('INVALID_STATE_TOKEN', error) : error;
            }));
        });
    }
    signIn(grant) {
        return this.keep(new Session(grant.sessionToken, grant.idToken, this.usableUntil(grant.expireSeconds), grant.claims), 'SIGNED_IN');
    }
    /** Stores `session` as the current one; resolves with it once written. */
    keep(session, reason) {
        return this.keeper.set(session, reason).then(() => session);
    }
    /** When a credential that lives `seconds` from now stops being used, on the local clock. */
    usableUntil(seconds) {
        return usableUntil(this.clock.now(), seconds * 1000);
    }
    /** A valid mobile in the wire format (the MFA mobile the server gave is sent back as it was), or a valid email. */
    recipient(key, value) {
        if (key === 'email')
            return must(parseEmail(value), key);
        return typeof value === 'string' && value === this.mfaMobile
            ? value
            : formatMobile(must(parseMobile(value), key), this.mobileFormat);
    }
}

exports.EMAIL_CODE_TYPES = EMAIL_CODE_TYPES;
exports.ERROR_MESSAGES = ERROR_MESSAGES;
exports.EiamClient = EiamClient;
exports.EiamError = EiamError;
exports.SDK_NAME = SDK_NAME;
exports.SDK_VERSION = SDK_VERSION;
exports.SMS_CODE_TYPES = SMS_CODE_TYPES;
exports.Session = Session;
exports.decodeIdToken = decodeIdToken;
exports.errorMessage = errorMessage;
exports.formatMobile = formatMobile;
exports.isCodeType = isCodeType;
exports.isEiamError = isEiamError;
exports.maskEmail = maskEmail;
exports.maskMobile = maskMobile;
exports.parseEmail = parseEmail;
exports.parseFlows = parseFlows;
exports.parseMobile = parseMobile;
exports.parseVerifyCode = parseVerifyCode;
exports.processCaptchaResponse = processCaptchaResponse;
exports.processCaptchaVerifyResponse = processCaptchaVerifyResponse;
exports.processEmptyResponse = processEmptyResponse;
exports.processIdTokenResponse = processIdTokenResponse;
exports.processLoginResponse = processLoginResponse;
exports.processMfaMobileResponse = processMfaMobileResponse;
exports.processSessionResponse = processSessionResponse;
exports.safetyMarginMs = safetyMarginMs;
exports.wxAppLifecycle = wxAppLifecycle;
exports.wxDeviceInfo = wxDeviceInfo;
exports.wxLogin = wxLogin;
exports.wxStorage = wxStorage;
exports.wxTransport = wxTransport;
