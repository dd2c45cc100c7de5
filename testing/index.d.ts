// Test infrastructure of the EIAM mini program SDK: a mock EIAM IDaaS on loopback HTTP and a fake `wx`.
// Hand-written to match testing/index.js (CommonJS). See testing/README.md.
// Self-contained: needs neither miniprogram-api-typings nor skipLibCheck (the wx shapes below are the fake's own).

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
  /**
   * When true, sms/email send without a captcha_token gets 400 SDK.COMMON.1001 "parameter captcha_token cannot be
   * blank", as the vendor's send pages say a real tenant does. Default true; false for a tenant that turned it off.
   */
  captchaRequired: boolean;
  /** Accepted distance in px between the slider answer and the hidden x. Default 5. */
  captchaTolerance: number;
  /** The login status of an unbound openid. Default 'SOCIAL_BIND'. */
  unboundStatus: UnboundStatus;
  /** The `socialBindOrRegisterFlow` of an unbound login answer; null makes `data` null. */
  flows: readonly BindFlow[] | readonly string[] | null;
  /** When true, login answers carry the status with a leading space (' SOCIAL_BIND'). Default false. */
  statusLeadingSpace: boolean;
  /**
   * When true, the id-token endpoint rotates the session_token (a new token with the full expire; the old one stops
   * working). Default false: the same session_token comes back, its server-side expiry unchanged, with `expire` the
   * configured lifetime (`sessionExpire`), not the time left, as the vendor's refresh pages show.
   */
  renewSessionToken: boolean;
  /**
   * When true, every token in an answer (state_token, session_token, id_token, captcha_token) is sent with a leading
   * space, as the vendor's examples write `" eyJ…"`. Default false.
   */
  tokenLeadingSpace: boolean;
  /**
   * How id_tokens carry the user's fields (`id`, `name`, `userName`, `mobile`, `email`): 'flat' claims (default), or
   * 'api', one claim `api` whose value is those fields as a JSON string, as the vendor's MFA pages' example.
   */
  claimStyle: 'flat' | 'api';
  /**
   * When true, mobile-by-token answers the masked mobile ('+86-138****8000'), as a tenant might (the EIAM example
   * answers the full number, which is the default); sms/send
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

// ---------------------------------------------------------------------------------------------------------------
// The wx the fake implements, in the shapes WeChat documents (a subset; field names as miniprogram-api-typings has
// them, so an object typed with those typings can be passed in)
// ---------------------------------------------------------------------------------------------------------------

/** What `fail` (and a rejected promise) receives. */
export interface WxFailResult {
  errMsg: string;
  errno?: number;
}

/** The callbacks of an asynchronous wx API; with none of them the call returns a promise (from base library 2.10.2). */
export interface WxCallbacks<R> {
  success?(res: R): void;
  fail?(err: WxFailResult): void;
  complete?(res: R | WxFailResult): void;
}

/**
 * An asynchronous wx API: with `success`, `fail` or `complete` it answers through them and returns nothing; without
 * them it returns a promise (below base library 2.10.2 the fake returns undefined instead, as WeChat did).
 */
export interface WxAsyncApi<O, R> {
  (options: O & WxCallbacks<R> & WxSomeCallback<R>): void;
  (options?: O): Promise<R>;
}

/** At least one of `success`, `fail`, `complete`. */
export type WxSomeCallback<R> =
  { success(res: R): void } | { fail(err: WxFailResult): void } | { complete(res: R | WxFailResult): void };

export interface WxRequestOptions {
  url: string;
  method?: 'OPTIONS' | 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE' | 'TRACE' | 'CONNECT';
  data?: string | Record<string, unknown> | ArrayBuffer;
  header?: Record<string, string>;
  /** ms; default 60000. */
  timeout?: number;
  /** Default 'json': a body that parses as JSON is handed over parsed. */
  dataType?: string;
  responseType?: 'text' | 'arraybuffer';
  enableChunked?: boolean;
}

export interface WxRequestSuccess {
  /** The body: parsed JSON when `dataType` is 'json' and it parses, else the text (or an ArrayBuffer). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data: any;
  /** Every HTTP status lands here; only transport failures go to `fail`. */
  statusCode: number;
  header: Record<string, string>;
  cookies: string[];
  errMsg: string;
}

export interface WxRequestTask {
  /** Fails the call with 'request:fail abort' unless it already settled. */
  abort(): void;
  onHeadersReceived(listener: (res: { header: Record<string, string> }) => void): void;
  offHeadersReceived(listener?: (res: { header: Record<string, string> }) => void): void;
  /** With `enableChunked`. */
  onChunkReceived(listener: (res: { data: ArrayBuffer }) => void): void;
  offChunkReceived(listener?: (res: { data: ArrayBuffer }) => void): void;
}

export interface WxStorageInfo {
  keys: string[];
  /** KB. */
  currentSize: number;
  /** KB. */
  limitSize: number;
}

export interface WxLaunchOptions {
  path: string;
  query: Record<string, string>;
  scene: number;
  referrerInfo: { appId?: string; extraData?: Record<string, unknown> };
  [field: string]: unknown;
}

/** `wx.getSystemInfoSync()`, `wx.getDeviceInfo()` and `wx.getAppBaseInfo()` answer objects with these and more. */
export interface WxSystemInfo {
  brand: string;
  model: string;
  system: string;
  platform: string;
  language: string;
  version: string;
  SDKVersion: string;
  [field: string]: unknown;
}

/**
 * The part of `wx` the fake implements. Below base library 2.10.2 the async APIs called without callbacks return
 * undefined, not the promise these types promise. A test may add the APIs the fake does not have
 * (`fake.wx.redirectTo = jest.fn()`).
 */
export interface WxFakeApi {
  /** Always the callback form, as in WeChat: returns the task, never a promise. */
  request(options: WxRequestOptions & WxCallbacks<WxRequestSuccess>): WxRequestTask;
  login: WxAsyncApi<{ timeout?: number }, { code: string; errMsg: string }>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  getStorage<T = any>(
    options: { key: string; encrypt?: boolean } & WxCallbacks<{ data: T; errMsg: string }> &
      WxSomeCallback<{ data: T; errMsg: string }>,
  ): void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  getStorage<T = any>(options: { key: string; encrypt?: boolean }): Promise<{ data: T; errMsg: string }>;
  setStorage: WxAsyncApi<{ key: string; data: unknown; encrypt?: boolean }, WxFailResult>;
  removeStorage: WxAsyncApi<{ key: string }, WxFailResult>;
  clearStorage: WxAsyncApi<Record<string, never>, WxFailResult>;
  getStorageInfo: WxAsyncApi<Record<string, never>, WxStorageInfo & { errMsg: string }>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  getStorageSync(key: string): any;
  setStorageSync(key: string, data: unknown): void;
  removeStorageSync(key: string): void;
  clearStorageSync(): void;
  getStorageInfoSync(): WxStorageInfo;
  getSystemInfoSync(): WxSystemInfo;
  canIUse(schema: string): boolean;
  onAppShow(listener: (options: WxLaunchOptions) => void): void;
  onAppHide(listener: () => void): void;
  offAppShow(listener?: (options: WxLaunchOptions) => void): void;
  offAppHide(listener?: () => void): void;
  /** Absent on a legacy device (below base library 2.20.1). */
  getDeviceInfo?(): WxSystemInfo;
  /** Absent on a legacy device (below base library 2.20.1). */
  getAppBaseInfo?(): WxSystemInfo;
  [api: string]: unknown;
}

export type WxFakeApiName =
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
  | 'getDeviceInfo'
  | 'getAppBaseInfo';

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
  /** The `wx` of the current run of the app: {@link relaunch} replaces it. */
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
  appShow(options?: Partial<WxLaunchOptions>): void;
  /** Fires the wx.onAppHide listeners at once. */
  appHide(): void;
  /** How many wx.onAppShow / wx.onAppHide listeners are registered. */
  appListeners(): { show: number; hide: number };
  /**
   * A cold start of the app: a new `wx` object (also installed as `globalThis.wx` when that was the old one), with the same
   * device, storage, openid, faults and call log, and no app show/hide listeners. The SDK keys its shared sessions by
   * the `wx` object, so clients made after it start afresh from storage, as after a real relaunch.
   */
  relaunch(): WxFake['wx'];
  /** Clears calls, loginCodes, callbackErrors, storage and faults (not the app show/hide listeners). */
  reset(): void;
}

export function createWxFake(options?: WxFakeOptions): WxFake;

// ---------------------------------------------------------------------------------------------------------------
// Page harness
// ---------------------------------------------------------------------------------------------------------------

export * from './page-harness';
