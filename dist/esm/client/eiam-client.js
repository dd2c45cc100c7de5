import { baseServerCode } from '../api/answer-error.js';
import { ENDPOINTS } from '../api/endpoints.js';
import { processCaptchaResponse, processCaptchaVerifyResponse } from '../api/process-captcha.js';
import { processLoginResponse } from '../api/process-login.js';
import { processMfaMobileResponse, processIdTokenResponse, processEmptyResponse } from '../api/process-misc.js';
import { processSessionResponse } from '../api/process-session.js';
import { ERROR_MESSAGES, errorMessage } from '../errors/codes.js';
import { EiamError, isEiamError } from '../errors/eiam-error.js';
import { wxAppLifecycle } from '../platform/wx-app-lifecycle.js';
import { wxDeviceInfo } from '../platform/wx-device.js';
import { wxLogin } from '../platform/wx-login.js';
import { wxStorage } from '../platform/wx-storage.js';
import { wxTransport } from '../platform/wx-transport.js';
import { idTokenFresh, usableUntil } from '../session/margin.js';
import { Session } from '../session/session.js';
import { createLogger } from '../util/logger.js';
import { SingleFlight } from '../util/single-flight.js';
import { compareVersions } from '../util/version-compare.js';
import { withTimeout } from '../util/with-timeout.js';
import { isCodeType } from '../validate/code-type.js';
import { parseEmail } from '../validate/email.js';
import { formatMobile, parseMobile } from '../validate/mobile.js';
import { parseVerifyCode } from '../validate/verify-code.js';
import { mayCarryToken } from './app-request.js';
import { cooldown } from './cooldown.js';
import { invalid, checkDomain, positiveMs } from './options.js';
import { Requester, BACKSTOP_MS } from './requester.js';
import { SessionKeeper } from './session-keeper.js';
const ENCRYPT_SINCE = '2.21.3';
const MAX_SECRET_CHARS = 8 * 1024;
const HEADER_SAFE = /^[\x21-\x7e]+$/;
const MAX_TIMEOUT_MS = 600000;
const DEVICE_FIELDS = 'system platform brand model wechatVersion sdkVersion language'.split(' ');
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
        out[key] = typeof value === 'string' ? value : '';
    }
    return out;
}
const noop = () => undefined;
const idTokenOf = (session) => session.idToken;
function must(value, name) {
    if (!value)
        throw invalid(name);
    return value;
}
function text(value, name, max) {
    return must(typeof value === 'string' && value.length <= max ? value : null, name);
}
function headerText(value, name) {
    return must(HEADER_SAFE.test(text(value, name, 256)) ? value : null, name);
}
function timeoutMs(value, fallback, name) {
    const ms = positiveMs(value, fallback, name);
    return must(ms > MAX_TIMEOUT_MS ? null : ms, name);
}
function signedOutMeanwhile() {
    return new EiamError('NO_SESSION', { detail: 'signed out meanwhile' });
}
function refuses(error, name) {
    return (error.code === 'API_ERROR' &&
        /^SDK\.COMMON\.100[5-7]$/.test(baseServerCode(error.serverCode)) &&
        new RegExp(name + '[_ ]?token', 'i').test(error.serverMessage || ''));
}
class EiamClient {
    constructor(options) {
        this.flights = new SingleFlight();
        this.stateToken = null;
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
    loginWithWeChat() {
        return this.flights.run('login ' + this.epoch, () => {
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
    sendSmsCode(input) {
        return this.sendCode('mobile', input);
    }
    sendEmailCode(input) {
        return this.sendCode('email', input);
    }
    codeCooldownLeft(input) {
        try {
            const key = input.email !== undefined ? 'email' : 'mobile';
            return this.cooldown.left(`${this.recipient(key, input[key])}|${input.type}`);
        }
        catch (_a) {
            return 0;
        }
    }
    registerBind(input) {
        return this.bindWith(ENDPOINTS.registerBind, () => this.codeBody(input));
    }
    bind(input) {
        return this.bindWith(ENDPOINTS.bind, () => this.codeBody(input));
    }
    registerBindWithWeChatPhone(input) {
        return this.bindWithWeChatCode(ENDPOINTS.wechatPhoneRegisterBind, input);
    }
    bindWithWeChatPhone(input) {
        return this.bindWithWeChatCode(ENDPOINTS.wechatPhoneBind, input);
    }
    bindWithPassword(input) {
        return this.bindWith(ENDPOINTS.passwordBind, () => ({
            user_name: text(input && typeof input.userName === 'string' ? input.userName.trim() : '', 'userName', 256),
            password: text(input && input.password, 'password', 1024),
        }));
    }
    getCaptcha() {
        return this.flights.run('captcha', () => this.requester.call(ENDPOINTS.captcha, processCaptchaResponse));
    }
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
    getMfaMobile() {
        return this.withStateToken(ENDPOINTS.mfaMobile, processMfaMobileResponse, noop, (mobile, current) => {
            if (current)
                this.mfaMobile = mobile;
            return mobile;
        });
    }
    verifyMfaSms(input) {
        return this.bindWith(ENDPOINTS.mfaSms, () => this.codeBody(input, 'mobile'));
    }
    verifyMfaEmail(input) {
        return this.bindWith(ENDPOINTS.mfaEmail, () => this.codeBody(input, 'email'));
    }
    refreshIdToken() {
        return this.flights.run('refresh ' + this.epoch, () => this.keeper.get(true).then((before) => this.requester
            .call(ENDPOINTS.idToken, processIdTokenResponse, undefined, { sessionToken: before.sessionToken })
            .then((grant) => {
            if (this.keeper.peek() !== before)
                throw signedOutMeanwhile();
            const renewed = grant.renewed;
            return this.keep(new Session(renewed ? renewed.sessionToken : before.sessionToken, grant.idToken, renewed ? this.usableUntil(renewed.expireSeconds) : before.expiresAt, grant.claims), 'REFRESHED');
        }, (e) => {
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
    getIdToken() {
        return this.flights.run('id ' + this.epoch, () => this.keeper
            .get(true)
            .then((session) => (this.fresh(session) ? session.idToken : this.refreshIdToken().then(idTokenOf))));
    }
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
                const held = this.keeper.peek();
                const next = held && held.idToken !== sent
                    ? Promise.resolve(held.idToken)
                    : this.refreshIdToken().then(idTokenOf);
                if (o.repeatOn401 || /^(GET|HEAD|OPTIONS|PUT|DELETE)$/.test(method))
                    return next.then(send);
                return next.then(() => res, (error) => {
                    if (error.code === 'SESSION_EXPIRED' || error.code === 'NO_SESSION')
                        throw error;
                    return res;
                });
            }));
        });
    }
    getSession() {
        return this.keeper.get();
    }
    logout() {
        this.epoch++;
        this.stateToken = null;
        this.mfaMobile = undefined;
        return this.keeper.set(null, 'SIGNED_OUT');
    }
    onSessionChange(listener) {
        if (typeof listener !== 'function')
            throw invalid('listener');
        return this.keeper.subscribe(listener);
    }
    describeError(error) {
        const language = this.uiLanguage();
        if (!isEiamError(error) || !ERROR_MESSAGES[error.code])
            return errorMessage('NETWORK_ERROR', language);
        if (error.code === 'API_ERROR' && error.serverMessage)
            return error.serverMessage;
        return errorMessage(error.code, language);
    }
    uiLanguage() {
        const language = this.language || this.readDevice().language || 'zh';
        return language.slice(0, 2).toLowerCase() === 'zh' ? 'zh' : 'en';
    }
    hasStateToken() {
        return this.stateToken !== null;
    }
    fresh(session) {
        return idTokenFresh(session.claims, this.clock.now() + this.requester.skew);
    }
    hold(held) {
        const off = this.offApp;
        try {
            if (held && !off) {
                this.offApp = this.lifecycle.subscribe(() => {
                    const session = this.keeper.peek();
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
        }
    }
    guard(start) {
        try {
            return start();
        }
        catch (error) {
            return Promise.reject(error);
        }
    }
    wxCode() {
        const pending = new Promise((resolve) => resolve(this.loginProvider.login(this.timeoutMs)));
        return withTimeout(pending, this.timeoutMs + BACKSTOP_MS, () => 'timeout')
            .then((code) => text(code, 'code', 1024))
            .catch((reason) => {
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
            return this.flights.run(`send ${id}`, () => {
                this.cooldown.take(id);
                return this.requester
                    .call(sms ? ENDPOINTS.smsSend : ENDPOINTS.emailSend, processEmptyResponse, body)
                    .catch((error) => {
                    if (error.code === 'RATE_LIMITED')
                        this.cooldown.extend(id, error.retryAfterMs || 0);
                    else if (error.code === 'API_ERROR' || error.detail === 'not-sent')
                        this.cooldown.release(id);
                    throw error;
                });
            });
        });
    }
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
    bindWith(endpoint, body) {
        const epoch = this.epoch;
        return this.withStateToken(endpoint, processSessionResponse, body, (answer, current) => {
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
    keep(session, reason) {
        return this.keeper.set(session, reason).then(() => session);
    }
    usableUntil(seconds) {
        return usableUntil(this.clock.now(), seconds * 1000);
    }
    recipient(key, value) {
        if (key === 'email')
            return must(parseEmail(value), key);
        return typeof value === 'string' && value === this.mfaMobile
            ? value
            : formatMobile(must(parseMobile(value), key), this.mobileFormat);
    }
}
export { EiamClient };
