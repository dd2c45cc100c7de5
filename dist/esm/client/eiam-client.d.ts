import { type Captcha } from '../api/process-captcha.js';
import { Session } from '../session/session.js';
import { type AppRequestOptions, type AppResponse } from './app-request.js';
import { type EiamClientOptions, type SessionListener } from './options.js';
import type { CodeCooldownInput, EmailCodeInput, LoginResult, SmsCodeInput, VerifyCodeInput } from './inputs.js';
export type { LoginResult, VerifyCodeInput } from './inputs.js';
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
export declare class EiamClient {
    private readonly timeoutMs;
    private readonly language;
    private readonly mobileFormat;
    private readonly clock;
    private readonly loginProvider;
    private readonly requester;
    private readonly keeper;
    private readonly cooldown;
    private readonly flights;
    private readonly readDevice;
    private device;
    private stateToken;
    private mfaMobile;
    /**
     * Bumped by `logout()`: calls in flight from before it neither sign in nor hold a state token, and calls after it
     * never share their in-flight promise (the keys of `login`, `refresh` and `id` carry it).
     */
    private epoch;
    private readonly hosts;
    private readonly insecure;
    private readonly authHeader;
    /** The scheme and a space (`'Bearer '`), or `''` for the bare id_token. */
    private readonly authPrefix;
    private readonly lifecycle;
    /** Stops the app show/hide listeners; set while a session is held. */
    private offApp;
    constructor(options: EiamClientOptions);
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
    loginWithWeChat(): Promise<LoginResult>;
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
    sendSmsCode(input: SmsCodeInput): Promise<void>;
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
    sendEmailCode(input: EmailCodeInput): Promise<void>;
    /**
     * Milliseconds before a code may be sent again to this recipient for this type (0 when it may).
     *
     * @example
     * ```ts
     * const left = eiam.codeCooldownLeft({ mobile, type: 'REGISTER_SMS' });
     * ```
     */
    codeCooldownLeft(input: CodeCooldownInput): number;
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
    registerBind(input: VerifyCodeInput): Promise<Session>;
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
    bind(input: VerifyCodeInput): Promise<Session>;
    /**
     * Binds or registers with the phone number from `<button open-type="getPhoneNumber">`: pass its `e.detail.code`.
     *
     * @example
     * ```ts
     * onGetPhoneNumber(e) { if (e.detail.code) eiam.registerBindWithWeChatPhone({ wechatCode: e.detail.code }); }
     * ```
     * @throws {EiamError} as {@link registerBind}.
     */
    registerBindWithWeChatPhone(input: {
        wechatCode: string;
    }): Promise<Session>;
    /**
     * Binds an existing user with the phone number from the WeChat phone button.
     *
     * @example
     * ```ts
     * await eiam.bindWithWeChatPhone({ wechatCode: e.detail.code });
     * ```
     * @throws {EiamError} as {@link registerBind}.
     */
    bindWithWeChatPhone(input: {
        wechatCode: string;
    }): Promise<Session>;
    /**
     * Binds an existing user by user name and password.
     *
     * @example
     * ```ts
     * await eiam.bindWithPassword({ userName: 'zhangsan', password });
     * ```
     * @throws {EiamError} as {@link registerBind}; `PASSWORD_EXPIRED`.
     */
    bindWithPassword(input: {
        userName: string;
        password: string;
    }): Promise<Session>;
    /**
     * Fetches a slider captcha puzzle, for tenants that require one before a code is sent.
     *
     * @example
     * ```ts
     * const { token, originalImageBase64, jigsawImageBase64 } = await eiam.getCaptcha();
     * ```
     * @throws {EiamError} the request errors.
     */
    getCaptcha(): Promise<Captcha>;
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
    verifyCaptcha(input: {
        token: string;
        x: number;
        sender: string;
    }): Promise<string>;
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
    getMfaMobile(): Promise<string>;
    /**
     * MFA step: verifies an `MFA_AUTH_SMS` code and signs in.
     *
     * @example
     * ```ts
     * const session = await eiam.verifyMfaSms({ mobile, verifyCode: '123456' });
     * ```
     * @throws {EiamError} as {@link registerBind}.
     */
    verifyMfaSms(input: {
        mobile: string;
        verifyCode: string;
    }): Promise<Session>;
    /**
     * MFA step: verifies an `MFA_AUTH_EMS` code and signs in.
     *
     * @example
     * ```ts
     * const session = await eiam.verifyMfaEmail({ email, verifyCode: '123456' });
     * ```
     * @throws {EiamError} as {@link registerBind}.
     */
    verifyMfaEmail(input: {
        email: string;
        verifyCode: string;
    }): Promise<Session>;
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
    refreshIdToken(): Promise<Session>;
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
    getIdToken(): Promise<string>;
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
    request(options: AppRequestOptions): Promise<AppResponse>;
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
    getSession(): Promise<Session | null>;
    /**
     * Signs out locally: forgets the session and the state token and removes the stored session. EIAM documents no
     * logout endpoint for mini programs, so the server-side session simply expires. Listeners hear `null` once.
     *
     * @example
     * ```ts
     * await eiam.logout();
     * ```
     */
    logout(): Promise<void>;
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
    onSessionChange(listener: SessionListener): () => void;
    /**
     * A message for the user in the client's language: the server's message for `API_ERROR` when it sent one,
     * otherwise the SDK's own text for the code.
     *
     * @example
     * ```ts
     * catch (e) { wx.showToast({ title: eiam.describeError(e), icon: 'none' }); }
     * ```
     */
    describeError(error: unknown): string;
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
    uiLanguage(): 'zh' | 'en';
    /** Whether a state token from {@link loginWithWeChat} is held for the next step. */
    hasStateToken(): boolean;
    private fresh;
    /** Listens to app show/hide while a session is held: on show, a stale id_token is refreshed in the background. */
    private hold;
    /** Runs `start`, turning a synchronous validation throw into a rejection. */
    private guard;
    private wxCode;
    private sendCode;
    /** `{mobile or email, verify_code}`: the recipient `key`, or else exactly one of `mobile` and `email`. */
    private codeBody;
    private bindWithWeChatCode;
    /** Step 2 (bind, register, MFA): one request with the held state token; on success the session replaces any other. */
    private bindWith;
    /**
     * Validates `body()`, then makes one request with the held state token (identical concurrent calls share it) and
     * hands the answer to `use`, with whether that state token is still the held one. The state token is dropped when
     * the server says it is no longer valid (`INVALID_STATE_TOKEN`) or refuses the user; a newer state token, from a
     * login that finished meanwhile, is kept.
     */
    private withStateToken;
    private signIn;
    /** Stores `session` as the current one; resolves with it once written. */
    private keep;
    /** When a credential that lives `seconds` from now stops being used, on the local clock. */
    private usableUntil;
    /** A valid mobile in the wire format (the MFA mobile the server gave is sent back as it was), or a valid email. */
    private recipient;
}
