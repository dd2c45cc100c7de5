"use strict";
function ep(path, method = "POST") {
    return { method, t: "/api/v2/sdk/" + path };
}
const ENDPOINTS = {
    R: ep("login/wechat-miniprogram"),
    registerBind: ep("social/register-bind"),
    bind: ep("social/bind"),
    S: ep("social/wechat-mobile-register-bind"),
    T: ep("social/wechat-mobile-bind"),
    U: ep("social/username-password-bind"),
    captcha: ep("captcha", "GET"),
    V: ep("captcha/verify"),
    W: ep("sms/send"),
    X: ep("email/send"),
    m: ep("mobile-by-token", "GET"),
    Y: ep("mfa/sms"),
    Z: ep("mfa/email"),
    idToken: ep("sso/session-token/id-token")
};
const ERROR_MESSAGES = Object.freeze({
    INVALID_ARGUMENT: { zh: "\u53C2\u6570\u9519\u8BEF", en: "Invalid argument" },
    NO_STATE_TOKEN: { zh: "\u8BF7\u5148\u767B\u5F55", en: "Call loginWithWeChat() first" },
    INVALID_STATE_TOKEN: { zh: "\u8BF7\u91CD\u65B0\u767B\u5F55", en: "State token rejected" },
    NO_SESSION: { zh: "\u5C1A\u672A\u767B\u5F55", en: "Not signed in" },
    SESSION_EXPIRED: { zh: "\u767B\u5F55\u5DF2\u8FC7\u671F\uFF0C\u8BF7\u91CD\u65B0\u767B\u5F55", en: "Session expired: sign in again" },
    WX_LOGIN_FAILED: { zh: "\u5FAE\u4FE1\u767B\u5F55\u5931\u8D25", en: "wx.login failed" },
    NETWORK_ERROR: { zh: "\u7F51\u7EDC\u9519\u8BEF", en: "Network error" },
    TIMEOUT: { zh: "\u8BF7\u6C42\u8D85\u65F6", en: "Timed out" },
    SERVER_ERROR: { zh: "\u670D\u52A1\u4E0D\u53EF\u7528", en: "Server error" },
    API_ERROR: { zh: "\u8BF7\u6C42\u88AB\u62D2\u7EDD", en: "Request rejected" },
    INVALID_RESPONSE: { zh: "\u54CD\u5E94\u5F02\u5E38", en: "Bad response" },
    ACCESS_DENIED: { zh: "\u65E0\u6743\u8BBF\u95EE", en: "Access denied" },
    MFA_REQUIRED: { zh: "\u9700\u8981\u4E8C\u6B21\u8BA4\u8BC1", en: "MFA required" },
    PASSWORD_EXPIRED: { zh: "\u5BC6\u7801\u5DF2\u8FC7\u671F", en: "Password expired" },
    INVALID_ID_TOKEN: { zh: "id_token \u65E0\u6548", en: "Bad id_token" },
    RATE_LIMITED: { zh: "\u8BF7\u7A0D\u540E\u518D\u8BD5", en: "Too many requests" },
    ACCOUNT_LOCKED: { zh: "\u8D26\u53F7\u5DF2\u9501\u5B9A", en: "Account locked" },
    WRONG_PASSWORD: { zh: "\u5BC6\u7801\u9519\u8BEF", en: "Wrong password" },
    NOT_BOUND: { zh: "\u8D26\u53F7\u672A\u7ED1\u5B9A", en: "User not bound" },
    CAPTCHA_REQUIRED: { zh: "\u8BF7\u5B8C\u6210\u6ED1\u5757\u9A8C\u8BC1", en: "Captcha required" },
    STORAGE_ERROR: { zh: "\u5B58\u50A8\u5931\u8D25", en: "Storage failed" }
});
function errorMessage(code, language = "en") {
    return ERROR_MESSAGES[code][/^zh/i.test(language) ? "zh" : "en"];
}
const BRAND = "__eiamError";
const FIELDS = "name code message serverCode status retryAfterMs attemptsLeft detail serverMessage".split(" ");
class EiamError extends Error {
    constructor(code, init = {}) {
        const server = [init.serverCode, init.serverMessage].filter(Boolean).join(" ");
        super(ERROR_MESSAGES[code].en + (init.detail ? ` (${init.detail})` : "") + (server && ": " + server));
        Object.setPrototypeOf(this, EiamError.prototype);
        this.name = "EiamError";
        this.code = code;
        const fields2 = this;
        for (const key of FIELDS.slice(3)) {
            const value = init[key];
            if (value !== void 0)
                fields2[key] = value;
        }
    }
    toJSON() {
        const json = {};
        for (const key of FIELDS.slice(0, 8))
            json[key] = this[key];
        return json;
    }
}
EiamError.prototype[BRAND] = true;
function isEiamError(value) {
    return !!value && value[BRAND] === true;
}
function wxCall(api, options) {
    return new Promise((resolve, reject) => {
        options.success = resolve;
        options.fail = reject;
        wx[api](options);
    });
}
function wxLogin() {
    return {
        login: (timeout) => wxCall("login", { timeout }).then((res) => res.code)
    };
}
const NOT_SENT = /internet_disconnected|name_not_resolved|connection_refused|address_unreachable|connection_timed_out|network is down/i;
function failureOf(errMsg) {
    const kind = NOT_SENT.test(errMsg) ? "not-sent" : /time(d[_ ]?)?out/i.test(errMsg) ? "timeout" : /interrupted/i.test(errMsg) ? "interrupted" : "network";
    return { transportFailure: kind, errMsg };
}
function stringHeaders(header) {
    const out = {};
    const source = header && typeof header === "object" ? header : {};
    for (const name of Object.keys(source))
        out[name] = String(source[name]);
    return out;
}
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
                    dataType: req.dataType || "text",
                    responseType: req.responseType || "text",
                    success: (res) => resolve({ statusCode: res.statusCode, data: res.data, header: stringHeaders(res.header) }),
                    fail: (err) => reject(failureOf(String(err && err.errMsg || "request:fail")))
                });
            });
        }
    };
}
function createLogger(debug) {
    const sink = debug === true ? (line) => console.log(line) : debug;
    return {
        debug(line) {
            try {
                if (typeof sink === "function")
                    sink("[eiam] " + line);
            }
            catch (_a) {
            }
        }
    };
}
function dropProto(key, value) {
    return key === "__proto__" ? void 0 : value;
}
function safeJsonParse(text2) {
    return /__proto__|\\u/.test(text2) ? JSON.parse(text2, dropProto) : JSON.parse(text2);
}
function invalidResponse(detail, status = 200) {
    return new EiamError("INVALID_RESPONSE", { status, detail });
}
function jsonBody(data, status, maxChars = 64 * 1024) {
    if (typeof data !== "string")
        return data;
    if (data.length > maxChars)
        throw invalidResponse("body too large", status);
    try {
        return data.trim() ? safeJsonParse(data) : void 0;
    }
    catch (_a) {
        throw invalidResponse("body not JSON", status);
    }
}
function asObject(value) {
    return value && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function retryAfterMs(header, now) {
    for (const name in header) {
        if (/^retry-after$/i.test(name)) {
            const text2 = String(header[name]).trim();
            const when = /^\d{1,9}$/.test(text2) ? now + +text2 * 1e3 : Date.parse(text2);
            return isNaN(when) ? void 0 : Math.max(0, when - now);
        }
    }
    return void 0;
}
function baseServerCode(code) {
    return (code || "").replace(/^IDAAS\./i, "").toUpperCase();
}
function amount(text2, units) {
    const m = new RegExp("(\\d+)\\s*(?:" + units + ")", "i").exec(text2);
    return m ? +m[1] : 0;
}
function refusalCode(init) {
    const code = baseServerCode(init.serverCode);
    const text2 = init.serverMessage || "";
    if (init.status > 499 || code === "SDK.COMMON.1008")
        return "SERVER_ERROR";
    if (code === "SDK.LOGIN.1002")
        return "NOT_BOUND";
    if (code === "SDK.LOGIN.1003") {
        const seconds = amount(text2, "min|\u5206") * 60 + amount(text2, "s|\u79D2");
        if (seconds)
            init.retryAfterMs = seconds * 1e3;
        return "ACCOUNT_LOCKED";
    }
    if (code !== "SDK.LOGIN.1005")
        return "API_ERROR";
    const m = /次数\s*[:：]\s*(\d+)|(\d+)\s*(?:more\s+)?attempt/i.exec(text2);
    if (m)
        init.attemptsLeft = +(m[1] || m[2]);
    return "WRONG_PASSWORD";
}
function endsSession(error) {
    return error.code === "API_ERROR" && (error.status === 401 || /^SDK\.(COMMON\.1013|PARAM\.0023)$/.test(baseServerCode(error.serverCode)));
}
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
    if (typeof code === "string" && code) {
        init.serverCode = code.slice(0, 128);
        if (typeof obj.error_msg === "string")
            init.serverMessage = obj.error_msg.slice(0, 200);
    }
    else if (ok)
        return body;
    if (status === 429)
        init.retryAfterMs = retryAfterMs(res.header, now);
    throw new EiamError(status === 429 ? "RATE_LIMITED" : refusalCode(init), init);
}
function okObject(res, now, maxChars) {
    const obj = asObject(okBody(res, now, maxChars));
    if (!obj)
        throw invalidResponse("not an object", res.statusCode);
    return obj;
}
const HEX = "0123456789abcdef";
function dataLength(s) {
    const m = /^([\w-]*)(=?=?)$/.exec(s);
    const end = m ? m[1].length : 1;
    return end % 4 === 1 || m && m[2] && s.length % 4 ? -1 : end;
}
function isBase64Url(s) {
    return dataLength(s) >= 0;
}
function base64UrlToEscapes(s) {
    const end = dataLength(s);
    if (end < 0)
        return null;
    let out = "";
    let buffer = 0;
    let bits = 0;
    for (let i = 0; i < end; i++) {
        const c = s.charCodeAt(i);
        buffer = buffer << 6 | (c > 96 ? c - 71 : c > 90 ? 63 : c > 64 ? c - 65 : c > 47 ? c + 4 : 62);
        bits += 6;
        if (bits > 7) {
            const byte = buffer >> (bits -= 8) & 255;
            out += byte < 128 && byte !== 37 ? String.fromCharCode(byte) : "%" + HEX.charAt(byte >> 4) + HEX.charAt(byte & 15);
        }
    }
    return out;
}
const SEGMENTS = ["header", "payload", "signature"];
const TYPED_CLAIMS = "exp iat nbf iss sub jti name userName mobile email".split(" ");
function fail(detail) {
    throw new EiamError("INVALID_ID_TOKEN", { detail });
}
function segmentObject(segment, name) {
    const escapes = base64UrlToEscapes(segment);
    if (escapes === null)
        fail(name + " not base64url");
    let reason = " not UTF-8";
    let value;
    try {
        const text2 = decodeURIComponent(escapes);
        reason = " not JSON";
        value = safeJsonParse(text2);
    }
    catch (_a) {
        fail(name + reason);
    }
    return asObject(value) || fail(name + " not an object");
}
function checkedHeader(jwt) {
    if (typeof jwt !== "string")
        fail("not a string");
    if (jwt.length > 16384)
        fail("too long");
    const parts = jwt.split(".");
    if (parts.length !== 3)
        fail("not three parts");
    SEGMENTS.forEach((name, i) => parts[i] || fail("empty " + name));
    if (!isBase64Url(parts[2]))
        fail("signature not base64url");
    const header = segmentObject(parts[0], "header");
    const alg = header.alg;
    if (!alg || typeof alg !== "string")
        fail("alg missing");
    if (/^none$/i.test(alg))
        fail("alg none");
    return [header, parts[1]];
}
function decodeIdToken(jwt, options) {
    const claims = segmentObject(checkedHeader(jwt)[1], "payload");
    let api;
    try {
        api = typeof claims.api === "string" ? asObject(safeJsonParse(claims.api)) : void 0;
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
        const type = i < 3 ? "number" : "string";
        if (value !== void 0 && (typeof value !== type || i < 3 && !isFinite(value))) {
            if (i > 5)
                delete claims[key];
            else
                fail(key + " not a " + type);
        }
    });
    const aud = claims.aud;
    const audiences = typeof aud === "string" ? [aud] : aud;
    if (aud !== void 0 && !(Array.isArray(audiences) && audiences.every((a) => typeof a === "string"))) {
        fail("aud not a string or array");
    }
    const { issuer, audience } = options || {};
    if (issuer !== void 0 && claims.iss !== issuer)
        fail("iss mismatch");
    if (audience !== void 0 && !(audiences && audiences.indexOf(audience) >= 0)) {
        fail("aud mismatch");
    }
    return claims;
}
const MAX_TOKEN_CHARS = 8 * 1024;
const MAX_EXPIRE_SECONDS = 1e8;
function tokenField(obj, field) {
    const raw = obj[field];
    const value = typeof raw === "string" ? raw.trim() : "";
    if (value.length > MAX_TOKEN_CHARS || !/^[\x21-\x7e]+$/.test(value))
        throw invalidResponse(field);
    return value;
}
function expireField(obj) {
    const value = obj.expire;
    if (typeof value !== "number" || !(value > 0) || value > MAX_EXPIRE_SECONDS)
        throw invalidResponse("expire");
    return value;
}
function idTokenClaims(idToken) {
    try {
        return decodeIdToken(idToken);
    }
    catch (_a) {
        throw invalidResponse("id_token");
    }
}
function parseSessionGrant(obj) {
    const sessionToken = tokenField(obj, "session_token");
    const expireSeconds = expireField(obj);
    const idToken = tokenField(obj, "id_token");
    return { sessionToken, idToken, expireSeconds, claims: idTokenClaims(idToken) };
}
function rawStatus(value) {
    return typeof value === "string" ? value.trim() : void 0;
}
function statusDetail(status = "") {
    return "status " + status.slice(0, 64);
}
function processSessionResponse(res, now) {
    const obj = okObject(res, now);
    const raw = obj.status;
    if (raw != null && typeof raw !== "string")
        throw invalidResponse("status", res.statusCode);
    const status = rawStatus(raw);
    if (status === void 0 || status === "SUCCESS" || status === "PASSWORD_WARN") {
        return { kind: "session", grant: parseSessionGrant(obj) };
    }
    if (status === "MFA_AUTH")
        return { kind: "mfa", stateToken: tokenField(obj, "state_token") };
    if (status === "ACCESS_DENIED" || status === "PASSWORD_EXPIRED") {
        throw new EiamError(status, { status: res.statusCode });
    }
    throw invalidResponse(statusDetail(status), res.statusCode);
}
const FULL_WIDTH = /[\uFF10-\uFF19\uFF0B\uFF0D\uFF0E\uFF20\u3000]/g;
function toHalfWidth(s) {
    return s.replace(FULL_WIDTH, (ch) => ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 65248));
}
function typedInput(input, max) {
    return typeof input === "string" && input.length <= max ? toHalfWidth(input.trim()) : "";
}
function parseVerifyCode(input) {
    const code = typedInput(input, 64);
    return /^\d{4,8}$/.test(code) ? code : null;
}
const LOOPBACK = /^(127(\.\d{1,3}){3}|localhost|\[::1\])$/i;
function invalid(detail) {
    return new EiamError("INVALID_ARGUMENT", { detail });
}
function checkDomain(domain, allowInsecureLoopback) {
    const trimmed = typeof domain === "string" && domain.length <= 2048 ? domain.trim() : "";
    const match = /^(https?):\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?(\/[^\s?#]*)?$/.exec(trimmed);
    if (!match || match[1] !== "https" && !(allowInsecureLoopback && LOOPBACK.test(match[2]))) {
        throw invalid("domain");
    }
    return trimmed.replace(/\/+$/, "");
}
function positiveMs(value, fallback, name, allowZero = false) {
    if (value === void 0)
        return fallback;
    if (typeof value !== "number" || !isFinite(value) || value < 0 || value === 0 && !allowZero)
        throw invalid(name);
    return value;
}
const MAX_SECRET_CHARS = 8 * 1024;
const HEADER_SAFE = /^[\x21-\x7e]+$/;
const MAX_TIMEOUT_MS = 6e5;
const noop = () => void 0;
function must(value, name) {
    if (!value)
        throw invalid(name);
    return value;
}
function text(value, name, max) {
    return must(typeof value === "string" && value.length <= max ? value : null, name);
}
function headerText(value, name) {
    return must(HEADER_SAFE.test(text(value, name, 256)) ? value : null, name);
}
function timeoutMs(value, fallback, name) {
    const ms = positiveMs(value, fallback, name);
    return must(ms > MAX_TIMEOUT_MS ? null : ms, name);
}
function signedOutMeanwhile() {
    return new EiamError("NO_SESSION", { detail: "signed out meanwhile" });
}
function refuses(error, name) {
    return error.code === "API_ERROR" && /^SDK\.COMMON\.100[5-7]$/.test(baseServerCode(error.serverCode)) && new RegExp(name + "[_ ]?token", "i").test(error.serverMessage || "");
}
function guard(start) {
    try {
        return start();
    }
    catch (error) {
        return Promise.reject(error);
    }
}
const MOBILE = /^(?:(?:\+86|0086|86)?(1[3-9]\d{9})|\+(?!86)(?=[1-9]\d{7,14}$)([17]|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[124]|9[0-58]|\d{3})(\d+))$/;
const MOBILE_FILLER = /[ \u00a0\u200b-\u200f\u202a-\u202e\u2060\ufeff-]/g;
function parseMobile(input) {
    const m = MOBILE.exec(typedInput(input, 32).replace(MOBILE_FILLER, ""));
    if (!m)
        return null;
    const [, mainland, countryCode = "86", national = mainland] = m;
    return { countryCode, national, e164: "+" + countryCode + national };
}
function formatMobile(m, format) {
    return format === "national" && m.countryCode === "86" ? m.national : "+" + m.countryCode + (format === "e164-dash" ? "-" : "") + m.national;
}
function processEmptyResponse(res, now) {
    try {
        okBody(res, now);
    }
    catch (error) {
        const e = error;
        throw e.code === "API_ERROR" && /captcha|滑块|人机|图形/i.test(e.serverMessage || "") ? new EiamError("CAPTCHA_REQUIRED", e) : e;
    }
}
function processMfaMobileResponse(res, now) {
    const obj = asObject(okBody(res, now));
    const mobile = obj && obj.mobile;
    if (typeof mobile !== "string" || mobile.trim() === "" || mobile.length > 64) {
        throw invalidResponse("mobile", res.statusCode);
    }
    return mobile.trim();
}
function mfaWireMobile(mobile, format) {
    const parsed = parseMobile(mobile);
    return parsed ? formatMobile(parsed, format) : mobile;
}
function processIdTokenResponse(res, now) {
    const obj = okObject(res, now);
    const idToken = tokenField(obj, "id_token");
    const grant = { idToken, claims: idTokenClaims(idToken) };
    if (obj.session_token != null) {
        grant.renewed = { sessionToken: tokenField(obj, "session_token"), expireSeconds: expireField(obj) };
    }
    return grant;
}
const COMMON_TYPES = "LOGIN REGISTER MFA_AUTH FORGET_PWD CHANGE_PWD ";
function codeTypes(more, suffix) {
    return (COMMON_TYPES + more).split(" ").map((type) => type + suffix);
}
const SMS_CODE_TYPES = codeTypes("BIND_MOBILE UPDATE_PWD UPDATE_MOBILE", "_SMS");
const EMAIL_CODE_TYPES = codeTypes("BIND_EMAIL UPDATE_EMAIL", "_EMS");
function isCodeType(type, channel) {
    return typeof type === "string" && type.length < 65 && /^[A-Z][A-Z\d]*(_[A-Z\d]+)*_[SE]MS$/.test(type) && type.charAt(type.length - 3) === (channel === "sms" ? "S" : "E");
}
const EMAIL = /^([\w.!#$%&'*+/=?^`{|}~-]{1,64})@([a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)*)$/i;
function parseEmail(input) {
    const address = typedInput(input, 1024);
    const m = address.length < 255 && EMAIL.exec(address);
    return m ? m[1] + "@" + m[2].toLowerCase() : null;
}
function recipient(c, key, value) {
    if (key === "email")
        return must(parseEmail(value), key);
    return typeof value === "string" && value === c.s.m ? mfaWireMobile(value, c.s.g.mobileFormat) : formatMobile(must(parseMobile(value), key), c.s.g.mobileFormat);
}
function sendCode(c, key, input) {
    const { B: cooldown2, b: flights } = c.s;
    return guard(() => {
        const to = recipient(c, key, input && input[key]);
        const { type, captchaToken } = input;
        const sms = key === "mobile";
        if (!isCodeType(type, sms ? "sms" : "email"))
            throw invalid("type");
        const body = { [key]: to, type };
        if (captchaToken != null && captchaToken !== "") {
            body.captcha_token = text(captchaToken, "captchaToken", MAX_SECRET_CHARS);
        }
        const id = `${to}|${type}`;
        return flights.h(`send ${id}`, () => {
            cooldown2._(id);
            return c.l.call(sms ? ENDPOINTS.W : ENDPOINTS.X, processEmptyResponse, body).catch((error) => {
                if (error.code === "RATE_LIMITED")
                    cooldown2.$(id, error.retryAfterMs || 0);
                else if (/^(API|CAPTCHA)_/.test(error.code) || error.detail === "not-sent")
                    cooldown2.aa(id);
                throw error;
            });
        });
    });
}
function codeCooldownLeft(c, input) {
    try {
        const key = input.email !== void 0 ? "email" : "mobile";
        return c.s.B.ba(`${recipient(c, key, input[key])}|${input.type}`);
    }
    catch (_a) {
        return 0;
    }
}
function codeBody(c, input, key) {
    if (!key) {
        if (!input || typeof input !== "object")
            throw invalid("input");
        const hasMobile = input.mobile != null;
        if (hasMobile === (input.email != null)) {
            throw invalid("exactly one of mobile and email");
        }
        key = hasMobile ? "mobile" : "email";
    }
    return {
        [key]: recipient(c, key, input && input[key]),
        verify_code: must(parseVerifyCode(input.verifyCode), "verifyCode")
    };
}
function bindWithWeChatCode(c, endpoint, input) {
    return bindWith(c, endpoint, () => ({
        wechat_code: text(input && input.wechatCode, "wechatCode", 1024)
    }));
}
function passwordBody(input) {
    return {
        user_name: text(input && typeof input.userName === "string" ? input.userName.trim() : "", "userName", 256),
        password: text(input && input.password, "password", 1024)
    };
}
function bindWith(c, endpoint, body) {
    const s = c.s;
    const epoch = s.f;
    return withStateToken(c, endpoint, processSessionResponse, body, (answer, current) => {
        if (epoch !== s.f)
            throw signedOutMeanwhile();
        if (answer.kind === "mfa") {
            if (current) {
                s.stateToken = answer.stateToken;
                s.m = void 0;
            }
            throw new EiamError("MFA_REQUIRED", { status: 200 });
        }
        if (current)
            s.stateToken = null;
        return s.C(answer.grant, c);
    });
}
function withStateToken(c, endpoint, processAnswer, body, use) {
    const s = c.s;
    return guard(() => {
        const data = body();
        const used = s.stateToken;
        if (used === null)
            throw new EiamError("NO_STATE_TOKEN");
        return s.b.h(`${endpoint.t} ${used} ${JSON.stringify(data)}`, () => c.l.call(endpoint, processAnswer, data, { stateToken: used }).then((answer) => use(answer, s.stateToken === used), (error) => {
            const stale = refuses(error, "state");
            if ((stale || error.code === "ACCESS_DENIED") && s.stateToken === used)
                s.stateToken = null;
            throw stale ? new EiamError("INVALID_STATE_TOKEN", error) : error;
        }));
    });
}
function image(obj, field) {
    const value = obj[field];
    if (typeof value !== "string" || !value || value.length > 512 * 1024)
        throw invalidResponse(field);
    return value.replace(/^data:image\/\w+;base64,/, "");
}
function fields(res, now) {
    const obj = okObject(res, now, 1024 * 1024);
    return asObject(obj.repData) || obj;
}
function processCaptchaResponse(res, now) {
    const obj = fields(res, now);
    return {
        token: tokenField(obj, "token"),
        originalImageBase64: image(obj, "originalImageBase64"),
        jigsawImageBase64: image(obj, "jigsawImageBase64"),
        secretKey: typeof obj.secretKey === "string" ? obj.secretKey : ""
    };
}
function processCaptchaVerifyResponse(res, now) {
    return tokenField(fields(res, now), "captcha_token");
}
function getCaptcha(c) {
    return c.s.b.h("captcha", () => c.l.call(ENDPOINTS.captcha, processCaptchaResponse));
}
function verifyCaptcha(c, input) {
    return guard(() => {
        const token = text(input && input.token, "token", MAX_SECRET_CHARS);
        const x = input.x;
        if (typeof x !== "number" || !(x >= 0 && x <= 1e4))
            throw invalid("x");
        const rounded = Math.round(x * 100) / 100;
        const sender = recipient(c, typeof input.sender === "string" && input.sender.indexOf("@") >= 0 ? "email" : "mobile", input.sender);
        const pointJson = `{"x":${rounded % 1 === 0 ? rounded.toFixed(1) : String(rounded)},"y":5.0}`;
        const body = { point_json: pointJson, token, sender };
        return c.s.b.h(`captcha-verify ${JSON.stringify(body)}`, () => c.l.call(ENDPOINTS.V, processCaptchaVerifyResponse, body));
    });
}
function safetyMarginMs(lifetimeMs) {
    return Math.max(0, Math.min(6e4, Math.floor(lifetimeMs / 2)));
}
function usableUntil(receivedAt, lifetimeMs) {
    return receivedAt + lifetimeMs - safetyMarginMs(lifetimeMs);
}
function idTokenFresh(claims, serverNow) {
    const exp = (claims.exp || 0) * 1e3;
    const margin = safetyMarginMs(exp - (claims.iat || 0) * 1e3);
    return serverNow < exp - margin && serverNow >= (claims.nbf || claims.iat || 0) * 1e3 - margin;
}
function refreshedExpiry(before, renewed, now) {
    const until = renewed ? usableUntil(now, renewed.expireSeconds * 1e3) : before.expiresAt;
    return renewed && renewed.sessionToken !== before.sessionToken ? until : Math.min(until, before.expiresAt);
}
class Session {
    constructor(sessionToken, idToken, expiresAt, claims) {
        Object.defineProperties(this, { sessionToken: { value: sessionToken }, idToken: { value: idToken } });
        this.expiresAt = expiresAt;
        this.claims = claims;
    }
    toJSON() {
        return {
            expiresAt: this.expiresAt,
            sub: typeof this.claims.sub === "string" ? this.claims.sub : void 0
        };
    }
    toString() {
        return `[Session expiresAt=${this.expiresAt}]`;
    }
}
function mayCarryToken(url, hosts, insecureLoopback) {
    const m = typeof url === "string" ? /^(https?):\/\/([^/?#\\@\s]+)([/?#\\]\S*)?$/i.exec(url) : null;
    if (!m)
        return false;
    const host = m[2].toLowerCase();
    return hosts.indexOf(host) >= 0 && (m[1].toLowerCase() === "https" || insecureLoopback && LOOPBACK.test(host.replace(/:\d+$/, "")));
}
const idTokenOf = (session) => session.idToken;
function refreshIdToken(c) {
    const s = c.s;
    const keeper = s.j;
    return s.b.h("refresh " + s.f, () => keeper.get(true, c).then((before) => c.l.call(ENDPOINTS.idToken, processIdTokenResponse, void 0, { sessionToken: before.sessionToken }).then((grant) => {
        if (keeper.p() !== before)
            throw signedOutMeanwhile();
        const renewed = grant.renewed;
        return s.D(new Session(renewed ? renewed.sessionToken : before.sessionToken, grant.idToken, refreshedExpiry(before, renewed, s.g.clock.now()), grant.claims), "REFRESHED", c);
    }, (e) => {
        if ((endsSession(e) || refuses(e, "session")) && keeper.p() === before) {
            return keeper.set(null, "EXPIRED", c).then(() => {
                throw new EiamError("SESSION_EXPIRED", e);
            });
        }
        throw e;
    })));
}
function getIdToken(c) {
    const s = c.s;
    return s.b.h("id " + s.f, () => s.j.get(true, c).then((session) => s.E(session) ? session.idToken : refreshIdToken(c).then(idTokenOf)));
}
function request(c, options) {
    return guard(() => {
        const o = options || {};
        if (!mayCarryToken(o.url, c.ca, c.da))
            throw invalid("url");
        const method = String(o.method || "GET").toUpperCase();
        if (!/^(GET|HEAD|OPTIONS|P(OS|U)T|DELETE|TRACE|CONNECT)$/.test(method))
            throw invalid("method");
        const timeout = timeoutMs(o.timeout, c.timeoutMs, "timeout");
        const send = (token) => {
            const header = Object.assign({}, o.header);
            for (const name in header)
                if (name.toLowerCase() === c.authHeader.toLowerCase())
                    delete header[name];
            header[c.authHeader] = c.ea + token;
            return c.l.F(Object.assign({}, o, { method, header, timeout, dataType: o.dataType || "json" }));
        };
        return getIdToken(c).then((sent) => send(sent).then((res) => {
            if (res.statusCode !== 401)
                return res;
            const held = c.s.j.p();
            const next = held && held.idToken !== sent ? Promise.resolve(held.idToken) : refreshIdToken(c).then(idTokenOf);
            if (o.repeatOn401 || /^(GET|HEAD|OPTIONS|PUT|DELETE)$/.test(method))
                return next.then(send);
            return next.then(() => res, (error) => {
                if (error.code === "SESSION_EXPIRED" || error.code === "NO_SESSION")
                    throw error;
                return res;
            });
        }));
    });
}
function parseFlows(data) {
    const obj = asObject(jsonBody(data, 200));
    const list = obj && obj.socialBindOrRegisterFlow;
    return Array.isArray(list) ? list.filter((item) => typeof item === "string" && item.trim()).slice(0, 16).map((item) => item.trim().slice(0, 64)) : [];
}
function processLoginResponse(res, now) {
    const obj = okObject(res, now);
    const status = rawStatus(obj.status);
    if (status === "SUCCESS" || status === "PASSWORD_WARN")
        return { status: "SUCCESS", grant: parseSessionGrant(obj) };
    if (status === "ACCESS_DENIED" || status === "PASSWORD_EXPIRED")
        throw new EiamError(status, { status: res.statusCode });
    if (status !== "SOCIAL_BIND" && status !== "USER_REGISTER" && status !== "MFA_AUTH") {
        throw invalidResponse(statusDetail(status), res.statusCode);
    }
    const stateToken = tokenField(obj, "state_token");
    return status === "MFA_AUTH" ? { status, stateToken } : { status, stateToken, flows: parseFlows(obj.data) };
}
function withTimeout(promise, ms, onTimeout) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(onTimeout()), ms);
        promise.then(resolve, reject).then(() => clearTimeout(timer));
    });
}
const SDK_NAME = "eiam-miniprogram-sdk";
const SDK_VERSION = "0.1.0";
function ascii(value) {
    return value.replace(/[^\x20-\x7e]/g, "").trim() || "unknown";
}
function osVersionHeader(info) {
    return ascii(info.system || info.platform).replace(/\s/g, "").toLowerCase();
}
function languageHeader(language) {
    return (/[a-z]+/i.exec(language) || ["zh"])[0].toLowerCase();
}
function agentHeader(info) {
    const system = ascii(info.system || info.platform);
    const platform = ascii(info.platform).toLowerCase();
    const version = system.replace(/^\D*/, "");
    const device = platform === "ios" ? `iPhone; CPU iPhone OS ${version.replace(/\./g, "_")} like Mac OS X` : platform === "android" ? `Linux; Android ${version}` : system;
    return `Mozilla/5.0 (${device}; ${ascii(info.model)}) MicroMessenger/${ascii(info.wechatVersion)} MiniProgramEnv/${platform} ${SDK_NAME}/${SDK_VERSION}`;
}
const HIDDEN$1 = "***";
const MAINLAND = /^((?:\+86|0086|86)?[ -]?1\d\d)[\d*]{4}(\d{4})$/;
function maskMobile(s) {
    if (typeof s !== "string")
        return HIDDEN$1;
    const m = s.length < 25 && MAINLAND.exec(s);
    const head = Math.min(3, s.length >> 2);
    return m ? m[1] + "****" + m[2] : s.length < 6 ? s && HIDDEN$1 : s.slice(0, head) + "****" + s.slice(-Math.min(2, head));
}
function maskEmail(s) {
    const at = typeof s === "string" ? s.lastIndexOf("@") : -1;
    return at < 0 ? HIDDEN$1 : (at > 1 ? s.charAt(0) : "") + HIDDEN$1 + s.slice(at);
}
const HIDDEN = "[redacted]";
function redactBody(body) {
    if (!body)
        return "";
    const parts = Object.keys(body).map((key) => {
        const value = body[key];
        const shown = typeof value !== "string" ? HIDDEN : key === "type" || key === "point_json" ? value : key === "email" || key === "sender" && value.indexOf("@") >= 0 ? maskEmail(value) : key === "mobile" || key === "sender" ? maskMobile(value) : HIDDEN;
        return `${key}=${shown}`;
    });
    return ` {${parts.join(", ")}}`;
}
const BACKSTOP_MS = 500;
function transportError(error) {
    if (error instanceof EiamError)
        return error;
    const kind = error && error.transportFailure;
    return kind === "timeout" ? new EiamError("TIMEOUT") : new EiamError("NETWORK_ERROR", { detail: typeof kind === "string" ? kind : "network" });
}
function normalise(raw) {
    const res = asObject(raw) || {};
    return {
        statusCode: typeof res.statusCode === "number" ? res.statusCode : 0,
        data: res.data,
        header: asObject(res.header) || {}
    };
}
class Requester {
    constructor(config) {
        this.a = config;
    }
    call(endpoint, processAnswer, body, tokens = {}) {
        const { a: config } = this;
        const { k: logger, clock, q: server } = config;
        const label = `${endpoint.method} ${endpoint.t}`;
        let status;
        return this.fa().then((common) => {
            const header = Object.assign({}, common);
            if (tokens.stateToken)
                header["X-state-token"] = tokens.stateToken;
            if (tokens.sessionToken)
                header["X-session-token"] = tokens.sessionToken;
            logger.debug(`\u2192 ${label}${redactBody(body)}`);
            return this.F({
                url: config.domain + endpoint.t,
                method: endpoint.method,
                header,
                data: body ? JSON.stringify(body) : void 0,
                timeout: config.timeoutMs
            });
        }).then((res) => {
            status = res.statusCode;
            for (const name in res.header) {
                const date = /^date$/i.test(name) ? Date.parse(res.header[name]) : NaN;
                if (!isNaN(date))
                    server.u = date - clock.now();
            }
            const result = processAnswer(res, clock.now() + server.u);
            logger.debug(`\u2190 ${label} ${status}`);
            return result;
        }).catch((error) => {
            const mapped = error instanceof EiamError ? error : new EiamError("INVALID_RESPONSE", { status });
            logger.debug(`\u2190 ${label} ${status || mapped.detail || "-"} ${mapped.code} ${mapped.serverCode || ""}`);
            throw mapped;
        });
    }
    F(req) {
        const pending = new Promise((resolve) => resolve(this.a.transport.request(req)));
        return withTimeout(pending, req.timeout + BACKSTOP_MS, () => new EiamError("TIMEOUT")).then(normalise, (error) => {
            throw transportError(error);
        });
    }
    fa() {
        const { a: config } = this;
        return this.ga = this.ga || config.o().then((fingerprint) => {
            const info = config.w();
            return {
                "content-type": "application/json",
                "X-client-id": config.clientId,
                "X-device-fingerprint": fingerprint,
                "X-operating-sys-version": osVersionHeader(info),
                "X-agent": agentHeader(info),
                "X-L": languageHeader(config.language || info.language)
            };
        });
    }
}
function loginWithWeChat(c) {
    const s = c.s;
    return s.b.h("login " + s.f, () => {
        const epoch = s.f;
        return wxCode(c).then((code) => c.l.call(ENDPOINTS.R, processLoginResponse, { code }).catch((error) => {
            if (error.code === "ACCESS_DENIED" && epoch === s.f)
                s.stateToken = null;
            throw error;
        })).then((answer) => {
            if (epoch !== s.f)
                throw signedOutMeanwhile();
            if (answer.status === "SUCCESS") {
                s.stateToken = null;
                return s.C(answer.grant, c).then((session) => ({ status: "SUCCESS", session }));
            }
            s.stateToken = answer.stateToken;
            s.m = void 0;
            return answer.status === "MFA_AUTH" ? { status: "MFA_AUTH" } : { status: answer.status, flows: answer.flows };
        });
    });
}
function wxCode(c) {
    const pending = new Promise((resolve) => resolve(c.ha.login(c.timeoutMs)));
    return withTimeout(pending, c.timeoutMs + BACKSTOP_MS, () => "timeout").then((code) => text(code, "code", 1024)).catch((reason) => {
        throw new EiamError("WX_LOGIN_FAILED", { detail: reason === "timeout" ? reason : void 0 });
    });
}
function getMfaMobile(c) {
    return withStateToken(c, ENDPOINTS.m, processMfaMobileResponse, noop, (mobile, current) => {
        if (current)
            c.s.m = mobile;
        return mobile;
    });
}
const NO_WX = {};
function wxApp() {
    return typeof wx === "object" && wx ? wx : NO_WX;
}
function wxAppLifecycle() {
    return {
        subscribe(onShow, onHide) {
            wx.onAppShow(onShow);
            wx.onAppHide(onHide);
            return () => {
                wx.offAppShow(onShow);
                wx.offAppHide(onHide);
            };
        }
    };
}
const WX_FIELDS = "system platform brand model version SDKVersion language".split(" ");
function wxDeviceInfo() {
    return {
        read() {
            let bag = {};
            try {
                bag = typeof wx.getDeviceInfo === "function" && typeof wx.getAppBaseInfo === "function" ? Object.assign({}, wx.getDeviceInfo(), wx.getAppBaseInfo()) : wx.getSystemInfoSync();
            }
            catch (_a) {
            }
            const info = {};
            "system platform brand model wechatVersion sdkVersion language".split(" ").forEach((field, i) => {
                const value = bag[WX_FIELDS[i]];
                info[field] = typeof value === "string" ? value : "";
            });
            return info;
        }
    };
}
function wxStorage(encrypt) {
    return {
        get: (key) => wxCall("getStorage", { key, encrypt: encrypt() }).then((res) => res.data === null ? "" : res.data, (err) => /not found/.test(err.errMsg) ? null : Promise.reject(err)),
        set: (key, data) => wxCall("setStorage", { key, data, encrypt: encrypt() }),
        remove: (key) => wxCall("removeStorage", { key })
    };
}
function compareVersions(a, b) {
    const pa = a.split(".");
    const pb = b.split(".");
    let diff = 0;
    for (let i = 0; !diff && i < pa.length + pb.length; i++) {
        diff = (parseInt(pa[i]) || 0) - (parseInt(pb[i]) || 0);
    }
    return diff;
}
function randomId(length) {
    let out = "";
    while (out.length < length)
        out += (Math.random() * 36 | 0).toString(36);
    return out;
}
const FINGERPRINT_KEY = "eiam.v1.device";
const FINGERPRINT_READ_MS = 400;
function readFingerprint(storage, timeoutMs2, logger) {
    const slow = {};
    return withTimeout(Promise.resolve().then(() => storage.get(FINGERPRINT_KEY)), Math.min(timeoutMs2, FINGERPRINT_READ_MS), () => slow).catch((error) => error === slow ? slow : void 0).then((stored) => {
        if (typeof stored === "string" && /^[0-9a-z]{16,64}$/.test(stored))
            return stored;
        const created = randomId(32);
        if (stored !== slow) {
            Promise.resolve().then(() => storage.set(FINGERPRINT_KEY, created)).catch(() => logger.debug("fingerprint not stored"));
        }
        return created;
    });
}
class SingleFlight {
    constructor() {
        this.b = {};
    }
    h(key, start) {
        const flights = this.b;
        let flight = flights[key];
        if (!flight) {
            const started = flight = flights[key] = start();
            const clear = () => flights[key] === started && delete flights[key];
            started.then(clear, clear);
        }
        return flight;
    }
}
function cooldown(periodMs, now) {
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
        ba: left,
        $: extend,
        _(key) {
            const wait = left(key);
            if (wait > 0)
                throw new EiamError("RATE_LIMITED", { retryAfterMs: wait, detail: "code cool-down" });
            extend(key, periodMs);
        },
        aa(key) {
            delete spans[key];
        }
    };
}
const STORED_VERSION = 1;
function serializeSession(session, owner) {
    return JSON.stringify({
        v: STORED_VERSION,
        d: owner.domain,
        c: owner.clientId,
        s: session.sessionToken,
        i: session.idToken,
        e: session.expiresAt
    });
}
function deserializeSession(text2, owner) {
    if (typeof text2 !== "string" || text2.length > 4 * MAX_TOKEN_CHARS)
        return null;
    try {
        const obj = asObject(safeJsonParse(text2));
        const expiresAt = obj && obj.e;
        const mine = obj && obj.v === STORED_VERSION && obj.d === owner.domain && obj.c === owner.clientId;
        if (!mine || typeof expiresAt !== "number" || !isFinite(expiresAt))
            return null;
        const idToken = tokenField(obj, "i");
        return new Session(tokenField(obj, "s"), idToken, expiresAt, decodeIdToken(idToken));
    }
    catch (_a) {
        return null;
    }
}
const TIMED_OUT = {};
class SessionKeeper {
    constructor(config) {
        this.a = config;
        this.y = 0;
        this.G = false;
        this.H = Promise.resolve();
        this.ia = 0;
        this.I = 0;
        this.J = noop;
        this.b = new SingleFlight();
        this.r = [];
    }
    get(strict, via = this.a) {
        return this.n === void 0 ? this.b.h("load", () => this.ja(via)).then(() => this.K(strict, via)) : this.K(strict, via);
    }
    p() {
        return this.n;
    }
    set(session, reason, via = this.a) {
        const before = this.n;
        const { k: logger } = via;
        this.y++;
        this.n = session;
        this.G = !session && reason === "EXPIRED";
        this.L();
        return this.M(session, via).then((storageError) => {
            logger.debug(`session ${reason}`);
            if (session === null && before === null)
                return;
            const info = storageError ? { reason, storageError } : { reason };
            for (const listener of this.r.slice()) {
                try {
                    listener(session, info);
                }
                catch (_a) {
                    logger.debug("listener threw");
                }
            }
        });
    }
    subscribe(listener) {
        this.r.push(listener);
        return () => {
            const index = this.r.indexOf(listener);
            if (index >= 0)
                this.r.splice(index, 1);
        };
    }
    L() {
        this.a.z(!!this.n);
    }
    K(strict, via) {
        const session = this.n;
        if (session && this.a.clock.now() < session.expiresAt)
            return Promise.resolve(session);
        return (session ? this.set(null, "EXPIRED", via) : Promise.resolve()).then(() => {
            if (strict)
                throw new EiamError(this.G ? "SESSION_EXPIRED" : "NO_SESSION");
            return null;
        });
    }
    ja(via) {
        const { storage, storageKey } = this.a;
        const { timeoutMs: timeoutMs2, k: logger } = via;
        const generation = this.y;
        return withTimeout(Promise.resolve().then(() => storage.get(storageKey)), timeoutMs2, () => TIMED_OUT).then((text2) => this.N(generation, text2 === null ? null : deserializeSession(text2, this.a), text2 !== null, via), (error) => {
            if (error === TIMED_OUT)
                logger.debug("session read timed out");
            else
                this.N(generation, null, true, via);
        });
    }
    N(generation, session, stored, via) {
        if (generation !== this.y)
            return;
        this.n = session;
        this.L();
        if (stored && !session) {
            via.k.debug("stored session unreadable");
            void this.M(null, via);
        }
    }
    M(session, via) {
        const { storage, storageKey } = this.a;
        const { timeoutMs: timeoutMs2 } = via;
        const n = ++this.ia;
        const write = () => (session ? storage.set(storageKey, serializeSession(session, this.a)) : (storage.remove(storageKey).catch(() => storage.set(storageKey, "")))).then(() => n < this.I ? this.J() : this.I = n);
        this.J = write;
        const done = withTimeout(this.H.then(write), timeoutMs2, () => TIMED_OUT);
        this.H = done.then(noop, noop);
        return done.then(noop, () => new EiamError("STORAGE_ERROR"));
    }
}
const DEVICE_FIELDS = "system platform brand model wechatVersion sdkVersion language".split(" ");
function readDeviceSafely(provider) {
    let info;
    try {
        info = provider.read();
    }
    catch (_a) {
    }
    const out = {};
    for (const key of DEVICE_FIELDS) {
        const value = info && info[key];
        out[key] = typeof value === "string" ? value : "";
    }
    return out;
}
class SharedSession {
    constructor(settings, owner, storageKey, makeStorage, via, renew) {
        this.g = settings;
        this.ka = renew;
        this.b = new SingleFlight();
        this.f = 0;
        this.stateToken = null;
        this.q = { u: 0 };
        this.A = () => this.w || (this.w = readDeviceSafely(settings.deviceInfo));
        this.storage = makeStorage(this.A);
        this.B = cooldown(settings.codeCooldownMs, () => settings.clock.now());
        this.j = new SessionKeeper({
            domain: owner.domain,
            clientId: owner.clientId,
            storageKey,
            storage: this.storage,
            clock: settings.clock,
            timeoutMs: via.timeoutMs,
            k: via.k,
            z: (held) => this.z(held)
        });
    }
    E(session) {
        return idTokenFresh(session.claims, this.g.clock.now() + this.q.u);
    }
    C(grant, via) {
        const until = usableUntil(this.g.clock.now(), grant.expireSeconds * 1e3);
        return this.D(new Session(grant.sessionToken, grant.idToken, until, grant.claims), "SIGNED_IN", via);
    }
    D(session, reason, via) {
        return this.j.set(session, reason, via).then(() => session);
    }
    la() {
        this.f++;
        this.stateToken = null;
        this.m = void 0;
    }
    z(held) {
        const off = this.O;
        try {
            if (held && !off) {
                this.O = this.g.appLifecycle.subscribe(() => {
                    const session = this.j.p();
                    if (session && !this.E(session))
                        this.ka(this.ma).catch(noop);
                }, noop);
            }
            else if (!held && off) {
                this.O = void 0;
                off();
            }
        }
        catch (_a) {
        }
    }
}
const ENCRYPT_SINCE = "2.21.3";
let run;
const newApp = () => ({ P: new Map(), keys: new Map() });
const SETTINGS = [
    "clock",
    "deviceInfo",
    "appLifecycle",
    "codeCooldownMs",
    "mobileFormat"
];
function sharedSession(q, via) {
    const wx2 = wxApp();
    if (!run || run.wx !== wx2)
        run = { wx: wx2, own: newApp(), byStorage: new WeakMap() };
    const storage = q.storage;
    let app = storage ? run.byStorage.get(storage) : run.own;
    if (!app)
        run.byStorage.set(storage, app = newApp());
    const owner = q.domain + " " + q.clientId;
    const holder = app.keys.get(q.storageKey);
    if (holder !== void 0 && holder !== owner)
        throw invalid("storageKey");
    const key = owner + " " + q.storageKey;
    let s = app.P.get(key);
    if (s) {
        for (const name of SETTINGS) {
            if (q[name] !== void 0 && q[name] !== s.g[name])
                throw invalid(name);
        }
    }
    else {
        const settings = {
            clock: q.clock || { now: () => Date.now() },
            deviceInfo: q.deviceInfo || wxDeviceInfo(),
            appLifecycle: q.appLifecycle || wxAppLifecycle(),
            codeCooldownMs: q.codeCooldownMs === void 0 ? 6e4 : q.codeCooldownMs,
            mobileFormat: q.mobileFormat || "national"
        };
        const given = q.storage;
        s = new SharedSession(settings, q, q.storageKey, (readDevice) => given || wxStorage(() => compareVersions(readDevice().sdkVersion || "0", ENCRYPT_SINCE) >= 0), via, (client) => getIdToken(client));
        app.P.set(key, s);
        app.keys.set(q.storageKey, owner);
    }
    const a = app;
    const session = s;
    return {
        s,
        o: () => a.o || (a.o = readFingerprint(session.storage, via.timeoutMs, via.k))
    };
}
class EiamClient {
    constructor(options) {
        this.Q = [];
        if (!options || typeof options !== "object")
            throw invalid("options");
        const insecure = options.allowInsecureLoopback === true;
        const domain = checkDomain(options.domain, insecure);
        const clientId = headerText(options.clientId, "clientId");
        const timeout = timeoutMs(options.timeoutMs, 1e4, "timeoutMs");
        const language = options.language === void 0 ? void 0 : text(options.language, "language", 35);
        const mobileFormat = options.mobileFormat || void 0;
        if (mobileFormat && !/^(national|e164(-dash)?)$/.test(mobileFormat))
            throw invalid("mobileFormat");
        const { codeCooldownMs, authHeader, authScheme } = options;
        const hosts = options.allowedHosts || [];
        if (!Array.isArray(hosts))
            throw invalid("allowedHosts");
        const logger = createLogger(options.debug);
        const own = {
            timeoutMs: timeout,
            k: logger,
            language,
            ha: options.login || wxLogin(),
            ca: hosts.map((host) => String(host).toLowerCase()),
            da: insecure,
            authHeader: authHeader === void 0 ? "Authorization" : headerText(authHeader, "authHeader"),
            ea: authScheme === "" ? "" : headerText(authScheme === void 0 ? "Bearer" : authScheme, "authScheme") + " "
        };
        const { s, o: fingerprint } = sharedSession({
            domain,
            clientId,
            storageKey: options.storageKey === void 0 ? "eiam.v1.session" : text(options.storageKey, "storageKey", 128),
            storage: options.storage,
            clock: options.clock,
            deviceInfo: options.deviceInfo,
            appLifecycle: options.appLifecycle,
            codeCooldownMs: codeCooldownMs === void 0 ? void 0 : positiveMs(codeCooldownMs, 0, "codeCooldownMs", true),
            mobileFormat
        }, own);
        const requester = new Requester({
            domain,
            clientId,
            timeoutMs: timeout,
            language,
            transport: options.transport || wxTransport(),
            w: s.A,
            o: fingerprint,
            clock: s.g.clock,
            k: logger,
            q: s.q
        });
        s.ma = this.c = Object.assign(own, { s, l: requester });
    }
    loginWithWeChat() {
        return loginWithWeChat(this.c);
    }
    sendSmsCode(input) {
        return sendCode(this.c, "mobile", input);
    }
    sendEmailCode(input) {
        return sendCode(this.c, "email", input);
    }
    codeCooldownLeft(input) {
        return codeCooldownLeft(this.c, input);
    }
    registerBind(input) {
        return bindWith(this.c, ENDPOINTS.registerBind, () => codeBody(this.c, input));
    }
    bind(input) {
        return bindWith(this.c, ENDPOINTS.bind, () => codeBody(this.c, input));
    }
    registerBindWithWeChatPhone(input) {
        return bindWithWeChatCode(this.c, ENDPOINTS.S, input);
    }
    bindWithWeChatPhone(input) {
        return bindWithWeChatCode(this.c, ENDPOINTS.T, input);
    }
    bindWithPassword(input) {
        return bindWith(this.c, ENDPOINTS.U, () => passwordBody(input));
    }
    getCaptcha() {
        return getCaptcha(this.c);
    }
    verifyCaptcha(input) {
        return verifyCaptcha(this.c, input);
    }
    getMfaMobile() {
        return getMfaMobile(this.c);
    }
    verifyMfaSms(input) {
        return bindWith(this.c, ENDPOINTS.Y, () => codeBody(this.c, input, "mobile"));
    }
    verifyMfaEmail(input) {
        return bindWith(this.c, ENDPOINTS.Z, () => codeBody(this.c, input, "email"));
    }
    refreshIdToken() {
        return refreshIdToken(this.c);
    }
    getIdToken() {
        return getIdToken(this.c);
    }
    request(options) {
        return request(this.c, options);
    }
    getSession() {
        return this.c.s.j.get(false, this.c);
    }
    logout() {
        const s = this.c.s;
        s.la();
        return s.j.set(null, "SIGNED_OUT", this.c);
    }
    onSessionChange(listener) {
        if (typeof listener !== "function")
            throw invalid("listener");
        const offs = this.Q;
        const unsubscribe = this.c.s.j.subscribe(listener);
        const off = () => {
            unsubscribe();
            const index = offs.indexOf(off);
            if (index >= 0)
                offs.splice(index, 1);
        };
        offs.push(off);
        return off;
    }
    dispose() {
        for (const off of this.Q.slice())
            off();
    }
    describeError(error) {
        const language = this.uiLanguage();
        if (!isEiamError(error) || !ERROR_MESSAGES[error.code])
            return errorMessage("NETWORK_ERROR", language);
        if (/^(API_ERROR|ACCOUNT_LOCKED|WRONG_PASSWORD)$/.test(error.code) && error.serverMessage) {
            return error.serverMessage;
        }
        return errorMessage(error.code, language);
    }
    uiLanguage() {
        const language = this.c.language || this.c.s.A().language || "zh";
        return language.slice(0, 2).toLowerCase() === "zh" ? "zh" : "en";
    }
    hasStateToken() {
        return this.c.s.stateToken !== null;
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
