/// <reference types="miniprogram-api-typings" />

// Test infrastructure of the EIAM mini program SDK: a mock EIAM IDaaS on loopback HTTP and a fake `wx`.
// Hand-written to match testing/index.js (CommonJS). See testing/README.md.

// ---------------------------------------------------------------------------------------------------------------
// Mock IDaaS
// ---------------------------------------------------------------------------------------------------------------

/** 'idaas' sends `IDAAS.SDK.COMMON.1007`; 'plain' sends `SDK.COMMON.1007`. */
export type ErrorScheme = 'idaas' | 'plain';

export type UnboundStatus = 'SOCIAL_BIND' | 'USER_REGISTER';

export type BindFlow = 'VERIFY_PHONE' | 'VERIFY_EMAIL';

/** Behaviour switches; all may be changed later with `mock.setOptions()` (except port and host). */
export interface MockIdaasSettings {
  /** Default 'test-client-id'. Requests must carry it as X-client-id. */
  clientId: string;
  /** Default 'idaas'. */
  errorScheme: ErrorScheme;
  /** State token lifetime on the mock clock. Default 600000. */
  stateTokenTtlMs: number;
  /** The `expire` of a new session_token, in seconds. Default 432000. */
  sessionExpire: number;
  /** id_token lifetime (`exp - iat`). Default 300. */
  idTokenTtlSec: number;
  /** Lifetime of SMS / email codes, WeChat phone codes, captchas and captcha tokens. Default 300000. */
  codeTtlMs: number;
  /** When true, sms/email send without a valid captcha_token gets 400. Default false. */
  captchaRequired: boolean;
  /** Accepted distance in px between the slider answer and the hidden x. Default 5. */
  captchaTolerance: number;
  /** The login status of an unbound openid. Default 'SOCIAL_BIND'. */
  unboundStatus: UnboundStatus;
  /** The `socialBindOrRegisterFlow` of an unbound login answer; null makes `data` null. */
  flows: readonly BindFlow[] | readonly string[] | null;
  /** When true, login answers carry the status with a leading space (' SOCIAL_BIND'). Default false. */
  statusLeadingSpace: boolean;
  /** When true, the id-token endpoint rotates the session_token (new token, full expire). Default false. */
  renewSessionToken: boolean;
  /**
   * When true, mobile-by-token answers the masked mobile ('+86-138****8000'), as the vendor documents it; sms/send
   * with type MFA_AUTH_SMS and mfa/sms then take exactly that string (for the user of a live MFA state token) and
   * refuse any other writing of the mobile, the full number included. Default false.
   */
  maskMfaMobile: boolean;
  /**
   * When true, the login takes only wx codes a wx fake of this process issued, once, within 5 minutes of wx.login on
   * the mock clock; others get 400 SDK.LOGIN.1001 "error calling interface jscode2session: invalid code, rid: …".
   * Default false (any string is a code, however old).
   */
  strictWxCodes: boolean;
  /** When false, logs each request and each delivered code to the console. Default true. */
  quiet: boolean;
}

export interface MockIdaasOptions extends Partial<MockIdaasSettings> {
  /** Default 0: a free port. */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
}

export type MockCodeChannel = 'sms' | 'email';

export type SmsCodeType =
  | 'LOGIN_SMS'
  | 'REGISTER_SMS'
  | 'MFA_AUTH_SMS'
  | 'FORGET_PWD_SMS'
  | 'CHANGE_PWD_SMS'
  | 'BIND_MOBILE_SMS'
  | 'UPDATE_PWD_SMS'
  | 'UPDATE_MOBILE_SMS';

export type EmailCodeType =
  | 'LOGIN_EMS'
  | 'REGISTER_EMS'
  | 'MFA_AUTH_EMS'
  | 'FORGET_PWD_EMS'
  | 'CHANGE_PWD_EMS'
  | 'BIND_EMAIL_EMS'
  | 'UPDATE_EMAIL_EMS';

/** A code the mock "delivered". `to` is normalised: '+86-13800138000' or a lower-cased email. */
export interface OutboxMessage {
  channel: MockCodeChannel;
  to: string;
  type: SmsCodeType | EmailCodeType;
  code: string;
  /** Mock clock, ms since the epoch. */
  at: number;
}

/** One request as the mock received it. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON when the body parses, else the raw text ('' when empty). */
  body: unknown;
  /** Mock clock, ms since the epoch. */
  at: number;
}

export interface NewMockUser {
  /** Any accepted format; stored as '+86-13800138000'. */
  mobile?: string;
  /** Stored lower-cased. */
  email?: string;
  /** Default: the mobile's national number, else the email, else 'user<n>'. */
  userName?: string;
  password?: string;
  /** Display name, may be Chinese ('张三'). Default: userName. */
  name?: string;
  /** Binds this openid to the new user. */
  openid?: string;
  /** Login and bind answer MFA_AUTH for this user. */
  mfa?: boolean;
  /** Login answers ACCESS_DENIED for this user. */
  disabled?: boolean;
}

export interface MockUser {
  /** 'u000001', 'u000002', ... */
  id: string;
  userName: string;
  name: string;
  mobile: string | undefined;
  email: string | undefined;
  password: string | undefined;
  mfa: boolean;
  disabled: boolean;
  /** openids bound to this user. */
  openids: string[];
}

export interface FaultMatch {
  /**
   * A path suffix ('/social/register-bind'; any path ending in it matches) or a RegExp tested against the path.
   * Default: every request.
   */
  path?: string | RegExp;
  /** Only requests with this method. Default: any. */
  method?: string;
  /** How many matching requests this fault takes. Default 1; Infinity allowed. */
  times?: number;
  /** For the answering kinds (html, status, badJson, oversize, rateLimit): send the answer this many ms late. */
  delayMs?: number;
}

export type MockFault = FaultMatch &
  (
    | { kind: 'delay'; ms: number }
    | { kind: 'hang' }
    | { kind: 'reset' }
    | { kind: 'html'; status?: number }
    | {
        kind: 'status';
        status: number;
        /** A string is sent as is (text/plain unless headers say otherwise); anything else as JSON; none: empty. */
        body?: unknown;
        headers?: Record<string, string>;
      }
    | { kind: 'badJson' }
    | { kind: 'oversize'; bytes?: number }
    | { kind: 'rateLimit'; retryAfter?: number }
    | { kind: 'handleThenHang' }
    | { kind: 'handleThenReset' }
  );

export type MockFaultKind = MockFault['kind'];

/** The JWKS served at GET /api/v1/oauth2/keys. */
export interface MockJwks {
  keys: Array<{ kty: 'RSA'; kid: string; use: 'sig'; alg: 'RS256'; n: string; e: string }>;
}

export interface MockIdaas {
  /** 'http://127.0.0.1:PORT' */
  readonly url: string;
  readonly port: number;
  readonly clientId: string;
  /** `${url}/api/v1/oauth2`: the id_token `iss`. */
  readonly issuer: string;
  /** A copy of the current settings; `port` is as requested (0: a free one), the bound port is `mock.port`. */
  readonly options: MockIdaasSettings & { port: number; host: string };
  /** Every code delivered, oldest first (live array). */
  readonly outbox: OutboxMessage[];
  /** Every request received, oldest first (live array). */
  readonly requests: RecordedRequest[];
  /** Every user, oldest first (live array). */
  readonly users: MockUser[];
  /** A fresh copy of the JWKS. */
  readonly publicJwks: MockJwks;

  setOptions(partial: Partial<MockIdaasSettings>): void;
  /** The latest code sent to a mobile (any format) or email, or undefined. */
  lastCode(to: string): string | undefined;
  /** Requests whose path ends with the suffix (or matches the RegExp). */
  requestsTo(pathSuffix: string | RegExp): RecordedRequest[];
  addUser(user?: NewMockUser): MockUser;
  bindOpenid(openid: string, userId: string): void;
  /** A one-time `wechat_code` as the getPhoneNumber button would give, for the wechat-mobile endpoints. */
  issuePhoneCode(mobile: string): string;
  /** The hidden x of a live captcha token; throws for an unknown or already verified one. */
  captchaAnswer(token: string): number;
  /** The mock clock, ms since the epoch. */
  now(): number;
  /** Moves the mock clock forward: state tokens, codes, sessions and id_token times follow it. */
  advanceTime(ms: number): void;
  fault(spec: MockFault): void;
  clearFaults(): void;
  /** Drops users, bindings, codes, outbox, sessions, tokens, requests and faults; resets the clock. */
  reset(): void;
  /** Stops listening and destroys every socket, hung ones included. */
  close(): Promise<void>;
}

export function startMockIdaas(options?: MockIdaasOptions): Promise<MockIdaas>;

// ---------------------------------------------------------------------------------------------------------------
// wx fake
// ---------------------------------------------------------------------------------------------------------------

/**
 * 'modern': getDeviceInfo + getAppBaseInfo + getSystemInfoSync (base library 2.20.1 and later). 'legacy': only
 * getSystemInfoSync (base library < 2.20.1). Also by SDKVersion: async APIs return a promise when called without
 * callbacks from 2.10.2 (undefined below); storage encryption is honoured from 2.21.3 (ignored, stored plain, below).
 */
export type WxFakeDevice = 'modern' | 'legacy';

export interface WxDeviceProfile {
  /** Default 'iOS 17.2.1'. */
  system: string;
  /** Default 'ios'. */
  platform: string;
  /** Default 'Apple'. */
  brand: string;
  /** Default 'iPhone 15'. */
  model: string;
  /** WeChat version, default '8.0.50'. */
  version: string;
  /**
   * Base library version, default '3.3.4' ('2.19.4' with `device: 'legacy'`). It decides what exists: the promise
   * form of async APIs from 2.10.2, getDeviceInfo / getAppBaseInfo from 2.20.1, storage encryption from 2.21.3.
   */
  SDKVersion: string;
  /** Default 'zh_CN'. */
  language: string;
}

export interface WxFakeOptions extends Partial<WxDeviceProfile> {
  /** Default 'o-test-openid'. Login codes are `wxcode.<openid>.<n>`. */
  openid?: string;
  /**
   * Default: what SDKVersion has ('modern' from 2.20.1, else 'legacy'). One that contradicts SDKVersion throws a
   * TypeError.
   */
  device?: WxFakeDevice;
}

type Wx = WechatMiniprogram.Wx;

/**
 * The part of `wx` the fake implements, typed as miniprogram-api-typings types it. Below base library 2.10.2 the async
 * APIs called without callbacks return undefined, not the promise these types promise.
 */
export type WxFakeApi = Pick<
  Wx,
  | 'request'
  | 'login'
  | 'getStorage'
  | 'setStorage'
  | 'removeStorage'
  | 'clearStorage'
  | 'getStorageInfo'
  | 'getStorageSync'
  | 'setStorageSync'
  | 'removeStorageSync'
  | 'clearStorageSync'
  | 'getStorageInfoSync'
  | 'getSystemInfoSync'
  | 'canIUse'
  | 'onAppShow'
  | 'onAppHide'
  | 'offAppShow'
  | 'offAppHide'
> &
  /** Absent on a legacy device. */
  Partial<Pick<Wx, 'getDeviceInfo' | 'getAppBaseInfo'>>;

export type WxFakeApiName = keyof WxFakeApi;

export interface WxCall {
  api: WxFakeApiName;
  /** The arguments as passed (the same option objects). */
  args: unknown[];
}

/** Fault switches, read at each call. null = behave normally. */
export interface WxFakeFaults {
  /** 'fail': fail {errMsg:'login:fail system error'}; 'hang': never call back (the promise never settles). */
  login: null | 'fail' | 'hang';
  /**
   * 'offline': fail 'request:fail net::ERR_INTERNET_DISCONNECTED' without sending;
   * 'interrupted': send, then fail 'request:fail interrupted' instead of delivering the answer;
   * 'hang': send nothing, never call back (abort() does nothing either).
   */
  request: null | 'offline' | 'interrupted' | 'hang';
  /** 'quota': wx.setStorage fails 'setStorage:fail exceed storage max size 10MB'; 'hang': never calls back. */
  setStorage: null | 'quota' | 'hang';
  /** 'hang': wx.getStorage never calls back. */
  getStorage: null | 'hang';
  /** 'fail': wx.removeStorage fails 'removeStorage:fail system error'; 'hang': never calls back. */
  removeStorage: null | 'fail' | 'hang';
}

export interface WxStorageEntry {
  data: unknown;
  encrypt: boolean;
}

export interface WxStorageControls {
  /** The stored value (a clone) and its encrypt flag, or undefined. */
  raw(key: string): WxStorageEntry | undefined;
  /** Stores a value directly, bypassing wx and faults. */
  setRaw(key: string, data: unknown, options?: { encrypt?: boolean }): void;
  keys(): string[];
  clear(): void;
}

export interface WxFake {
  /** The fake `wx` object: pass it wherever the SDK takes wx. */
  readonly wx: WxFakeApi;
  /** The openid of the next login codes; may be changed between logins. */
  openid: string;
  /** Same as assigning `openid`: the next wx.login codes stand for this WeChat user. */
  setOpenid(openid: string): void;
  readonly device: WxFakeDevice;
  readonly profile: WxDeviceProfile;
  /** A plain mutable object; may also be replaced as a whole. */
  faults: WxFakeFaults;
  /** Every wx call, oldest first. */
  readonly calls: WxCall[];
  /** Every code wx.login issued, oldest first. */
  readonly loginCodes: string[];
  /** Exceptions thrown by user callbacks (also printed with console.error, as WeChat's thirdScriptError). */
  readonly callbackErrors: unknown[];
  readonly storage: WxStorageControls;
  /** Fires the wx.onAppShow listeners at once with `{path, query, scene: 1001, referrerInfo}` and `options` over it. */
  appShow(options?: Partial<WechatMiniprogram.LaunchOptionsApp>): void;
  /** Fires the wx.onAppHide listeners at once. */
  appHide(): void;
  /** How many wx.onAppShow / wx.onAppHide listeners are registered. */
  appListeners(): { show: number; hide: number };
  /** Clears calls, loginCodes, callbackErrors, storage and faults (not the app show/hide listeners). */
  reset(): void;
}

export function createWxFake(options?: WxFakeOptions): WxFake;

// ---------------------------------------------------------------------------------------------------------------
// Page harness
// ---------------------------------------------------------------------------------------------------------------

export * from './page-harness';
