import { ENDPOINTS } from '../api/endpoints';
import type { Captcha } from '../api/process-captcha';
import { ERROR_MESSAGES, errorMessage } from '../errors/codes';
import { isEiamError } from '../errors/eiam-error';
import { wxLogin } from '../platform/wx-login';
import { wxTransport } from '../platform/wx-transport';
import type { Session } from '../session/session';
import { createLogger } from '../util/logger';
import type { AppRequestOptions, AppResponse } from './app-request';
import { bindWith, bindWithWeChatCode, codeBody, passwordBody } from './binds';
import { getCaptcha, verifyCaptcha } from './captcha';
import { headerText, text, timeoutMs } from './checks';
import { codeCooldownLeft, sendCode } from './codes';
import type { ClientCore } from './core';
import { getIdToken, refreshIdToken, request } from './id-token';
import { loginWithWeChat } from './login';
import { getMfaMobile } from './mfa';
import { checkDomain, invalid, positiveMs, type EiamClientOptions, type SessionListener } from './options';
import { sharedSession } from './registry';
import { Requester } from './requester';

import type { CodeCooldownInput, EmailCodeInput, LoginResult, SmsCodeInput, VerifyCodeInput } from './inputs';

export type { LoginResult, VerifyCodeInput } from './inputs';

/**
 * The EIAM sign-in client for a WeChat Mini Program: `wx.login`, then bind or register with a phone number or email
 * and a verification code, then a session kept in (encrypted) wx storage.
 *
 * Nothing touches `wx` in the constructor: device info and storage are read on first use.
 * Concurrent identical calls share one in-flight request. Nothing that spends a one-time secret is ever retried.
 *
 * Any number of clients behave as one: clients with the same `domain`, `clientId` and `storageKey` in one app are
 * handles on one shared session (its state token, in-flight calls, storage, listeners and app show/hide
 * subscription), so a page may construct its own client freely. The per-session options (`clock`, `deviceInfo`,
 * `appLifecycle`, `codeCooldownMs`, `mobileFormat`) are the first client's: a later client may leave them out or
 * repeat them, and one that gives another value is refused. The other options are per client.
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
 * any other option of the wrong type; naming a per-session option that differs from the session's; `storageKey` when
 * another domain or client id already keeps its session under that key in this app.
 */
export class EiamClient {
  /** This client's options and requester, and the session it shares (see `shared-session.ts`). */
  private readonly c: ClientCore;
  /** The unsubscribe functions of this client's listeners, for {@link dispose}. */
  private readonly offs: Array<() => void> = [];

  constructor(options: EiamClientOptions) {
    if (!options || typeof options !== 'object') throw invalid('options');
    const insecure = options.allowInsecureLoopback === true;
    const domain = checkDomain(options.domain, insecure);
    const clientId = headerText(options.clientId, 'clientId');
    const timeout = timeoutMs(options.timeoutMs, 10000, 'timeoutMs');
    const language = options.language === undefined ? undefined : text(options.language, 'language', 35);
    const mobileFormat = options.mobileFormat || undefined;
    if (mobileFormat && !/^(national|e164(-dash)?)$/.test(mobileFormat)) throw invalid('mobileFormat');
    const { codeCooldownMs, authHeader, authScheme } = options;
    const hosts = options.allowedHosts || [];
    if (!Array.isArray(hosts)) throw invalid('allowedHosts');
    const logger = createLogger(options.debug);
    // Every option is checked before the session is looked up: a refused client leaves no trace.
    const own = {
      timeoutMs: timeout,
      logger,
      language,
      loginProvider: options.login || wxLogin(),
      hosts: hosts.map((host) => String(host).toLowerCase()),
      insecure,
      authHeader: authHeader === undefined ? 'Authorization' : headerText(authHeader, 'authHeader'),
      authPrefix:
        authScheme === ''
          ? ''
          : headerText(authScheme === undefined ? 'Bearer' : authScheme, 'authScheme') + ' ',
    };
    const { s, fingerprint } = sharedSession(
      {
        domain,
        clientId,
        storageKey:
          options.storageKey === undefined ? 'eiam.v1.session' : text(options.storageKey, 'storageKey', 128),
        storage: options.storage,
        clock: options.clock,
        deviceInfo: options.deviceInfo,
        appLifecycle: options.appLifecycle,
        codeCooldownMs:
          codeCooldownMs === undefined ? undefined : positiveMs(codeCooldownMs, 0, 'codeCooldownMs', true),
        mobileFormat,
      },
      own,
    );
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

  /**
   * Step 1: `wx.login`, then the code is exchanged at `login/wechat-miniprogram`. Concurrent calls share one
   * `wx.login` and one request, across every client of the session. The state token for the next step stays in
   * memory (never stored), shared by the session's clients: another page's client may take the next step.
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
  loginWithWeChat(): Promise<LoginResult> {
    return loginWithWeChat(this.c);
  }

  /**
   * Sends an SMS verification code. `type` is a documented type (`REGISTER_SMS`, `BIND_MOBILE_SMS`,
   * `MFA_AUTH_SMS`, `LOGIN_SMS`, ...) or a newer one ending in `_SMS`. A second send to the same mobile and type
   * within `codeCooldownMs` is refused without a request. Pass `captchaToken` from {@link verifyCaptcha}: the
   * vendor's send pages require it (only a tenant that turned the captcha off takes a send without one).
   *
   * @example
   * ```ts
   * const captchaToken = await eiam.verifyCaptcha({ token, x, sender: '13800138000' });
   * await eiam.sendSmsCode({ mobile: '13800138000', type: 'REGISTER_SMS', captchaToken });
   * ```
   * @throws {EiamError} `INVALID_ARGUMENT`, `CAPTCHA_REQUIRED` (the captcha_token was missing, used or expired: show
   * the captcha, then send again), `RATE_LIMITED` (with `retryAfterMs`), and the request errors.
   */
  sendSmsCode(input: SmsCodeInput): Promise<void> {
    return sendCode(this.c, 'mobile', input);
  }

  /**
   * Sends an email verification code; `type` is a documented one (`REGISTER_EMS`, `BIND_EMAIL_EMS`,
   * `MFA_AUTH_EMS`, ...) or a newer one ending in `_EMS`. Same cool-down as {@link sendSmsCode}.
   *
   * @example
   * ```ts
   * await eiam.sendEmailCode({ email: 'zhangsan@example.com', type: 'REGISTER_EMS' });
   * ```
   * @throws {EiamError} `INVALID_ARGUMENT`, `CAPTCHA_REQUIRED`, `RATE_LIMITED`, and the request errors.
   */
  sendEmailCode(input: EmailCodeInput): Promise<void> {
    return sendCode(this.c, 'email', input);
  }

  /**
   * Milliseconds before a code may be sent again to this recipient for this type (0 when it may).
   *
   * @example
   * ```ts
   * const left = eiam.codeCooldownLeft({ mobile, type: 'REGISTER_SMS' });
   * ```
   */
  codeCooldownLeft(input: CodeCooldownInput): number {
    return codeCooldownLeft(this.c, input);
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
  registerBind(input: VerifyCodeInput): Promise<Session> {
    return bindWith(this.c, ENDPOINTS.registerBind, () => codeBody(this.c, input));
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
  bind(input: VerifyCodeInput): Promise<Session> {
    return bindWith(this.c, ENDPOINTS.bind, () => codeBody(this.c, input));
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
  registerBindWithWeChatPhone(input: { wechatCode: string }): Promise<Session> {
    return bindWithWeChatCode(this.c, ENDPOINTS.wechatPhoneRegisterBind, input);
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
  bindWithWeChatPhone(input: { wechatCode: string }): Promise<Session> {
    return bindWithWeChatCode(this.c, ENDPOINTS.wechatPhoneBind, input);
  }

  /**
   * Binds an existing user by user name and password.
   *
   * @example
   * ```ts
   * await eiam.bindWithPassword({ userName: 'zhangsan', password });
   * ```
   * @throws {EiamError} as {@link registerBind}; `PASSWORD_EXPIRED`; `WRONG_PASSWORD` (with `attemptsLeft` when the
   * server says it); `ACCOUNT_LOCKED` (with `retryAfterMs` when the server says when it unlocks); `NOT_BOUND`.
   */
  bindWithPassword(input: { userName: string; password: string }): Promise<Session> {
    return bindWith(this.c, ENDPOINTS.passwordBind, () => passwordBody(input));
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
  getCaptcha(): Promise<Captcha> {
    return getCaptcha(this.c);
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
  verifyCaptcha(input: { token: string; x: number; sender: string }): Promise<string> {
    return verifyCaptcha(this.c, input);
  }

  /**
   * MFA step: the user's mobile as the server holds it (e.g. `+86-13800138000`); mask it for display with
   * `maskMobile`. Needs the state token of an `MFA_AUTH` login. Pass it as it is to the send, captcha and MFA calls:
   * a full number goes back in the client's `mobileFormat`, a masked one exactly as received.
   *
   * @example
   * ```ts
   * const mobile = await eiam.getMfaMobile();
   * await eiam.sendSmsCode({ mobile, type: 'MFA_AUTH_SMS' });
   * ```
   * @throws {EiamError} `NO_STATE_TOKEN`, `INVALID_STATE_TOKEN`, and the request errors.
   */
  getMfaMobile(): Promise<string> {
    return getMfaMobile(this.c);
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
  verifyMfaSms(input: { mobile: string; verifyCode: string }): Promise<Session> {
    return bindWith(this.c, ENDPOINTS.mfaSms, () => codeBody(this.c, input, 'mobile'));
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
  verifyMfaEmail(input: { email: string; verifyCode: string }): Promise<Session> {
    return bindWith(this.c, ENDPOINTS.mfaEmail, () => codeBody(this.c, input, 'email'));
  }

  /**
   * Trades the session_token for a fresh id_token (`sso/session-token/id-token`); stores a renewed session_token
   * when the server sends a different one (its `expire` then counts from now). The same session_token back keeps the
   * session's expiry: a refresh never moves it past what the server granted. Concurrent calls share one request.
   *
   * @example
   * ```ts
   * const { idToken } = await eiam.refreshIdToken();
   * ```
   * @throws {EiamError} `NO_SESSION` (also when the user signed out meanwhile); `SESSION_EXPIRED` when the session
   * expired or the server refused the session_token (HTTP 401, `SDK.COMMON.1013`, `IDAAS.SDK.PARAM.0023`, or
   * `1005`–`1007` naming the session_token): the user is then
   * signed out (listeners hear `null` once, reason `EXPIRED`); the request errors, which never sign out.
   */
  refreshIdToken(): Promise<Session> {
    return refreshIdToken(this.c);
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
  getIdToken(): Promise<string> {
    return getIdToken(this.c);
  }

  /**
   * `wx.request` to the app's own backend with `Authorization: Bearer <fresh id_token>` (see `authHeader`,
   * `authScheme`). Resolves for every HTTP status. On a 401 it refreshes the id_token once and repeats the call once
   * if the method is idempotent (GET, HEAD, OPTIONS, PUT, DELETE) or `repeatOn401` is set; otherwise it resolves with
   * the 401, even when that refresh meets a network or server error (one that ends the session rejects
   * `SESSION_EXPIRED`). The id_token only goes to hosts listed in `allowedHosts`.
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
  request(options: AppRequestOptions): Promise<AppResponse> {
    return request(this.c, options);
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
  getSession(): Promise<Session | null> {
    return this.c.s.keeper.get(false, this.c);
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
  logout(): Promise<void> {
    const s = this.c.s;
    s.endFlow();
    return s.keeper.set(null, 'SIGNED_OUT', this.c);
  }

  /**
   * Calls `listener` on every session change (sign-in, refresh, sign-out, expiry found), never on subscribing, with
   * the new session or `null`, whichever client of the session made the change; once per change. Returns the function
   * that unsubscribes; {@link dispose} removes all of this client's.
   *
   * @example
   * ```ts
   * const off = eiam.onSessionChange((session, { reason }) => this.setData({ signedIn: !!session }));
   * // later: off();
   * ```
   */
  onSessionChange(listener: SessionListener): () => void {
    if (typeof listener !== 'function') throw invalid('listener');
    const offs = this.offs;
    const unsubscribe = this.c.s.keeper.subscribe(listener);
    const off = (): void => {
      unsubscribe();
      const index = offs.indexOf(off);
      if (index >= 0) offs.splice(index, 1);
    };
    offs.push(off);
    return off;
  }

  /**
   * Removes every listener this client added with {@link onSessionChange}; the client itself stays usable. A page that
   * subscribed calls it in `onUnload` (or calls each returned `off`). A client that never subscribed holds nothing and
   * needs no release: drop it. A forgotten listener keeps its page in memory and keeps being called (a throw is
   * caught), but costs no request, timer or app subscription.
   *
   * @example
   * ```ts
   * Page({
   *   onLoad() { this.eiam = new EiamClient(options); this.eiam.onSessionChange((s) => this.setData({ in: !!s })); },
   *   onUnload() { this.eiam.dispose(); },
   * });
   * ```
   */
  dispose(): void {
    for (const off of this.offs.slice()) off();
  }
  /**
   * A message for the user in the client's language: the server's message for `API_ERROR`, `ACCOUNT_LOCKED` and
   * `WRONG_PASSWORD` when it sent one (it says the attempts left or the unlock time), otherwise the SDK's own text.
   *
   * @example
   * ```ts
   * catch (e) { wx.showToast({ title: eiam.describeError(e), icon: 'none' }); }
   * ```
   */
  describeError(error: unknown): string {
    const language = this.uiLanguage();
    // A code this copy of the SDK does not know (an error of a newer copy) is no better known than a foreign error.
    if (!isEiamError(error) || !ERROR_MESSAGES[error.code]) return errorMessage('NETWORK_ERROR', language);
    // The server's words say more where they carry a number (attempts left, unlock time) or a reason the SDK lacks.
    if (/^(API_ERROR|ACCOUNT_LOCKED|WRONG_PASSWORD)$/.test(error.code) && error.serverMessage) {
      return error.serverMessage;
    }
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
  uiLanguage(): 'zh' | 'en' {
    const language = this.c.language || this.c.s.readDevice().language || 'zh';
    return language.slice(0, 2).toLowerCase() === 'zh' ? 'zh' : 'en';
  }

  /** Whether a state token from {@link loginWithWeChat} is held for the next step. */
  hasStateToken(): boolean {
    return this.c.s.stateToken !== null;
  }
}
