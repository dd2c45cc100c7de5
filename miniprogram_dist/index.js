'use strict';

Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });

/******************************************************************************
Copyright (c) Microsoft Corporation.

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH
REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY
AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT,
INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM
LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR
OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR
PERFORMANCE OF THIS SOFTWARE.
***************************************************************************** */
/* global Reflect, Promise, SuppressedError, Symbol, Iterator */


function __awaiter(thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
}

typeof SuppressedError === "function" ? SuppressedError : function (error, suppressed, message) {
    var e = new Error(message);
    return e.name = "SuppressedError", e.error = error, e.suppressed = suppressed, e;
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
    INVALID_ARGUMENT: { zh: '参数不正确', en: 'Invalid argument' },
    NO_STATE_TOKEN: { zh: '请先完成微信登录', en: 'No state token: call loginWithWeChat() first' },
    INVALID_STATE_TOKEN: {
        zh: '登录状态已失效，请重新登录',
        en: 'The state token was rejected: call loginWithWeChat() again',
    },
    NO_SESSION: { zh: '尚未登录', en: 'Not signed in' },
    WX_LOGIN_FAILED: { zh: '微信登录失败', en: 'wx.login failed' },
    NETWORK_ERROR: { zh: '网络连接失败', en: 'Network error' },
    TIMEOUT: { zh: '请求超时', en: 'The request timed out' },
    SERVER_ERROR: { zh: '服务暂时不可用', en: 'The server failed (HTTP 5xx)' },
    API_ERROR: { zh: '请求被服务器拒绝', en: 'The server rejected the request' },
    INVALID_RESPONSE: { zh: '服务器返回的数据无法识别', en: 'The server answered in an unexpected shape' },
    ACCESS_DENIED: { zh: '无权访问该应用', en: 'Access denied' },
    MFA_REQUIRED: { zh: '需要二次认证', en: 'Multi-factor authentication is required' },
    PASSWORD_EXPIRED: { zh: '密码已过期', en: 'The password has expired' },
    INVALID_ID_TOKEN: { zh: 'id_token 格式不正确', en: 'Malformed id_token' },
    RATE_LIMITED: { zh: '操作过于频繁，请稍后再试', en: 'Too many requests: try again later' },
    STORAGE_ERROR: { zh: '本地存储失败', en: 'Storage failed' },
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
    const entry = ERROR_MESSAGES[code];
    return language.slice(0, 2).toLowerCase() === 'zh' ? entry.zh : entry.en;
}

const BRAND = '__eiamError';
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
        let message = errorMessage(code, 'en');
        if (init.detail)
            message += ` (${init.detail})`;
        if (init.serverCode || init.serverMessage) {
            message += `: ${init.serverCode || ''}${init.serverCode && init.serverMessage ? ' ' : ''}${init.serverMessage || ''}`;
        }
        super(message);
        // Restore the prototype chain for ES5 consumers that transpile `class extends Error`.
        Object.setPrototypeOf(this, EiamError.prototype);
        this.name = 'EiamError';
        this.code = code;
        if (init.serverCode !== undefined)
            this.serverCode = init.serverCode;
        if (init.serverMessage !== undefined)
            this.serverMessage = init.serverMessage;
        if (init.status !== undefined)
            this.status = init.status;
        if (init.retryAfterMs !== undefined)
            this.retryAfterMs = init.retryAfterMs;
        if (init.detail !== undefined)
            this.detail = init.detail;
        Object.defineProperty(this, BRAND, { value: true });
    }
    /** A plain object without the stack, safe to log or send to an error tracker. */
    toJSON() {
        return {
            name: this.name,
            code: this.code,
            message: this.message,
            serverCode: this.serverCode,
            status: this.status,
            retryAfterMs: this.retryAfterMs,
            detail: this.detail,
        };
    }
}
/**
 * Whether a value is an {@link EiamError}, also across bundle copies (it does not rely on `instanceof`).
 *
 * @example
 * ```ts
 * catch (e) { if (isEiamError(e) && e.code === 'TIMEOUT') retryLater(); }
 * ```
 */
function isEiamError(value) {
    return typeof value === 'object' && value !== null && value[BRAND] === true;
}

/** Reads a header case-insensitively. */
function headerValue(header, name) {
    const wanted = name.toLowerCase();
    for (const key of Object.keys(header))
        if (key.toLowerCase() === wanted)
            return header[key];
    return undefined;
}
/** `Retry-After` (seconds or an HTTP date) as milliseconds from `now`, or undefined when absent or unreadable. */
function retryAfterMs(header, now) {
    const raw = headerValue(header, 'retry-after');
    if (raw === undefined)
        return undefined;
    const text = raw.trim();
    if (/^\d{1,9}$/.test(text))
        return parseInt(text, 10) * 1000;
    const when = Date.parse(text);
    return isNaN(when) ? undefined : Math.max(0, when - now);
}

/** Answers larger than this are refused before they are parsed. */
const MAX_BODY_CHARS = 64 * 1024;
/** `JSON.parse` that drops `__proto__` keys, so no answer can reach a prototype. */
function safeJsonParse(text) {
    return JSON.parse(text, (key, value) => (key === '__proto__' ? undefined : value));
}
/**
 * The body of an answer as a JSON value: raw text is size-checked and parsed; an empty body is `undefined`;
 * a value a custom transport already parsed is taken as it is.
 *
 * @throws {EiamError} `INVALID_RESPONSE` when the text is too large or not JSON.
 */
function jsonBody(data, status, maxChars = MAX_BODY_CHARS) {
    if (typeof data !== 'string')
        return data;
    if (data.length > maxChars)
        throw new EiamError('INVALID_RESPONSE', { status, detail: 'body too large' });
    if (data.trim() === '')
        return undefined;
    try {
        return safeJsonParse(data);
    }
    catch (_a) {
        throw new EiamError('INVALID_RESPONSE', { status, detail: 'body not JSON' });
    }
}
/** The value as a plain object, or `undefined`. */
function asObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
}

const MAX_SERVER_MESSAGE = 200;
/** The server's `{error_code, error_msg}` envelope, if the body is one. */
function errorEnvelope(body) {
    const obj = asObject(body);
    if (!obj || typeof obj.error_code !== 'string' || obj.error_code === '')
        return undefined;
    const code = obj.error_code.slice(0, 128);
    const message = typeof obj.error_msg === 'string' ? obj.error_msg.slice(0, MAX_SERVER_MESSAGE) : undefined;
    return message === undefined ? { code } : { code, message };
}
function lenientBody(data) {
    if (typeof data !== 'string')
        return data;
    if (data.length > MAX_BODY_CHARS)
        return undefined;
    try {
        return safeJsonParse(data);
    }
    catch (_a) {
        return undefined;
    }
}
/**
 * The error for an answer that is not a success: 429 is `RATE_LIMITED` (with `Retry-After`), 5xx is `SERVER_ERROR`
 * whatever the body, any other status is `API_ERROR`. The server's code and message are kept when the body is an
 * error envelope; no other body text is.
 */
function errorFromAnswer(res, now) {
    const envelope = errorEnvelope(lenientBody(res.data));
    const init = {
        status: res.statusCode,
        serverCode: envelope && envelope.code,
        serverMessage: envelope && envelope.message,
    };
    if (res.statusCode === 429)
        return new EiamError('RATE_LIMITED', Object.assign(Object.assign({}, init), { retryAfterMs: retryAfterMs(res.header, now) }));
    if (res.statusCode >= 500)
        return new EiamError('SERVER_ERROR', init);
    if (!envelope)
        return new EiamError('API_ERROR', { status: res.statusCode, detail: 'no error envelope' });
    return new EiamError('API_ERROR', init);
}
/** The server code without the newer `IDAAS.` prefix, so both naming schemes compare equal. */
function baseServerCode(code) {
    return (code || '').replace(/^IDAAS\./i, '').toUpperCase();
}

function ep(method, path) {
    return { method, path: `/api/v2/sdk/${path}` };
}
/** The whole endpoint family (see the API reference in the README). */
const ENDPOINTS = {
    wechatLogin: ep('POST', 'login/wechat-miniprogram'),
    registerBind: ep('POST', 'social/register-bind'),
    bind: ep('POST', 'social/bind'),
    wechatPhoneRegisterBind: ep('POST', 'social/wechat-mobile-register-bind'),
    wechatPhoneBind: ep('POST', 'social/wechat-mobile-bind'),
    passwordBind: ep('POST', 'social/username-password-bind'),
    captcha: ep('GET', 'captcha'),
    captchaVerify: ep('POST', 'captcha/verify'),
    smsSend: ep('POST', 'sms/send'),
    emailSend: ep('POST', 'email/send'),
    mfaMobile: ep('GET', 'mobile-by-token'),
    mfaSms: ep('POST', 'mfa/sms'),
    mfaEmail: ep('POST', 'mfa/email'),
    idToken: ep('POST', 'sso/session-token/id-token'),
};

/**
 * The JSON body of a successful (2xx) answer. Any other status, or a 2xx that carries an error envelope, throws the
 * matching {@link EiamError}.
 */
function okBody(res, now, maxChars = MAX_BODY_CHARS) {
    const status = res.statusCode;
    if (typeof status !== 'number' || status < 200 || status > 299)
        return throwing(errorFromAnswer(res, now));
    const body = jsonBody(res.data, status, maxChars);
    const envelope = errorEnvelope(body);
    if (envelope) {
        throw new EiamError('API_ERROR', { status, serverCode: envelope.code, serverMessage: envelope.message });
    }
    return body;
}
function throwing(error) {
    throw error;
}

/** The base64url alphabet (RFC 4648 §5), indexed by sextet value. */
/** The padding character, `=`. */
const PAD = 0x3d;
/** The sextet value of a base64url character code, or -1 for any other character (`+`, `/`, `=`, spaces ...). */
function sextet(code) {
    if (code >= 0x41 && code <= 0x5a)
        return code - 0x41; // A-Z
    if (code >= 0x61 && code <= 0x7a)
        return code - 0x61 + 26; // a-z
    if (code >= 0x30 && code <= 0x39)
        return code - 0x30 + 52; // 0-9
    if (code === 0x2d)
        return 62; // -
    if (code === 0x5f)
        return 63; // _
    return -1;
}
/**
 * Decodes base64url (RFC 4648 §5) to bytes; `null` when the text is not base64url. Never throws.
 *
 * @example
 * ```ts
 * base64UrlToBytes('eyJhIjoxfQ'); // [123, 34, 97, 34, 58, 49, 125], the bytes of '{"a":1}'
 * base64UrlToBytes('a+b/'); // null: that is base64, not base64url
 * ```
 * Padding is optional; when present it must be one or two `=` that bring the length to a multiple of 4. Rejected:
 * `+`, `/`, any `=` elsewhere, spaces and line breaks, any non-alphabet character, and an unpadded length of
 * 4n + 1 (such a text cannot come from any bytes). Unused low bits in the last character are ignored, as most
 * decoders do. The empty string decodes to `[]`.
 */
function base64UrlToBytes(s) {
    if (typeof s !== 'string')
        return null;
    let end = s.length;
    while (end > 0 && s.length - end < 2 && s.charCodeAt(end - 1) === PAD)
        end--;
    if (end < s.length && s.length % 4 !== 0)
        return null;
    if (end % 4 === 1)
        return null;
    const bytes = [];
    let buffer = 0;
    let bits = 0;
    for (let i = 0; i < end; i++) {
        const value = sextet(s.charCodeAt(i));
        if (value < 0)
            return null;
        buffer = ((buffer << 6) | value) & 0xfff;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            bytes.push((buffer >> bits) & 0xff);
        }
    }
    return bytes;
}

/** How many UTF-16 code units are turned into a string at a time (keeps `fromCharCode.apply` within stack limits). */
const CHUNK = 4096;
/** The byte at `i` when it is an integer 0–255, else -1 (also past the end). */
function byteAt(bytes, i) {
    const b = bytes[i];
    return typeof b === 'number' && b >= 0 && b <= 0xff && Math.floor(b) === b ? b : -1;
}
/** Whether `b` is a continuation byte, 10xxxxxx. */
function isContinuation(b) {
    return b >= 0x80 && b <= 0xbf;
}
/**
 * Decodes strict UTF-8 to a string; `null` when the bytes are not well-formed UTF-8. Never throws.
 *
 * @example
 * ```ts
 * utf8Decode([0xe5, 0xbc, 0xa0]); // '张'
 * utf8Decode([0xf0, 0x9f, 0x98, 0x80]); // '😀' (the surrogate pair '\uD83D\uDE00')
 * utf8Decode([0xc0, 0x80]); // null: an overlong encoding
 * ```
 * Well-formed means the table of the Unicode Standard §3.9 (D92, table 3-7): rejected are overlong forms, encoded
 * surrogates (U+D800–U+DFFF), code points above U+10FFFF, stray continuation bytes, truncated sequences, and array
 * elements that are not integers 0–255. A byte order mark is kept as U+FEFF. Code points above U+FFFF become
 * surrogate pairs.
 */
function utf8Decode(bytes) {
    if (!Array.isArray(bytes))
        return null;
    let out = '';
    let units = [];
    let i = 0;
    while (i < bytes.length) {
        const b0 = byteAt(bytes, i);
        let cp;
        if (b0 < 0)
            return null;
        if (b0 < 0x80) {
            cp = b0;
            i += 1;
        }
        else if (b0 >= 0xc2 && b0 <= 0xdf) {
            const b1 = byteAt(bytes, i + 1);
            if (!isContinuation(b1))
                return null;
            cp = ((b0 & 0x1f) << 6) | (b1 & 0x3f);
            i += 2;
        }
        else if (b0 >= 0xe0 && b0 <= 0xef) {
            const b1 = byteAt(bytes, i + 1);
            const b2 = byteAt(bytes, i + 2);
            // E0 needs A0–BF (no overlongs), ED needs 80–9F (no surrogates).
            const low = b0 === 0xe0 ? 0xa0 : 0x80;
            const high = b0 === 0xed ? 0x9f : 0xbf;
            if (b1 < low || b1 > high || !isContinuation(b2))
                return null;
            cp = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
            i += 3;
        }
        else if (b0 >= 0xf0 && b0 <= 0xf4) {
            const b1 = byteAt(bytes, i + 1);
            const b2 = byteAt(bytes, i + 2);
            const b3 = byteAt(bytes, i + 3);
            // F0 needs 90–BF (no overlongs), F4 needs 80–8F (nothing above U+10FFFF).
            const low = b0 === 0xf0 ? 0x90 : 0x80;
            const high = b0 === 0xf4 ? 0x8f : 0xbf;
            if (b1 < low || b1 > high || !isContinuation(b2) || !isContinuation(b3))
                return null;
            cp = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
            i += 4;
        }
        else {
            // 80–BF: a stray continuation byte; C0, C1: always overlong; F5–FF: never valid.
            return null;
        }
        if (cp > 0xffff) {
            cp -= 0x10000;
            units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
        }
        else {
            units.push(cp);
        }
        if (units.length >= CHUNK) {
            out += String.fromCharCode.apply(null, units);
            units = [];
        }
    }
    return out + String.fromCharCode.apply(null, units);
}

/** The longest token looked at: 16 KiB. */
const MAX_TOKEN_LENGTH = 16 * 1024;
/** Claims that must be finite numbers when present. */
const NUMERIC_CLAIMS = ['exp', 'iat', 'nbf'];
/** Standard claims that must be strings when present. */
const STRING_CLAIMS = ['iss', 'sub', 'jti'];
/** Profile claims left out when they are not strings, so that {@link IdTokenClaims} tells the truth. */
const PROFILE_CLAIMS = ['name', 'userName', 'mobile', 'email'];
/** Throws the one error of this module. `detail` is a fixed text: it never holds any part of the token. */
function fail(detail) {
    throw new EiamError('INVALID_ID_TOKEN', { detail });
}
/** Whether `value` is a JSON object: not `null`, not an array. */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Whether `object` has its own property `key`. */
function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
}
/** A `JSON.parse` reviver that drops every `__proto__` key, so that no later copy can change a prototype. */
function dropProto(key, value) {
    return key === '__proto__' ? undefined : value;
}
/** Decodes one base64url segment holding UTF-8 JSON; throws {@link EiamError} naming the segment on failure. */
function decodeJsonSegment(segment, name) {
    const bytes = base64UrlToBytes(segment);
    if (bytes === null)
        fail(name + ' not base64url');
    const text = utf8Decode(bytes);
    if (text === null)
        fail(name + ' not UTF-8');
    try {
        return JSON.parse(text, dropProto);
    }
    catch (_a) {
        return fail(name + ' not JSON');
    }
}
/** Splits a token in its three segments, checking the length and shape; throws {@link EiamError} on failure. */
function splitToken(jwt) {
    if (typeof jwt !== 'string')
        fail('not a string');
    if (jwt.length > MAX_TOKEN_LENGTH)
        fail('too long');
    const parts = jwt.split('.');
    if (parts.length !== 3)
        fail('not three parts');
    const [header = '', payload = '', signature = ''] = parts;
    if (header === '')
        fail('empty header');
    if (payload === '')
        fail('empty payload');
    if (signature === '')
        fail('empty signature');
    if (base64UrlToBytes(signature) === null)
        fail('signature not base64url');
    return [header, payload, signature];
}
/** Decodes and checks the header segment: a JSON object with a string `alg` that is not `none`. */
function checkedHeader(segment) {
    const header = decodeJsonSegment(segment, 'header');
    if (!isObject(header))
        fail('header not an object');
    const alg = header.alg;
    if (typeof alg !== 'string' || alg === '')
        fail('alg missing');
    if (alg.toLowerCase() === 'none')
        fail('alg none');
    return header;
}
/** Runs `body`, turning anything it throws that is not an {@link EiamError} into `INVALID_ID_TOKEN`. */
function guarded(body) {
    try {
        return body();
    }
    catch (e) {
        if (isEiamError(e))
            throw e;
        return fail('malformed');
    }
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
 * `exp` and `nbf` are NOT compared with the clock here: the session code does that, with a leeway. JSON is parsed
 * by hand-written base64url and UTF-8 decoders (no `atob`, `Buffer` or `TextDecoder`), and every `__proto__` key is
 * dropped, so a payload cannot pollute a prototype.
 *
 * @throws {@link EiamError} `INVALID_ID_TOKEN` on any failure, and nothing else. Its `detail` is a short fixed reason
 *   such as `'alg none'`, `'iss mismatch'` or `'payload not an object'`; it never holds any part of the token.
 */
function decodeIdToken(jwt, options) {
    return guarded(() => {
        const [header, payload] = splitToken(jwt);
        checkedHeader(header);
        const claims = decodeJsonSegment(payload, 'payload');
        if (!isObject(claims))
            fail('payload not an object');
        for (const key of NUMERIC_CLAIMS) {
            const value = claims[key];
            if (has(claims, key) && !(typeof value === 'number' && isFinite(value)))
                fail(key + ' not a number');
        }
        for (const key of STRING_CLAIMS) {
            if (has(claims, key) && typeof claims[key] !== 'string')
                fail(key + ' not a string');
        }
        const aud = claims.aud;
        if (has(claims, 'aud') && typeof aud !== 'string' && !isStringArray(aud))
            fail('aud not a string or array');
        for (const key of PROFILE_CLAIMS) {
            if (has(claims, key) && typeof claims[key] !== 'string')
                delete claims[key];
        }
        const issuer = options ? options.issuer : undefined;
        const audience = options ? options.audience : undefined;
        if (issuer !== undefined && claims.iss !== issuer)
            fail('iss mismatch');
        if (audience !== undefined && !(aud === audience || (isStringArray(aud) && aud.indexOf(audience) >= 0))) {
            fail('aud mismatch');
        }
        return claims;
    });
}
/** Whether `value` is an array of strings. */
function isStringArray(value) {
    if (!Array.isArray(value))
        return false;
    for (let i = 0; i < value.length; i++)
        if (typeof value[i] !== 'string')
            return false;
    return true;
}

/** Tokens longer than this are refused before they are decoded or stored. */
const MAX_TOKEN_CHARS = 8 * 1024;
/** The longest session lifetime accepted, in seconds (about 3 years). */
const MAX_EXPIRE_SECONDS = 1e8;
function invalid$1(detail) {
    return new EiamError('INVALID_RESPONSE', { status: 200, detail });
}
/**
 * A non-empty string of at most {@link MAX_TOKEN_CHARS} printable ASCII characters without spaces (tokens go into
 * header values), or throws `INVALID_RESPONSE` naming the field.
 */
function tokenField(obj, field) {
    const value = obj[field];
    if (typeof value !== 'string' || value.length > MAX_TOKEN_CHARS || !/^[\x21-\x7e]+$/.test(value)) {
        throw invalid$1(field);
    }
    return value;
}
/** `expire` as a finite number of seconds > 0, or throws `INVALID_RESPONSE`. */
function expireField(obj) {
    const value = obj.expire;
    if (typeof value !== 'number' || !(value > 0) || value > MAX_EXPIRE_SECONDS)
        throw invalid$1('expire');
    return value;
}
/** The id_token's claims; a malformed id_token from the server is an `INVALID_RESPONSE`. */
function idTokenClaims(idToken) {
    try {
        return decodeIdToken(idToken);
    }
    catch (_a) {
        throw invalid$1('id_token');
    }
}
/**
 * `{session_token, expire, id_token}` checked field by field.
 *
 * @throws {EiamError} `INVALID_RESPONSE` naming the first bad field.
 */
function parseSessionGrant(body) {
    const obj = asObject(body);
    if (!obj)
        throw invalid$1('not an object');
    const sessionToken = tokenField(obj, 'session_token');
    const expireSeconds = expireField(obj);
    const idToken = tokenField(obj, 'id_token');
    return { sessionToken, idToken, expireSeconds, claims: idTokenClaims(idToken) };
}

/** Captcha images are larger than other answers. */
const MAX_CAPTCHA_BODY_CHARS = 1024 * 1024;
const MAX_IMAGE_CHARS = 512 * 1024;
function image(obj, field) {
    const value = obj[field];
    if (typeof value !== 'string' || value === '' || value.length > MAX_IMAGE_CHARS) {
        throw new EiamError('INVALID_RESPONSE', { status: 200, detail: field });
    }
    return value.replace(/^data:image\/\w+;base64,/, '');
}
/** The puzzle's fields, flat or inside AJ-Captcha's `repData`. */
function fields(res, now) {
    const obj = asObject(okBody(res, now, MAX_CAPTCHA_BODY_CHARS));
    if (!obj)
        throw new EiamError('INVALID_RESPONSE', { status: res.statusCode, detail: 'not an object' });
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
/** An unknown status, kept raw (up to 64 characters) in an error's `detail`. */
function statusDetail(status) {
    return `status ${status.slice(0, 64)}`;
}

const MAX_FLOWS = 16;
/**
 * @example
 * ```ts
 * parseFlows('{"socialBindOrRegisterFlow":["VERIFY_PHONE"]}'); // ['VERIFY_PHONE']
 * ```
 * `data`, a JSON-encoded string such as `{"socialBindOrRegisterFlow":["VERIFY_PHONE"]}`, as the flow list;
 * `[]` when `data` is null, absent or has no list.
 */
function parseFlows(data) {
    let value = data;
    if (typeof value === 'string') {
        if (value.trim() === '')
            return [];
        try {
            value = safeJsonParse(value);
        }
        catch (_a) {
            throw new EiamError('INVALID_RESPONSE', { status: 200, detail: 'data' });
        }
    }
    const obj = asObject(value);
    const list = obj && obj.socialBindOrRegisterFlow;
    if (!Array.isArray(list))
        return [];
    const flows = [];
    for (const item of list) {
        if (typeof item === 'string' && item.trim() !== '' && flows.length < MAX_FLOWS)
            flows.push(item.trim().slice(0, 64));
    }
    return flows;
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
    const obj = asObject(okBody(res, now));
    if (!obj)
        throw new EiamError('INVALID_RESPONSE', { status: res.statusCode, detail: 'not an object' });
    const status = rawStatus(obj.status);
    switch (status) {
        case 'SUCCESS':
        case 'PASSWORD_WARN':
            return { status: 'SUCCESS', grant: parseSessionGrant(obj) };
        case 'SOCIAL_BIND':
        case 'USER_REGISTER':
            return { status, stateToken: tokenField(obj, 'state_token'), flows: parseFlows(obj.data) };
        case 'MFA_AUTH':
            return { status, stateToken: tokenField(obj, 'state_token') };
        case 'ACCESS_DENIED':
            throw new EiamError('ACCESS_DENIED', { status: res.statusCode });
        case 'PASSWORD_EXPIRED':
            throw new EiamError('PASSWORD_EXPIRED', { status: res.statusCode });
        default:
            throw new EiamError('INVALID_RESPONSE', {
                status: res.statusCode,
                detail: status === undefined ? 'no status' : statusDetail(status),
            });
    }
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
        throw new EiamError('INVALID_RESPONSE', { status: res.statusCode, detail: 'mobile' });
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
    const obj = asObject(okBody(res, now));
    if (!obj)
        throw new EiamError('INVALID_RESPONSE', { status: res.statusCode, detail: 'not an object' });
    const idToken = tokenField(obj, 'id_token');
    const grant = { idToken, claims: idTokenClaims(idToken) };
    if (obj.session_token !== undefined && obj.session_token !== null) {
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
    const obj = asObject(okBody(res, now));
    if (!obj)
        throw new EiamError('INVALID_RESPONSE', { status: res.statusCode, detail: 'not an object' });
    if (obj.status !== undefined && obj.status !== null && typeof obj.status !== 'string') {
        throw new EiamError('INVALID_RESPONSE', { status: res.statusCode, detail: 'status' });
    }
    const status = rawStatus(obj.status);
    if (status === undefined || status === 'SUCCESS' || status === 'PASSWORD_WARN') {
        return { kind: 'session', grant: parseSessionGrant(obj) };
    }
    if (status === 'MFA_AUTH')
        return { kind: 'mfa', stateToken: tokenField(obj, 'state_token') };
    if (status === 'ACCESS_DENIED')
        throw new EiamError('ACCESS_DENIED', { status: res.statusCode });
    if (status === 'PASSWORD_EXPIRED')
        throw new EiamError('PASSWORD_EXPIRED', { status: res.statusCode });
    throw new EiamError('INVALID_RESPONSE', { status: res.statusCode, detail: statusDetail(status) });
}

function str(bag, key) {
    const value = bag[key];
    return typeof value === 'string' ? value : '';
}
/**
 * The default {@link DeviceInfoProvider}: `wx.getDeviceInfo` + `wx.getAppBaseInfo` (base library 2.20.1), falling
 * back to the deprecated `wx.getSystemInfoSync` only where they are missing. Touches `wx` only when `read()` is called.
 *
 * @example
 * ```ts
 * wxDeviceInfo().read().system; // 'iOS 17.2.1'
 * ```
 */
function wxDeviceInfo() {
    return {
        read() {
            let device = {};
            let app = {};
            try {
                if (typeof wx.getDeviceInfo === 'function' && typeof wx.getAppBaseInfo === 'function') {
                    device = wx.getDeviceInfo();
                    app = wx.getAppBaseInfo();
                }
                else {
                    device = app = wx.getSystemInfoSync();
                }
            }
            catch (_a) {
                // An unreadable device is described by empty strings; the headers fall back to 'unknown'.
            }
            return {
                system: str(device, 'system'),
                platform: str(device, 'platform'),
                brand: str(device, 'brand'),
                model: str(device, 'model'),
                wechatVersion: str(app, 'version'),
                sdkVersion: str(app, 'SDKVersion'),
                language: str(app, 'language'),
            };
        },
    };
}

/**
 * The default {@link LoginProvider}: `wx.login` in callback form with its `timeout`.
 *
 * @example
 * ```ts
 * const code = await wxLogin().login(10000);
 * ```
 */
function wxLogin() {
    return {
        login(timeoutMs) {
            return new Promise((resolve, reject) => {
                wx.login({
                    timeout: timeoutMs,
                    success: (res) => res && typeof res.code === 'string' && res.code ? resolve(res.code) : reject(res),
                    fail: (err) => reject(err),
                });
            });
        },
    };
}

/**
 * The default {@link SessionStorage}: `wx.getStorage` / `wx.setStorage` / `wx.removeStorage` in callback form,
 * with `encrypt: true` on both write and read when `encrypt()` says the base library has it (2.21.3 and later).
 * Older base libraries store the value unencrypted in the app's private storage; after an upgrade the old value no
 * longer reads back and the user signs in once more.
 *
 * @example
 * ```ts
 * const storage = wxStorage(() => true);
 * ```
 */
function wxStorage(encrypt) {
    return {
        get(key) {
            return new Promise((resolve, reject) => {
                wx.getStorage({
                    key,
                    encrypt: encrypt(),
                    success: (res) => resolve(typeof res.data === 'string' ? res.data : JSON.stringify(res.data)),
                    fail: (err) => {
                        const msg = String((err && err.errMsg) || '');
                        if (msg.indexOf('not found') >= 0)
                            resolve(null);
                        else
                            reject(new Error(msg || 'getStorage:fail'));
                    },
                });
            });
        },
        set(key, value) {
            return new Promise((resolve, reject) => {
                wx.setStorage({
                    key,
                    data: value,
                    encrypt: encrypt(),
                    success: () => resolve(),
                    fail: (err) => reject(new Error(String((err && err.errMsg) || 'setStorage:fail'))),
                });
            });
        },
        remove(key) {
            return new Promise((resolve, reject) => {
                wx.removeStorage({
                    key,
                    success: () => resolve(),
                    fail: (err) => reject(new Error(String((err && err.errMsg) || 'removeStorage:fail'))),
                });
            });
        },
    };
}

function failureOf(errMsg) {
    const text = errMsg.toLowerCase();
    if (text.indexOf('timeout') >= 0)
        return { transportFailure: 'timeout', errMsg };
    if (text.indexOf('interrupted') >= 0)
        return { transportFailure: 'interrupted', errMsg };
    if (text.indexOf('internet_disconnected') >= 0 || text.indexOf('network is down') >= 0) {
        return { transportFailure: 'not-sent', errMsg };
    }
    return { transportFailure: 'network', errMsg };
}
function stringHeaders(header) {
    const out = {};
    if (header && typeof header === 'object') {
        const source = header;
        for (const name of Object.keys(source))
            out[name] = String(source[name]);
    }
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
                    dataType: 'text',
                    responseType: 'text',
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
        Object.defineProperty(this, 'sessionToken', { value: sessionToken, enumerable: false });
        Object.defineProperty(this, 'idToken', { value: idToken, enumerable: false });
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
    const sink = typeof debug === 'function'
        ? debug
        : debug === true
            ? (line) => {
                if (typeof console !== 'undefined')
                    console.log(line);
            }
            : undefined;
    return {
        debug(line) {
            if (!sink)
                return;
            try {
                sink(`[eiam] ${line}`);
            }
            catch (_a) {
                // A broken log sink must not break sign-in.
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
        const current = this.flights[key];
        if (current)
            return current;
        const clear = () => {
            if (this.flights[key] === flight)
                delete this.flights[key];
        };
        const flight = start();
        this.flights[key] = flight;
        flight.then(clear, clear);
        return flight;
    }
}

/** Compares dotted versions numerically: negative when `a < b`, 0 when equal, positive when `a > b`. */
function compareVersions(a, b) {
    const pa = a.split('.');
    const pb = b.split('.');
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const diff = (parseInt(pa[i] || '0', 10) || 0) - (parseInt(pb[i] || '0', 10) || 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}

/**
 * Settles with `promise`, or rejects with `onTimeout()` after `ms` if the platform never calls back.
 * The timer is cleared as soon as the promise settles.
 */
function withTimeout(promise, ms, onTimeout) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(onTimeout()), ms);
        promise.then((value) => {
            clearTimeout(timer);
            resolve(value);
        }, (error) => {
            clearTimeout(timer);
            reject(error);
        });
    });
}

/** The documented SMS code types; tenants may have newer ones ending in `_SMS`. */
const SMS_CODE_TYPES = [
    'LOGIN_SMS',
    'REGISTER_SMS',
    'MFA_AUTH_SMS',
    'FORGET_PWD_SMS',
    'CHANGE_PWD_SMS',
    'BIND_MOBILE_SMS',
    'UPDATE_PWD_SMS',
    'UPDATE_MOBILE_SMS',
];
/** The documented email code types; tenants may have newer ones ending in `_EMS`. */
const EMAIL_CODE_TYPES = [
    'LOGIN_EMS',
    'REGISTER_EMS',
    'MFA_AUTH_EMS',
    'FORGET_PWD_EMS',
    'CHANGE_PWD_EMS',
    'BIND_EMAIL_EMS',
    'UPDATE_EMAIL_EMS',
];
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
    if (typeof type !== 'string' || type.length > 64)
        return false;
    const known = channel === 'sms' ? SMS_CODE_TYPES : EMAIL_CODE_TYPES;
    if (known.indexOf(type) >= 0)
        return true;
    return new RegExp(`^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*_${channel === 'sms' ? 'SMS' : 'EMS'}$`).test(type);
}

/**
 * Full-width characters a Chinese input method may produce, each mapped to its ASCII twin by {@link toHalfWidth}:
 * the digits `０`–`９` (U+FF10–U+FF19), `＋` (U+FF0B), `－` (U+FF0D), `．` (U+FF0E), `＠` (U+FF20) and the
 * ideographic (full-width) space U+3000.
 */
const FULL_WIDTH = /[\uFF10-\uFF19\uFF0B\uFF0D\uFF0E\uFF20\u3000]/g;
/** The ideographic space U+3000, the one full-width character whose ASCII twin is not at `code - 0xFEE0`. */
const IDEOGRAPHIC_SPACE = 0x3000;
/** Full-width forms (U+FF01–U+FF5E) sit at this fixed distance above ASCII (U+0021–U+007E). */
const FULL_WIDTH_OFFSET = 0xfee0;
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
    return s.replace(FULL_WIDTH, (ch) => {
        const code = ch.charCodeAt(0);
        return String.fromCharCode(code === IDEOGRAPHIC_SPACE ? 0x20 : code - FULL_WIDTH_OFFSET);
    });
}

/** Longest raw input looked at (before trimming); anything longer is rejected before any other work. */
const MAX_INPUT_LENGTH$2 = 1024;
/** Longest address (RFC 5321 path limit less the angle brackets). */
const MAX_ADDRESS_LENGTH = 254;
/** Longest local part (RFC 5321 §4.5.3.1.1). */
const MAX_LOCAL_LENGTH = 64;
/** Longest domain label (RFC 1035). */
const MAX_LABEL_LENGTH = 63;
/** The local-part characters of the WHATWG `input[type=email]` grammar. One character class: no backtracking. */
const LOCAL_PART = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
/** The characters of a domain label. One character class: no backtracking. */
const LABEL_CHARS = /^[a-zA-Z0-9-]+$/;
/** Whether `label` is a WHATWG domain label: 1–63 letters, digits or dashes, not starting or ending with a dash. */
function isLabel(label) {
    return (label.length > 0 &&
        label.length <= MAX_LABEL_LENGTH &&
        LABEL_CHARS.test(label) &&
        label.charAt(0) !== '-' &&
        label.charAt(label.length - 1) !== '-');
}
/**
 * Parses an email address as a user types it; the normalised address, or `null` when it is not one.
 *
 * @example
 * ```ts
 * parseEmail(' A.B+tag@Example.COM '); // 'A.B+tag@example.com'
 * parseEmail('a@b..c'); // null
 * ```
 * The input is trimmed and full-width `＠`, `．`, digits and spaces become ASCII ({@link toHalfWidth}). The address
 * must then be at most 254 characters with a local part of at most 64 (both checked before any pattern), and have
 * the shape of the WHATWG `input[type=email]` grammar: one `@`, a local part of letters, digits and
 * ``.!#$%&'*+/=?^_`{|}~-``, and a domain of dot-separated labels of 1–63 letters, digits or inner dashes (so
 * `a@b..c` and `a@b.` fail; a dotless domain such as `a@localhost` passes, as in browsers). The domain is returned
 * lower-cased, the local part exactly as typed. Non-strings and strings over 1,024 characters give `null`.
 *
 * It never throws, and uses no backtracking pattern: linear time, at most about a thousand characters looked at.
 */
function parseEmail(input) {
    if (typeof input !== 'string' || input.length > MAX_INPUT_LENGTH$2)
        return null;
    const address = toHalfWidth(input.trim());
    if (address.length > MAX_ADDRESS_LENGTH)
        return null;
    const at = address.indexOf('@');
    if (at <= 0 || at > MAX_LOCAL_LENGTH || address.indexOf('@', at + 1) !== -1)
        return null;
    const local = address.slice(0, at);
    const domain = address.slice(at + 1);
    if (!LOCAL_PART.test(local))
        return null;
    const labels = domain.split('.');
    for (let i = 0; i < labels.length; i++) {
        const label = labels[i];
        if (label === undefined || !isLabel(label))
            return null;
    }
    return local + '@' + domain.toLowerCase();
}

/** Longest raw input looked at; anything longer is rejected before any other work. */
const MAX_INPUT_LENGTH$1 = 32;
/** A mainland China mobile number: 11 digits, `1`, then 3–9. */
const MAINLAND$1 = /^1[3-9]\d{9}$/;
/** A mainland number behind one of the accepted prefixes (`+86`, `0086`, `86`): the 11 digits are captured. */
const PREFIXED_MAINLAND = /^(?:\+86|0086|86)(\d{11})$/;
/** E.164: `+`, a first digit 1–9, 8 to 15 digits in all. */
const INTERNATIONAL = /^\+[1-9]\d{7,14}$/;
/** The separators users type inside a number and that are dropped: the space and the dash. */
const SEPARATORS = /[ -]/g;
/**
 * Every two-digit ITU-T E.164 country calling code (20 Egypt, 27 South Africa, 30–49 Europe but 35x/37x/38x/42x,
 * 51–58 the Americas, 60–66, 81, 82, 84, 86, 90–95, 98). With `1` and `7` (one digit) these are the only codes
 * that are not three digits long, and the codes are prefix-free, so the split of a number is unambiguous.
 */
const TWO_DIGIT_CODE = /^(?:2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58])/;
/** The length of the country calling code that starts `digits` (the E.164 number without `+`). */
function countryCodeLength(digits) {
    const first = digits.charAt(0);
    if (first === '1' || first === '7')
        return 1;
    return TWO_DIGIT_CODE.test(digits) ? 2 : 3;
}
/** A {@link ParsedMobile} from a country code and a national number. */
function parsed(countryCode, national) {
    return { countryCode, national, e164: '+' + countryCode + national };
}
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
    if (typeof input !== 'string' || input.length > MAX_INPUT_LENGTH$1)
        return null;
    const compact = toHalfWidth(input.trim()).replace(SEPARATORS, '');
    if (MAINLAND$1.test(compact))
        return parsed('86', compact);
    const prefixed = PREFIXED_MAINLAND.exec(compact);
    if (prefixed) {
        const national = prefixed[1];
        return national !== undefined && MAINLAND$1.test(national) ? parsed('86', national) : null;
    }
    if (compact.slice(0, 3) === '+86' || !INTERNATIONAL.test(compact))
        return null;
    const digits = compact.slice(1);
    const length = countryCodeLength(digits);
    return parsed(digits.slice(0, length), digits.slice(length));
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
    if (format === 'national' && m.countryCode === '86')
        return m.national;
    if (format === 'e164-dash')
        return '+' + m.countryCode + '-' + m.national;
    return '+' + m.countryCode + m.national;
}

/** Longest raw input looked at (before trimming); anything longer is rejected before any other work. */
const MAX_INPUT_LENGTH = 64;
/** A verification code: 4 to 8 ASCII digits. */
const CODE = /^\d{4,8}$/;
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
 * digits (the length is checked before the pattern). Non-strings and strings over 64 characters give `null`.
 * It never throws, and takes constant time on any input.
 */
function parseVerifyCode(input) {
    if (typeof input !== 'string' || input.length > MAX_INPUT_LENGTH)
        return null;
    const code = toHalfWidth(input.trim());
    if (code.length < 4 || code.length > 8)
        return null;
    return CODE.test(code) ? code : null;
}

/**
 * Remembers when a code was last sent to a recipient for a type, so that a second send within the cool-down is
 * refused locally (`RATE_LIMITED` with the time left) and nothing is sent.
 */
class Cooldown {
    constructor(periodMs, now) {
        this.periodMs = periodMs;
        this.now = now;
        this.until = {};
    }
    /** Milliseconds left before `key` may be sent again; 0 when it may. */
    left(key) {
        const until = this.until[key];
        return until === undefined ? 0 : Math.max(0, until - this.now());
    }
    /** Starts the cool-down of `key`, or throws `RATE_LIMITED` when it is still running. */
    take(key) {
        const left = this.left(key);
        if (left > 0)
            throw new EiamError('RATE_LIMITED', { retryAfterMs: left, detail: 'code cool-down' });
        this.until[key] = this.now() + this.periodMs;
    }
    /** Extends the cool-down of `key` to at least `ms` from now (the server's `Retry-After`). */
    extend(key, ms) {
        this.until[key] = Math.max(this.until[key] || 0, this.now() + ms);
    }
    /** Forgets `key`: the server refused the send, so no code went out. */
    release(key) {
        delete this.until[key];
    }
}

const LOOPBACK = /^(127(\.\d{1,3}){3}|localhost|\[::1\])$/i;
/**
 * The domain without a trailing slash. Only `https://host[:port][/path]`; `http://` only for loopback hosts when
 * allowed.
 *
 * @throws {EiamError} `INVALID_ARGUMENT` (detail `domain`).
 */
function checkDomain(domain, allowInsecureLoopback) {
    const match = typeof domain === 'string' && domain.length <= 2048
        ? /^(https?):\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?(\/[^\s?#]*)?$/.exec(domain.trim())
        : null;
    if (!match || typeof domain !== 'string')
        throw new EiamError('INVALID_ARGUMENT', { detail: 'domain' });
    const scheme = match[1].toLowerCase();
    if (scheme !== 'https' && !(allowInsecureLoopback && LOOPBACK.test(match[2]))) {
        throw new EiamError('INVALID_ARGUMENT', { detail: 'domain must be https' });
    }
    return domain.trim().replace(/\/+$/, '');
}
/** A positive number of ms, or the default. @throws {EiamError} `INVALID_ARGUMENT` */
function positiveMs(value, fallback, name, allowZero = false) {
    if (value === undefined)
        return fallback;
    if (typeof value !== 'number' || !isFinite(value) || value < 0 || (value === 0 && !allowZero)) {
        throw new EiamError('INVALID_ARGUMENT', { detail: name });
    }
    return value;
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

/** Keeps printable ASCII only: header values must not carry anything else. */
function ascii(value) {
    return value.replace(/[^\x20-\x7e]/g, '').trim();
}
/**
 * `X-operating-sys-version`: the lowercase OS name and version without spaces, like the doc's `windows10.1.1`.
 * `iOS 17.2.1` → `ios17.2.1`.
 */
function osVersionHeader(info) {
    return (ascii(info.system || info.platform)
        .replace(/\s+/g, '')
        .toLowerCase() || 'unknown');
}
/** `X-L`: the primary language subtag, `zh_CN` → `zh`; `zh` when unknown. */
function languageHeader(language) {
    return (ascii(language)
        .split(/[_-]/)[0]
        .toLowerCase()
        .replace(/[^a-z]/g, '') || 'zh');
}
/**
 * `X-agent`: a user-agent in the shape WeChat's own web view uses, e.g.
 * `Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X; iPhone 15) MicroMessenger/8.0.50 MiniProgramEnv/ios
 * eiam-miniprogram-sdk/0.1.0`.
 */
function agentHeader(info) {
    const system = ascii(info.system);
    const model = ascii(info.model) || 'unknown';
    const platform = ascii(info.platform).toLowerCase() || 'unknown';
    const version = system.replace(/^[^\d]*/, '');
    let device;
    if (platform === 'ios')
        device = `iPhone; CPU iPhone OS ${version.replace(/\./g, '_')} like Mac OS X; ${model}`;
    else if (platform === 'android')
        device = `Linux; Android ${version}; ${model}`;
    else
        device = `${system || platform}; ${model}`;
    return (`Mozilla/5.0 (${device}) MicroMessenger/${ascii(info.wechatVersion) || 'unknown'} ` +
        `MiniProgramEnv/${platform} ${SDK_NAME}/${SDK_VERSION}`);
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
/**
 * A random identifier of `length` characters from [0-9a-z]. Used for the device fingerprint, which identifies a
 * device and is not a secret.
 */
function randomId(length, random = Math.random) {
    let out = '';
    for (let i = 0; i < length; i++)
        out += ALPHABET.charAt(Math.floor(random() * ALPHABET.length) % ALPHABET.length);
    return out;
}

/** What a masked value shows in place of the hidden characters. */
const STARS = '****';
/** What is shown for a value that has nothing safe to show. */
const HIDDEN = '***';
/** Inputs longer than this are never matched against the mainland pattern (they get the general rule). */
const MAX_PATTERN_INPUT = 24;
/** A mainland number, optionally behind `+86`, `0086` or `86` and a space or dash: prefix, first 3, last 4. */
const MAINLAND = /^((?:\+86|0086|86)?[ -]?)(1\d{2})\d{4}(\d{4})$/;
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
        return HIDDEN;
    if (s.length === 0)
        return '';
    if (s.length <= MAX_PATTERN_INPUT) {
        const m = MAINLAND.exec(s);
        if (m)
            return (m[1] || '') + (m[2] || '') + STARS + (m[3] || '');
    }
    if (s.length < 6)
        return HIDDEN;
    const quarter = Math.floor(s.length / 4);
    const head = Math.min(3, quarter);
    const tail = Math.min(2, quarter);
    return s.slice(0, head) + STARS + s.slice(s.length - tail);
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
    if (typeof s !== 'string')
        return HIDDEN;
    const at = s.lastIndexOf('@');
    if (at < 0)
        return HIDDEN;
    const local = s.slice(0, at);
    return (local.length >= 2 ? local.charAt(0) : '') + HIDDEN + s.slice(at);
}

const SHOWN = ['type', 'point_json'];
/** A request body for the debug log: mobiles and emails masked, every other value except `type` hidden. */
function redactBody(body) {
    if (!body)
        return '';
    const parts = [];
    for (const key of Object.keys(body)) {
        const value = body[key];
        let shown;
        if (typeof value !== 'string')
            shown = '[redacted]';
        else if (SHOWN.indexOf(key) >= 0)
            shown = value;
        else if (key === 'mobile' || (key === 'sender' && value.indexOf('@') < 0))
            shown = maskMobile(value);
        else if (key === 'email' || key === 'sender')
            shown = maskEmail(value);
        else
            shown = '[redacted]';
        parts.push(`${key}=${shown}`);
    }
    return ` {${parts.join(', ')}}`;
}

/** Extra time the SDK waits beyond the platform timeout before it gives up on a callback that never comes. */
const BACKSTOP_MS = 500;
const FINGERPRINT_KEY = 'eiam.v1.device';
/** How long the first request waits for the stored fingerprint, so a call still settles within its timeout + 1 s. */
const FINGERPRINT_READ_MS = 400;
function isTransportFailure(value) {
    return (typeof value === 'object' &&
        value !== null &&
        typeof value.transportFailure === 'string');
}
/** Maps a transport failure to the SDK's error: `TIMEOUT`, or `NETWORK_ERROR` whose detail tells sent from not sent. */
function transportError(error) {
    if (error instanceof EiamError)
        return error;
    if (isTransportFailure(error)) {
        return error.transportFailure === 'timeout'
            ? new EiamError('TIMEOUT')
            : new EiamError('NETWORK_ERROR', { detail: error.transportFailure });
    }
    return new EiamError('NETWORK_ERROR', { detail: 'network' });
}
/** A custom transport's answer in the shape the processors expect, whatever it resolved. */
function normalise(raw) {
    const res = raw !== null && typeof raw === 'object' ? raw : {};
    const header = res.header !== null && typeof res.header === 'object' ? res.header : {};
    return { statusCode: typeof res.statusCode === 'number' ? res.statusCode : 0, data: res.data, header };
}
/**
 * Builds each request (the documented headers, the JSON body), sends it once through the {@link Transport} with an
 * explicit timeout, and hands the raw answer to the endpoint's pure processor. It never retries.
 */
class Requester {
    constructor(config) {
        this.config = config;
        this.flights = new SingleFlight();
    }
    /** Sends one request and processes its answer. */
    call(endpoint_1, processAnswer_1, body_1) {
        return __awaiter(this, arguments, void 0, function* (endpoint, processAnswer, body, tokens = {}) {
            const { config } = this;
            const header = yield this.commonHeaders();
            if (tokens.stateToken)
                header['X-state-token'] = tokens.stateToken;
            if (tokens.sessionToken)
                header['X-session-token'] = tokens.sessionToken;
            const label = `${endpoint.method} ${endpoint.path}`;
            config.logger.debug(`→ ${label}${redactBody(body)}`);
            let raw;
            try {
                raw = yield withTimeout(config.transport.request({
                    url: config.domain + endpoint.path,
                    method: endpoint.method,
                    header,
                    data: body ? JSON.stringify(body) : undefined,
                    timeout: config.timeoutMs,
                }), config.timeoutMs + BACKSTOP_MS, () => new EiamError('TIMEOUT'));
            }
            catch (error) {
                const mapped = transportError(error);
                config.logger.debug(`← ${label} ${mapped.code}${mapped.detail ? ` (${mapped.detail})` : ''}`);
                throw mapped;
            }
            const res = normalise(raw);
            try {
                const result = processAnswer(res, config.clock.now());
                config.logger.debug(`← ${label} ${res.statusCode}`);
                return result;
            }
            catch (error) {
                const mapped = error instanceof EiamError ? error : new EiamError('INVALID_RESPONSE', { status: res.statusCode });
                config.logger.debug(`← ${label} ${res.statusCode} ${mapped.code}${mapped.serverCode ? ` ${mapped.serverCode}` : ''}`);
                throw mapped;
            }
        });
    }
    /** The common headers, built once from the device info and the persisted fingerprint. */
    commonHeaders() {
        return __awaiter(this, void 0, void 0, function* () {
            if (!this.headers) {
                const fingerprint = yield this.flights.run('fingerprint', () => this.fingerprint());
                if (!this.headers) {
                    const info = this.config.device();
                    this.headers = {
                        'content-type': 'application/json',
                        'X-client-id': this.config.clientId,
                        'X-device-fingerprint': fingerprint,
                        'X-operating-sys-version': osVersionHeader(info),
                        'X-agent': agentHeader(info),
                        'X-L': languageHeader(this.config.language || info.language),
                    };
                }
            }
            const copy = {};
            for (const name of Object.keys(this.headers))
                copy[name] = this.headers[name];
            return copy;
        });
    }
    /**
     * The device fingerprint: read from storage, or created once and persisted. Storage trouble never blocks a call:
     * the read waits at most {@link FINGERPRINT_READ_MS}, and the write is not waited for.
     */
    fingerprint() {
        return __awaiter(this, void 0, void 0, function* () {
            const { storage, timeoutMs, logger } = this.config;
            try {
                const stored = yield withTimeout(Promise.resolve().then(() => storage.get(FINGERPRINT_KEY)), Math.min(timeoutMs, FINGERPRINT_READ_MS), () => new Error('timeout'));
                if (typeof stored === 'string' && /^[0-9a-z]{16,64}$/.test(stored))
                    return stored;
            }
            catch (_a) {
                // Unreadable or slow: a new fingerprint replaces it.
            }
            const created = randomId(32);
            Promise.resolve()
                .then(() => storage.set(FINGERPRINT_KEY, created))
                .catch(() => logger.debug('device fingerprint not persisted'));
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
function token(value) {
    return typeof value === 'string' && value !== '' && value.length <= MAX_TOKEN_CHARS ? value : undefined;
}
/** The stored session, or `null` for anything missing, corrupt, of another version or of another owner. */
function deserializeSession(text, owner) {
    if (typeof text !== 'string' || text.length > 4 * MAX_TOKEN_CHARS)
        return null;
    let value;
    try {
        value = safeJsonParse(text);
    }
    catch (_a) {
        return null;
    }
    const obj = asObject(value);
    if (!obj || obj.v !== STORED_VERSION || obj.d !== owner.domain || obj.c !== owner.clientId)
        return null;
    const sessionToken = token(obj.s);
    const idToken = token(obj.i);
    const expiresAt = obj.e;
    if (!sessionToken || !idToken || typeof expiresAt !== 'number' || !isFinite(expiresAt))
        return null;
    try {
        return new Session(sessionToken, idToken, expiresAt, decodeIdToken(idToken));
    }
    catch (_b) {
        return null;
    }
}

const TIMED_OUT = { timedOut: true };
const noop = () => undefined;
/**
 * Holds the session in memory and in storage, and tells listeners about every change.
 *
 * Every change bumps a generation; a storage read that started before a change is discarded, and storage writes run
 * one after the other in the order of the changes, so storage always ends up holding what memory holds.
 */
class SessionKeeper {
    constructor(config) {
        this.config = config;
        this.generation = 0;
        this.writes = Promise.resolve();
        this.flights = new SingleFlight();
        this.listeners = [];
    }
    /** The session if it is still usable; an expired one is cleared (listeners hear `EXPIRED`). */
    get() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this.current === undefined)
                yield this.flights.run('load', () => this.load());
            const session = this.current;
            if (session && this.config.clock.now() >= session.expiresAt) {
                yield this.change(null, 'EXPIRED');
                return null;
            }
            return session || null;
        });
    }
    /** The session held in memory right now, without reading storage or checking expiry. */
    peek() {
        return this.current;
    }
    /** Replaces the session and persists it. Resolves once storage has been written (or failed). */
    set(session, reason) {
        return this.change(session, reason);
    }
    /** Signs out: forgets the session and removes it from storage. Listeners hear it once. */
    clear(reason) {
        return this.change(null, reason);
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
    load() {
        return __awaiter(this, void 0, void 0, function* () {
            const { storage, storageKey, owner, timeoutMs, logger } = this.config;
            const generation = this.generation;
            let session = null;
            let unreadable;
            try {
                const text = yield withTimeout(Promise.resolve().then(() => storage.get(storageKey)), timeoutMs, () => TIMED_OUT);
                session = text === null ? null : deserializeSession(text, owner);
                unreadable = text !== null && session === null;
            }
            catch (error) {
                if (error === TIMED_OUT) {
                    // Slow storage is not corrupt storage: signed out for this call, read again on the next one.
                    logger.debug('session storage did not answer in time');
                    return;
                }
                unreadable = true;
            }
            if (generation !== this.generation)
                return;
            this.current = session;
            if (unreadable) {
                logger.debug('stored session unreadable: signed out');
                void this.persist(null);
            }
        });
    }
    change(session, reason) {
        return __awaiter(this, void 0, void 0, function* () {
            const before = this.current;
            this.generation++;
            this.current = session;
            const storageError = yield this.persist(session);
            this.config.logger.debug(`session ${reason.toLowerCase().replace('_', ' ')}`);
            if (session === null && before === null)
                return;
            const info = storageError ? { reason, storageError } : { reason };
            for (const listener of this.listeners.slice()) {
                try {
                    listener(session, info);
                }
                catch (_a) {
                    this.config.logger.debug('a session listener threw');
                }
            }
        });
    }
    /**
     * Queues the write of `session` (or its removal) after the earlier ones, and resolves with the error, if any, within
     * the timeout. The queue itself waits for each real write, even one the caller stopped waiting for, so a late write
     * can never land after a newer one.
     */
    persist(session) {
        const { storage, storageKey, owner, timeoutMs } = this.config;
        const write = () => session
            ? storage.set(storageKey, serializeSession(session, owner))
            : // A key that cannot be removed is overwritten with a value that reads as signed out.
                storage.remove(storageKey).catch(() => storage.set(storageKey, ''));
        const real = this.writes.then(write);
        this.writes = real.then(noop, noop);
        return withTimeout(real, timeoutMs, () => TIMED_OUT).then(noop, () => new EiamError('STORAGE_ERROR'));
    }
}

/** The first base library whose `wx.setStorage` / `wx.getStorage` take `encrypt`. */
const ENCRYPT_SINCE = '2.21.3';
const MAX_SECRET_CHARS = 8 * 1024;
/** Printable ASCII without spaces: what may go into a header value. */
const HEADER_SAFE = /^[\x21-\x7e]+$/;
/** The longest timeout accepted: 10 minutes (timers overflow past 2^31 - 1 ms). */
const MAX_TIMEOUT_MS = 600000;
/** The device info, or empty strings when the provider throws: headers then fall back to 'unknown'. */
function readDeviceSafely(provider) {
    const empty = {
        system: '',
        platform: '',
        brand: '',
        model: '',
        wechatVersion: '',
        sdkVersion: '',
        language: '',
    };
    try {
        const info = provider.read();
        if (!info || typeof info !== 'object')
            return empty;
        const out = empty;
        for (const key of Object.keys(empty)) {
            const value = info[key];
            if (typeof value === 'string')
                out[key] = value;
        }
        return out;
    }
    catch (_a) {
        return empty;
    }
}
function invalid(detail) {
    return new EiamError('INVALID_ARGUMENT', { detail });
}
function text(value, name, max) {
    if (typeof value !== 'string' || value === '' || value.length > max)
        throw invalid(name);
    return value;
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
 * @throws {EiamError} `INVALID_ARGUMENT` for a missing client id, a bad timeout, or a domain that is not `https://`.
 */
class EiamClient {
    constructor(options) {
        this.flights = new SingleFlight();
        this.stateToken = null;
        /** Bumped by `logout()`: calls in flight from before it neither sign in nor hold a state token. */
        this.epoch = 0;
        if (!options || typeof options !== 'object')
            throw invalid('options');
        const domain = checkDomain(options.domain, options.allowInsecureLoopback === true);
        const clientId = text(options.clientId, 'clientId', 256);
        if (!HEADER_SAFE.test(clientId))
            throw invalid('clientId');
        this.timeoutMs = positiveMs(options.timeoutMs, 10000, 'timeoutMs');
        if (this.timeoutMs > MAX_TIMEOUT_MS)
            throw invalid('timeoutMs');
        this.language = options.language === undefined ? undefined : text(options.language, 'language', 35);
        this.mobileFormat = options.mobileFormat || 'national';
        if (['national', 'e164', 'e164-dash'].indexOf(this.mobileFormat) < 0)
            throw invalid('mobileFormat');
        const clock = options.clock;
        this.clock = clock ? { now: () => clock.now() } : { now: () => Date.now() };
        this.logger = createLogger(options.debug);
        this.loginProvider = options.login || wxLogin();
        const deviceProvider = options.deviceInfo || wxDeviceInfo();
        this.readDevice = () => this.device || (this.device = readDeviceSafely(deviceProvider));
        const storage = options.storage ||
            wxStorage(() => compareVersions(this.readDevice().sdkVersion || '0', ENCRYPT_SINCE) >= 0);
        this.cooldown = new Cooldown(positiveMs(options.codeCooldownMs, 60000, 'codeCooldownMs', true), () => this.clock.now());
        this.requester = new Requester({
            domain,
            clientId,
            timeoutMs: this.timeoutMs,
            language: this.language,
            transport: options.transport || wxTransport(),
            storage,
            device: this.readDevice,
            clock: this.clock,
            logger: this.logger,
        });
        this.keeper = new SessionKeeper({
            owner: { domain, clientId },
            storageKey: options.storageKey === undefined ? 'eiam.v1.session' : text(options.storageKey, 'storageKey', 128),
            storage,
            clock: this.clock,
            timeoutMs: this.timeoutMs,
            logger: this.logger,
        });
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
        return this.flights.run('login', () => __awaiter(this, void 0, void 0, function* () {
            const epoch = this.epoch;
            const code = yield this.wxCode();
            const answer = yield this.requester
                .call(ENDPOINTS.wechatLogin, processLoginResponse, { code })
                .catch((error) => {
                if (isEiamError(error) && error.code === 'ACCESS_DENIED' && epoch === this.epoch)
                    this.stateToken = null;
                throw error;
            });
            this.checkNotSignedOut(epoch);
            if (answer.status === 'SUCCESS') {
                this.stateToken = null;
                return { status: 'SUCCESS', session: yield this.signIn(answer.grant) };
            }
            this.stateToken = answer.stateToken;
            this.mfaMobile = undefined;
            return answer.status === 'MFA_AUTH'
                ? { status: 'MFA_AUTH' }
                : { status: answer.status, flows: answer.flows };
        }));
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
        return this.guard(() => {
            const mobile = this.wireMobile(input && input.mobile);
            return this.sendCode('sms', ENDPOINTS.smsSend, { mobile }, mobile, input.type, input.captchaToken);
        });
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
        return this.guard(() => {
            const email = this.email(input && input.email);
            return this.sendCode('email', ENDPOINTS.emailSend, { email }, email, input.type, input.captchaToken);
        });
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
            const recipient = input.email !== undefined ? this.email(input.email) : this.wireMobile(input.mobile);
            return this.cooldown.left(`${recipient}|${input.type}`);
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
        return this.guard(() => this.bindWithCode(ENDPOINTS.registerBind, input));
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
        return this.guard(() => this.bindWithCode(ENDPOINTS.bind, input));
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
        return this.guard(() => this.bindWith(ENDPOINTS.wechatPhoneRegisterBind, {
            wechat_code: text(input && input.wechatCode, 'wechatCode', 1024),
        }));
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
        return this.guard(() => this.bindWith(ENDPOINTS.wechatPhoneBind, {
            wechat_code: text(input && input.wechatCode, 'wechatCode', 1024),
        }));
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
        return this.guard(() => this.bindWith(ENDPOINTS.passwordBind, {
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
            if (typeof x !== 'number' || !isFinite(x) || x < 0 || x > 10000)
                throw invalid('x');
            const rounded = Math.round(x * 100) / 100;
            const sender = typeof input.sender === 'string' && input.sender.indexOf('@') >= 0
                ? this.email(input.sender)
                : this.wireMobile(input.sender);
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
        return this.guard(() => {
            const stateToken = this.requireStateToken();
            return this.flights
                .run(`mfa-mobile ${stateToken}`, () => this.withStateToken(this.requester.call(ENDPOINTS.mfaMobile, processMfaMobileResponse, undefined, { stateToken }), stateToken))
                .then((mobile) => {
                if (this.stateToken === stateToken)
                    this.mfaMobile = mobile;
                return mobile;
            });
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
        return this.guard(() => this.bindWith(ENDPOINTS.mfaSms, {
            mobile: this.wireMobile(input && input.mobile),
            verify_code: this.verifyCode(input.verifyCode),
        }));
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
        return this.guard(() => this.bindWith(ENDPOINTS.mfaEmail, {
            email: this.email(input && input.email),
            verify_code: this.verifyCode(input.verifyCode),
        }));
    }
    /**
     * Trades the session_token for a fresh id_token (`sso/session-token/id-token`); stores a renewed session_token
     * when the server sends one. Concurrent calls share one request.
     *
     * @example
     * ```ts
     * const { idToken } = await eiam.refreshIdToken();
     * ```
     * @throws {EiamError} `NO_SESSION` (also when the user signed out meanwhile), and the request errors.
     */
    refreshIdToken() {
        return this.flights.run('refresh', () => __awaiter(this, void 0, void 0, function* () {
            const before = yield this.keeper.get();
            if (!before)
                throw new EiamError('NO_SESSION');
            const grant = yield this.requester.call(ENDPOINTS.idToken, processIdTokenResponse, undefined, {
                sessionToken: before.sessionToken,
            });
            if (this.keeper.peek() !== before)
                throw new EiamError('NO_SESSION', { detail: 'session changed' });
            const renewed = grant.renewed;
            const session = renewed
                ? new Session(renewed.sessionToken, grant.idToken, usableUntil(this.clock.now(), renewed.expireSeconds * 1000), grant.claims)
                : new Session(before.sessionToken, grant.idToken, before.expiresAt, grant.claims);
            yield this.keeper.set(session, 'REFRESHED');
            return session;
        }));
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
        return this.keeper.clear('SIGNED_OUT');
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
        if (!isEiamError(error))
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
        let pending;
        try {
            pending = Promise.resolve(this.loginProvider.login(this.timeoutMs));
        }
        catch (error) {
            pending = Promise.reject(error);
        }
        return withTimeout(pending, this.timeoutMs + BACKSTOP_MS, () => 'timeout').then((code) => {
            if (typeof code !== 'string' || code === '' || code.length > 1024)
                throw new EiamError('WX_LOGIN_FAILED');
            return code;
        }, (reason) => {
            throw new EiamError('WX_LOGIN_FAILED', { detail: reason === 'timeout' ? 'timeout' : undefined });
        });
    }
    sendCode(channel, endpoint, target, recipient, type, captchaToken) {
        if (!isCodeType(type, channel))
            throw invalid('type');
        const body = Object.assign(Object.assign({}, target), { type });
        if (captchaToken !== undefined && captchaToken !== null && captchaToken !== '') {
            body.captcha_token = text(captchaToken, 'captchaToken', MAX_SECRET_CHARS);
        }
        const key = `${recipient}|${type}`;
        // A double tap shares the send in flight; a later send within the cool-down is refused.
        return this.flights.run(`send ${key}`, () => __awaiter(this, void 0, void 0, function* () {
            this.cooldown.take(key);
            try {
                yield this.requester.call(endpoint, processEmptyResponse, body);
            }
            catch (error) {
                if (!isEiamError(error))
                    throw error;
                if (error.code === 'RATE_LIMITED')
                    this.cooldown.extend(key, error.retryAfterMs || 0);
                // Refused by the server, or surely never sent: no code went out, so the user may send again at once.
                else if (error.code === 'API_ERROR' || error.detail === 'not-sent')
                    this.cooldown.release(key);
                throw error;
            }
        }));
    }
    bindWithCode(endpoint, input) {
        if (!input || typeof input !== 'object')
            throw invalid('input');
        const hasMobile = input.mobile !== undefined && input.mobile !== null;
        const hasEmail = input.email !== undefined && input.email !== null;
        if (hasMobile === hasEmail)
            throw invalid('exactly one of mobile and email');
        const body = hasMobile
            ? { mobile: this.wireMobile(input.mobile) }
            : { email: this.email(input.email) };
        body.verify_code = this.verifyCode(input.verifyCode);
        return this.bindWith(endpoint, body);
    }
    /** Step 2 (bind, register, MFA): one request with the held state token; on success the session replaces any other. */
    bindWith(endpoint, body) {
        const stateToken = this.requireStateToken();
        const epoch = this.epoch;
        return this.flights.run(`${endpoint.path} ${stateToken} ${JSON.stringify(body)}`, () => __awaiter(this, void 0, void 0, function* () {
            const answer = yield this.withStateToken(this.requester.call(endpoint, processSessionResponse, body, { stateToken }), stateToken);
            this.checkNotSignedOut(epoch);
            const current = this.stateToken === stateToken;
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
        }));
    }
    /**
     * Drops the state token `used` when the server says it is no longer valid (`INVALID_STATE_TOKEN`) or refuses the
     * user; a newer state token, from a login that finished meanwhile, is kept.
     */
    withStateToken(call, used) {
        return call.catch((error) => {
            const drop = () => {
                if (this.stateToken === used)
                    this.stateToken = null;
            };
            if (isEiamError(error) && error.code === 'API_ERROR' && this.rejectsStateToken(error)) {
                drop();
                throw new EiamError('INVALID_STATE_TOKEN', {
                    status: error.status,
                    serverCode: error.serverCode,
                    serverMessage: error.serverMessage,
                });
            }
            if (isEiamError(error) && error.code === 'ACCESS_DENIED')
                drop();
            throw error;
        });
    }
    /** A call that started before `logout()` must not sign the user back in. */
    checkNotSignedOut(epoch) {
        if (epoch !== this.epoch)
            throw new EiamError('NO_SESSION', { detail: 'signed out meanwhile' });
    }
    rejectsStateToken(error) {
        const code = baseServerCode(error.serverCode);
        const aboutStateToken = /state[_ ]?token/i.test(error.serverMessage || '');
        return aboutStateToken && /^SDK\.COMMON\.100[5-7]$/.test(code);
    }
    signIn(grant) {
        return __awaiter(this, void 0, void 0, function* () {
            const session = new Session(grant.sessionToken, grant.idToken, usableUntil(this.clock.now(), grant.expireSeconds * 1000), grant.claims);
            yield this.keeper.set(session, 'SIGNED_IN');
            return session;
        });
    }
    requireStateToken() {
        if (this.stateToken === null)
            throw new EiamError('NO_STATE_TOKEN');
        return this.stateToken;
    }
    /** A valid mobile in the wire format; the MFA mobile the server gave is sent back as it was. */
    wireMobile(value) {
        if (typeof value === 'string' && this.mfaMobile !== undefined && value === this.mfaMobile)
            return value;
        const parsed = parseMobile(value);
        if (!parsed)
            throw invalid('mobile');
        return formatMobile(parsed, this.mobileFormat);
    }
    email(value) {
        const email = parseEmail(value);
        if (email === null)
            throw invalid('email');
        return email;
    }
    verifyCode(value) {
        const code = parseVerifyCode(value);
        if (code === null)
            throw invalid('verifyCode');
        return code;
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
exports.wxDeviceInfo = wxDeviceInfo;
exports.wxLogin = wxLogin;
exports.wxStorage = wxStorage;
exports.wxTransport = wxTransport;
