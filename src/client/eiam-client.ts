import { baseServerCode } from '../api/answer-error';
import { ENDPOINTS, type Endpoint } from '../api/endpoints';
import { processCaptchaResponse, processCaptchaVerifyResponse, type Captcha } from '../api/process-captcha';
import { processLoginResponse } from '../api/process-login';
import { processEmptyResponse, processIdTokenResponse, processMfaMobileResponse } from '../api/process-misc';
import { processSessionResponse } from '../api/process-session';
import type { SessionGrant } from '../api/session-grant';
import { ERROR_MESSAGES, errorMessage } from '../errors/codes';
import { EiamError, isEiamError } from '../errors/eiam-error';
import type {
  AppLifecycle,
  Clock,
  DeviceInfo,
  DeviceInfoProvider,
  LoginProvider,
  TransportResponse,
} from '../platform/types';
import { wxAppLifecycle } from '../platform/wx-app-lifecycle';
import { wxDeviceInfo } from '../platform/wx-device';
import { wxLogin } from '../platform/wx-login';
import { wxStorage } from '../platform/wx-storage';
import { wxTransport } from '../platform/wx-transport';
import { idTokenFresh, usableUntil } from '../session/margin';
import { Session } from '../session/session';
import { createLogger } from '../util/logger';
import { SingleFlight } from '../util/single-flight';
import { compareVersions } from '../util/version-compare';
import { withTimeout } from '../util/with-timeout';
import { isCodeType } from '../validate/code-type';
import { parseEmail } from '../validate/email';
import { formatMobile, parseMobile, type MobileFormat } from '../validate/mobile';
import { parseVerifyCode } from '../validate/verify-code';
import { mayCarryToken, type AppRequestOptions, type AppResponse } from './app-request';
import { cooldown, type Cooldown } from './cooldown';
import { checkDomain, invalid, positiveMs, type EiamClientOptions, type SessionListener } from './options';
import { BACKSTOP_MS, Requester } from './requester';
import { SessionKeeper } from './session-keeper';

import type {
  CodeCooldownInput,
  EmailCodeInput,
  LoginFlow,
  LoginResult,
  SmsCodeInput,
  VerifyCodeInput,
} from './inputs';

export type { LoginResult, VerifyCodeInput } from './inputs';

/** The first base library whose `wx.setStorage` / `wx.getStorage` take `encrypt`. */
const ENCRYPT_SINCE = '2.21.3';
const MAX_SECRET_CHARS = 8 * 1024;
/** Printable ASCII without spaces: what may go into a header value. */
const HEADER_SAFE = /^[\x21-\x7e]+$/;
/** The longest timeout accepted: 10 minutes (timers overflow past 2^31 - 1 ms). */
const MAX_TIMEOUT_MS = 600000;

const DEVICE_FIELDS = 'system platform brand model wechatVersion sdkVersion language'.split(' ');

/** The device info, `''` for each field that is not a string or when the provider throws: headers then say 'unknown'. */
function readDeviceSafely(provider: DeviceInfoProvider): DeviceInfo {
  let info: Record<string, unknown> | undefined;
  try {
    info = provider.read() as unknown as Record<string, unknown>;
  } catch {
    // every field empty
  }
  const out: Record<string, string> = {};
  for (const key of DEVICE_FIELDS) {
    const value = info && info[key];
    out[key] = typeof value === 'string' ? value : '';
  }
  return out as unknown as DeviceInfo;
}

const noop = (): undefined => undefined;
const idTokenOf = (session: Session): string => session.idToken;

/** `value`, or throws `INVALID_ARGUMENT` naming it when it is empty or `null`. */
function must<T>(value: T | null, name: string): T {
  if (!value) throw invalid(name);
  return value;
}

function text(value: unknown, name: string, max: number): string {
  return must(typeof value === 'string' && value.length <= max ? value : null, name);
}

/** A non-empty, header-safe string of at most 256 characters, or throws `INVALID_ARGUMENT` naming it. */
function headerText(value: unknown, name: string): string {
  return must(HEADER_SAFE.test(text(value, name, 256)) ? (value as string) : null, name);
}

/** A timeout in ms (default `fallback`), at most {@link MAX_TIMEOUT_MS}, or throws `INVALID_ARGUMENT` naming it. */
function timeoutMs(value: unknown, fallback: number, name: string): number {
  const ms = positiveMs(value, fallback, name);
  return must(ms > MAX_TIMEOUT_MS ? null : ms, name);
}

/** A refusal with the NO_SESSION code: the session a call started with was signed out (or replaced) meanwhile. */
function signedOutMeanwhile(): EiamError {
  return new EiamError('NO_SESSION', { detail: 'signed out meanwhile' });
}

/** Which recipient a code goes to; the key is also the wire field. */
type Recipient = 'mobile' | 'email';

/**
 * Whether the server refused the `<name>_token` its message names: `SDK.COMMON.1005`–`1007` (expired, parameter
 * error, parameter type error) in either naming scheme. A 1005–1007 about another parameter refuses nothing held.
 */
function refuses(error: EiamError, name: 'state' | 'session'): boolean {
  return (
    error.code === 'API_ERROR' &&
    /^SDK\.COMMON\.100[5-7]$/.test(baseServerCode(error.serverCode)) &&
    new RegExp(name + '[_ ]?token', 'i').test(error.serverMessage || '')
  );
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
export class EiamClient {
  private readonly timeoutMs: number;
  private readonly language: string | undefined;
  private readonly mobileFormat: MobileFormat;
  private readonly clock: Clock;
  private readonly loginProvider: LoginProvider;
  private readonly requester: Requester;
  private readonly keeper: SessionKeeper;
  private readonly cooldown: Cooldown;
  private readonly flights = new SingleFlight();
  private readonly readDevice: () => DeviceInfo;
  private device: DeviceInfo | undefined;
  private stateToken: string | null = null;
  private mfaMobile: string | undefined;
  /**
   * Bumped by `logout()`: calls in flight from before it neither sign in nor hold a state token, and calls after it
   * never share their in-flight promise (the keys of `login`, `refresh` and `id` carry it).
   */
  private epoch = 0;
  private readonly hosts: string[];
  private readonly insecure: boolean;
  private readonly authHeader: string;
  /** The scheme and a space (`'Bearer '`), or `''` for the bare id_token. */
  private readonly authPrefix: string;
  private readonly lifecycle: AppLifecycle;
  /** Stops the app show/hide listeners; set while a session is held. */
  private offApp: (() => void) | undefined;

  constructor(options: EiamClientOptions) {
    if (!options || typeof options !== 'object') throw invalid('options');
    this.insecure = options.allowInsecureLoopback === true;
    const domain = checkDomain(options.domain, this.insecure);
    const clientId = headerText(options.clientId, 'clientId');
    this.timeoutMs = timeoutMs(options.timeoutMs, 10000, 'timeoutMs');
    this.language = options.language === undefined ? undefined : text(options.language, 'language', 35);
    this.mobileFormat = options.mobileFormat || 'national';
    if (!/^(national|e164(-dash)?)$/.test(this.mobileFormat)) throw invalid('mobileFormat');
    const clock = (this.clock = options.clock || { now: () => Date.now() });
    this.loginProvider = options.login || wxLogin();
    const deviceProvider = options.deviceInfo || wxDeviceInfo();
    this.readDevice = () => this.device || (this.device = readDeviceSafely(deviceProvider));
    this.cooldown = cooldown(positiveMs(options.codeCooldownMs, 60000, 'codeCooldownMs', true), () =>
      clock.now(),
    );
    const hosts = options.allowedHosts || [];
    if (!Array.isArray(hosts)) throw invalid('allowedHosts');
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
      storage:
        options.storage ||
        wxStorage(() => compareVersions(this.readDevice().sdkVersion || '0', ENCRYPT_SINCE) >= 0),
      device: this.readDevice,
      clock,
      logger: createLogger(options.debug),
      storageKey:
        options.storageKey === undefined ? 'eiam.v1.session' : text(options.storageKey, 'storageKey', 128),
      hold: (held: boolean) => this.hold(held),
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
  loginWithWeChat(): Promise<LoginResult> {
    return this.flights.run('login ' + this.epoch, () => {
      const epoch = this.epoch;
      return this.wxCode()
        .then((code) =>
          this.requester
            .call(ENDPOINTS.wechatLogin, processLoginResponse, { code })
            .catch((error: EiamError) => {
              if (error.code === 'ACCESS_DENIED' && epoch === this.epoch) this.stateToken = null;
              throw error;
            }),
        )
        .then((answer): LoginResult | Promise<LoginResult> => {
          if (epoch !== this.epoch) throw signedOutMeanwhile();
          if (answer.status === 'SUCCESS') {
            this.stateToken = null;
            return this.signIn(answer.grant).then((session) => ({ status: 'SUCCESS', session }));
          }
          this.stateToken = answer.stateToken;
          this.mfaMobile = undefined;
          return answer.status === 'MFA_AUTH'
            ? { status: 'MFA_AUTH' }
            : { status: answer.status, flows: answer.flows as LoginFlow[] };
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
  sendSmsCode(input: SmsCodeInput): Promise<void> {
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
  sendEmailCode(input: EmailCodeInput): Promise<void> {
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
  codeCooldownLeft(input: CodeCooldownInput): number {
    try {
      const key: Recipient = input.email !== undefined ? 'email' : 'mobile';
      return this.cooldown.left(`${this.recipient(key, input[key])}|${input.type}`);
    } catch {
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
  registerBind(input: VerifyCodeInput): Promise<Session> {
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
  bind(input: VerifyCodeInput): Promise<Session> {
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
  registerBindWithWeChatPhone(input: { wechatCode: string }): Promise<Session> {
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
  bindWithWeChatPhone(input: { wechatCode: string }): Promise<Session> {
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
  bindWithPassword(input: { userName: string; password: string }): Promise<Session> {
    return this.bindWith(ENDPOINTS.passwordBind, () => ({
      user_name: text(
        input && typeof input.userName === 'string' ? input.userName.trim() : '',
        'userName',
        256,
      ),
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
  getCaptcha(): Promise<Captcha> {
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
  verifyCaptcha(input: { token: string; x: number; sender: string }): Promise<string> {
    return this.guard(() => {
      const token = text(input && input.token, 'token', MAX_SECRET_CHARS);
      const x = input.x;
      if (typeof x !== 'number' || !(x >= 0 && x <= 10000)) throw invalid('x');
      const rounded = Math.round(x * 100) / 100;
      const sender = this.recipient(
        typeof input.sender === 'string' && input.sender.indexOf('@') >= 0 ? 'email' : 'mobile',
        input.sender,
      );
      const pointJson = `{"x":${rounded % 1 === 0 ? rounded.toFixed(1) : String(rounded)},"y":5.0}`;
      const body = { point_json: pointJson, token, sender };
      return this.flights.run(`captcha-verify ${JSON.stringify(body)}`, () =>
        this.requester.call(ENDPOINTS.captchaVerify, processCaptchaVerifyResponse, body),
      );
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
  getMfaMobile(): Promise<string> {
    return this.withStateToken(ENDPOINTS.mfaMobile, processMfaMobileResponse, noop, (mobile, current) => {
      if (current) this.mfaMobile = mobile;
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
  verifyMfaSms(input: { mobile: string; verifyCode: string }): Promise<Session> {
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
  verifyMfaEmail(input: { email: string; verifyCode: string }): Promise<Session> {
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
  refreshIdToken(): Promise<Session> {
    return this.flights.run('refresh ' + this.epoch, () =>
      this.keeper.get(true).then((before) =>
        this.requester
          .call(ENDPOINTS.idToken, processIdTokenResponse, undefined, { sessionToken: before!.sessionToken })
          .then(
            (grant) => {
              if (this.keeper.peek() !== before) throw signedOutMeanwhile();
              const renewed = grant.renewed;
              return this.keep(
                new Session(
                  renewed ? renewed.sessionToken : before!.sessionToken,
                  grant.idToken,
                  renewed ? this.usableUntil(renewed.expireSeconds) : before!.expiresAt,
                  grant.claims,
                ),
                'REFRESHED',
              );
            },
            (e: EiamError) => {
              // A definite refusal of the session_token (never a network error, 5xx or 429) signs out.
              if (
                ((e.code === 'API_ERROR' &&
                  (e.status === 401 || baseServerCode(e.serverCode) === 'SDK.COMMON.1013')) ||
                  refuses(e, 'session')) &&
                this.keeper.peek() === before
              ) {
                return this.keeper.set(null, 'EXPIRED').then(() => {
                  throw new EiamError('SESSION_EXPIRED', e);
                });
              }
              throw e;
            },
          ),
      ),
    );
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
    return this.flights.run('id ' + this.epoch, () =>
      this.keeper
        .get(true)
        .then((session) => (this.fresh(session!) ? session!.idToken : this.refreshIdToken().then(idTokenOf))),
    );
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
    return this.guard(() => {
      const o = options || ({} as AppRequestOptions);
      if (!mayCarryToken(o.url, this.hosts, this.insecure)) throw invalid('url');
      const method = String(o.method || 'GET').toUpperCase() as AppRequestOptions['method'] & string;
      if (!/^(GET|HEAD|OPTIONS|P(OS|U)T|DELETE|TRACE|CONNECT)$/.test(method)) throw invalid('method');
      const timeout = timeoutMs(o.timeout, this.timeoutMs, 'timeout');
      const send = (token: string): Promise<AppResponse> => {
        const header: Record<string, string> = Object.assign({}, o.header);
        for (const name in header)
          if (name.toLowerCase() === this.authHeader.toLowerCase()) delete header[name];
        header[this.authHeader] = this.authPrefix + token;
        return this.requester.send(
          Object.assign({}, o, { method, header, timeout, dataType: o.dataType || 'json' }),
        );
      };
      return this.getIdToken().then((sent) =>
        send(sent).then((res) => {
          if (res.statusCode !== 401) return res;
          // Refresh once, unless another call already replaced the token that was refused.
          const held = this.keeper.peek();
          const next =
            held && held.idToken !== sent
              ? Promise.resolve(held.idToken)
              : this.refreshIdToken().then(idTokenOf);
          if (o.repeatOn401 || /^(GET|HEAD|OPTIONS|PUT|DELETE)$/.test(method)) return next.then(send);
          // Not repeated: the 401 is the answer once the refresh has settled (a refresh that meets a network or server
          // error must not turn a refusal into an unknown outcome); one that ends the session rejects, as everywhere.
          return next.then(
            () => res,
            (error: EiamError) => {
              if (error.code === 'SESSION_EXPIRED' || error.code === 'NO_SESSION') throw error;
              return res;
            },
          );
        }),
      );
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
  getSession(): Promise<Session | null> {
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
  logout(): Promise<void> {
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
  onSessionChange(listener: SessionListener): () => void {
    if (typeof listener !== 'function') throw invalid('listener');
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
  describeError(error: unknown): string {
    const language = this.uiLanguage();
    // A code this copy of the SDK does not know (an error of a newer copy) is no better known than a foreign error.
    if (!isEiamError(error) || !ERROR_MESSAGES[error.code]) return errorMessage('NETWORK_ERROR', language);
    if (error.code === 'API_ERROR' && error.serverMessage) return error.serverMessage;
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
    const language = this.language || this.readDevice().language || 'zh';
    return language.slice(0, 2).toLowerCase() === 'zh' ? 'zh' : 'en';
  }

  /** Whether a state token from {@link loginWithWeChat} is held for the next step. */
  hasStateToken(): boolean {
    return this.stateToken !== null;
  }

  // ---- internals ----

  private fresh(session: Session): boolean {
    return idTokenFresh(session.claims, this.clock.now() + this.requester.skew);
  }

  /** Listens to app show/hide while a session is held: on show, a stale id_token is refreshed in the background. */
  private hold(held: boolean): void {
    const off = this.offApp;
    try {
      if (held && !off) {
        this.offApp = this.lifecycle.subscribe(
          () => {
            const session = this.keeper.peek();
            // A failure keeps the session: the next read tries again.
            if (session && !this.fresh(session)) this.getIdToken().catch(noop);
          },
          noop, // on hide nothing starts: the SDK keeps no timers
        );
      } else if (!held && off) {
        this.offApp = undefined;
        off();
      }
    } catch {
      // No app show/hide on this platform: credentials are still checked whenever they are read.
    }
  }

  /** Runs `start`, turning a synchronous validation throw into a rejection. */
  private guard<T>(start: () => Promise<T>): Promise<T> {
    try {
      return start();
    } catch (error) {
      return Promise.reject(error);
    }
  }

  private wxCode(): Promise<string> {
    // The executor turns a synchronous throw of the provider into a rejection.
    const pending = new Promise<string>((resolve) => resolve(this.loginProvider.login(this.timeoutMs)));
    return withTimeout(pending, this.timeoutMs + BACKSTOP_MS, () => 'timeout')
      .then((code) => text(code, 'code', 1024))
      .catch((reason: unknown) => {
        // No code, a bad one or a failure: only a timeout is told apart.
        throw new EiamError('WX_LOGIN_FAILED', { detail: reason === 'timeout' ? reason : undefined });
      });
  }

  private sendCode(
    key: Recipient,
    input: { mobile?: string; email?: string; type: string; captchaToken?: string },
  ): Promise<void> {
    return this.guard(() => {
      const recipient = this.recipient(key, input && input[key]);
      const { type, captchaToken } = input;
      const sms = key === 'mobile';
      if (!isCodeType(type, sms ? 'sms' : 'email')) throw invalid('type');
      const body: Record<string, string> = { [key]: recipient, type };
      if (captchaToken != null && captchaToken !== '') {
        body.captcha_token = text(captchaToken, 'captchaToken', MAX_SECRET_CHARS);
      }
      const id = `${recipient}|${type}`;
      // A double tap shares the send in flight; a later send within the cool-down is refused.
      return this.flights.run(`send ${id}`, () => {
        this.cooldown.take(id);
        return this.requester
          .call(sms ? ENDPOINTS.smsSend : ENDPOINTS.emailSend, processEmptyResponse, body)
          .catch((error: EiamError) => {
            if (error.code === 'RATE_LIMITED') this.cooldown.extend(id, error.retryAfterMs || 0);
            // Refused by the server, or surely never sent: no code went out, so the user may send again at once.
            else if (error.code === 'API_ERROR' || error.detail === 'not-sent') this.cooldown.release(id);
            throw error;
          });
      });
    });
  }

  /** `{mobile or email, verify_code}`: the recipient `key`, or else exactly one of `mobile` and `email`. */
  private codeBody(input: VerifyCodeInput, key?: Recipient): Record<string, string> {
    if (!key) {
      if (!input || typeof input !== 'object') throw invalid('input');
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

  private bindWithWeChatCode(endpoint: Endpoint, input: { wechatCode: string }): Promise<Session> {
    return this.bindWith(endpoint, () => ({
      wechat_code: text(input && input.wechatCode, 'wechatCode', 1024),
    }));
  }

  /** Step 2 (bind, register, MFA): one request with the held state token; on success the session replaces any other. */
  private bindWith(endpoint: Endpoint, body: () => Record<string, string>): Promise<Session> {
    const epoch = this.epoch;
    return this.withStateToken(endpoint, processSessionResponse, body, (answer, current) => {
      // A call that started before `logout()` must not sign the user back in.
      if (epoch !== this.epoch) throw signedOutMeanwhile();
      if (answer.kind === 'mfa') {
        if (current) {
          this.stateToken = answer.stateToken;
          this.mfaMobile = undefined;
        }
        throw new EiamError('MFA_REQUIRED', { status: 200 });
      }
      if (current) this.stateToken = null;
      return this.signIn(answer.grant);
    });
  }

  /**
   * Validates `body()`, then makes one request with the held state token (identical concurrent calls share it) and
   * hands the answer to `use`, with whether that state token is still the held one. The state token is dropped when
   * the server says it is no longer valid (`INVALID_STATE_TOKEN`) or refuses the user; a newer state token, from a
   * login that finished meanwhile, is kept.
   */
  private withStateToken<T, R>(
    endpoint: Endpoint,
    processAnswer: (res: TransportResponse, now: number) => T,
    body: () => Record<string, string> | undefined,
    use: (answer: T, current: boolean) => R | Promise<R>,
  ): Promise<R> {
    return this.guard(() => {
      const data = body();
      const used = this.stateToken;
      if (used === null) throw new EiamError('NO_STATE_TOKEN');
      return this.flights.run(`${endpoint.path} ${used} ${JSON.stringify(data)}`, () =>
        this.requester.call(endpoint, processAnswer, data, { stateToken: used }).then(
          (answer) => use(answer, this.stateToken === used),
          (error: EiamError) => {
            const stale = refuses(error, 'state');
            if ((stale || error.code === 'ACCESS_DENIED') && this.stateToken === used) this.stateToken = null;
            throw stale ? new EiamError('INVALID_STATE_TOKEN', error) : error;
          },
        ),
      );
    });
  }

  private signIn(grant: SessionGrant): Promise<Session> {
    return this.keep(
      new Session(grant.sessionToken, grant.idToken, this.usableUntil(grant.expireSeconds), grant.claims),
      'SIGNED_IN',
    );
  }

  /** Stores `session` as the current one; resolves with it once written. */
  private keep(session: Session, reason: 'SIGNED_IN' | 'REFRESHED'): Promise<Session> {
    return this.keeper.set(session, reason).then(() => session);
  }

  /** When a credential that lives `seconds` from now stops being used, on the local clock. */
  private usableUntil(seconds: number): number {
    return usableUntil(this.clock.now(), seconds * 1000);
  }

  /** A valid mobile in the wire format (the MFA mobile the server gave is sent back as it was), or a valid email. */
  private recipient(key: Recipient, value: unknown): string {
    if (key === 'email') return must(parseEmail(value), key);
    return typeof value === 'string' && value === this.mfaMobile
      ? value
      : formatMobile(must(parseMobile(value), key), this.mobileFormat);
  }
}
