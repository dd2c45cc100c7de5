import { ENDPOINTS } from '../api/endpoints.js';
import { ERROR_MESSAGES, errorMessage } from '../errors/codes.js';
import { isEiamError } from '../errors/eiam-error.js';
import { wxLogin } from '../platform/wx-login.js';
import { wxTransport } from '../platform/wx-transport.js';
import { createLogger } from '../util/logger.js';
import { bindWith, bindWithWeChatCode, codeBody, passwordBody } from './binds.js';
import { getCaptcha, verifyCaptcha } from './captcha.js';
import { headerText, timeoutMs, text } from './checks.js';
import { sendCode, codeCooldownLeft } from './codes.js';
import { refreshIdToken, getIdToken, request } from './id-token.js';
import { loginWithWeChat } from './login.js';
import { getMfaMobile } from './mfa.js';
import { invalid, checkDomain, positiveMs } from './options.js';
import { sharedSession } from './registry.js';
import { Requester } from './requester.js';
class EiamClient {
    constructor(options) {
        this.offs = [];
        if (!options || typeof options !== 'object')
            throw invalid('options');
        const insecure = options.allowInsecureLoopback === true;
        const domain = checkDomain(options.domain, insecure);
        const clientId = headerText(options.clientId, 'clientId');
        const timeout = timeoutMs(options.timeoutMs, 10000, 'timeoutMs');
        const language = options.language === undefined ? undefined : text(options.language, 'language', 35);
        const mobileFormat = options.mobileFormat || undefined;
        if (mobileFormat && !/^(national|e164(-dash)?)$/.test(mobileFormat))
            throw invalid('mobileFormat');
        const { codeCooldownMs, authHeader, authScheme } = options;
        const hosts = options.allowedHosts || [];
        if (!Array.isArray(hosts))
            throw invalid('allowedHosts');
        const logger = createLogger(options.debug);
        const own = {
            timeoutMs: timeout,
            logger,
            language,
            loginProvider: options.login || wxLogin(),
            hosts: hosts.map((host) => String(host).toLowerCase()),
            insecure,
            authHeader: authHeader === undefined ? 'Authorization' : headerText(authHeader, 'authHeader'),
            authPrefix: authScheme === ''
                ? ''
                : headerText(authScheme === undefined ? 'Bearer' : authScheme, 'authScheme') + ' ',
        };
        const { s, fingerprint } = sharedSession({
            domain,
            clientId,
            storageKey: options.storageKey === undefined ? 'eiam.v1.session' : text(options.storageKey, 'storageKey', 128),
            storage: options.storage,
            clock: options.clock,
            deviceInfo: options.deviceInfo,
            appLifecycle: options.appLifecycle,
            codeCooldownMs: codeCooldownMs === undefined ? undefined : positiveMs(codeCooldownMs, 0, 'codeCooldownMs', true),
            mobileFormat,
        }, own);
        const requester = new Requester({
            domain,
            clientId,
            timeoutMs: timeout,
            language,
            transport: options.transport || wxTransport(),
            device: s.readDevice,
            fingerprint,
            clock: s.settings.clock,
            logger,
            server: s.server,
        });
        s.latest = this.c = Object.assign(own, { s, requester });
    }
    loginWithWeChat() {
        return loginWithWeChat(this.c);
    }
    sendSmsCode(input) {
        return sendCode(this.c, 'mobile', input);
    }
    sendEmailCode(input) {
        return sendCode(this.c, 'email', input);
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
        return bindWithWeChatCode(this.c, ENDPOINTS.wechatPhoneRegisterBind, input);
    }
    bindWithWeChatPhone(input) {
        return bindWithWeChatCode(this.c, ENDPOINTS.wechatPhoneBind, input);
    }
    bindWithPassword(input) {
        return bindWith(this.c, ENDPOINTS.passwordBind, () => passwordBody(input));
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
        return bindWith(this.c, ENDPOINTS.mfaSms, () => codeBody(this.c, input, 'mobile'));
    }
    verifyMfaEmail(input) {
        return bindWith(this.c, ENDPOINTS.mfaEmail, () => codeBody(this.c, input, 'email'));
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
        return this.c.s.keeper.get(false, this.c);
    }
    logout() {
        const s = this.c.s;
        s.endFlow();
        return s.keeper.set(null, 'SIGNED_OUT', this.c);
    }
    onSessionChange(listener) {
        if (typeof listener !== 'function')
            throw invalid('listener');
        const offs = this.offs;
        const unsubscribe = this.c.s.keeper.subscribe(listener);
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
        for (const off of this.offs.slice())
            off();
    }
    describeError(error) {
        const language = this.uiLanguage();
        if (!isEiamError(error) || !ERROR_MESSAGES[error.code])
            return errorMessage('NETWORK_ERROR', language);
        if (/^(API_ERROR|ACCOUNT_LOCKED|WRONG_PASSWORD)$/.test(error.code) && error.serverMessage) {
            return error.serverMessage;
        }
        return errorMessage(error.code, language);
    }
    uiLanguage() {
        const language = this.c.language || this.c.s.readDevice().language || 'zh';
        return language.slice(0, 2).toLowerCase() === 'zh' ? 'zh' : 'en';
    }
    hasStateToken() {
        return this.c.s.stateToken !== null;
    }
}
export { EiamClient };
