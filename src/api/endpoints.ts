/** Which token header an endpoint needs. */
export type TokenNeed = 'none' | 'state' | 'session';

/** One endpoint of the EIAM SDK API. */
export interface Endpoint {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly token: TokenNeed;
  /** Whether the request spends a one-time secret (wx code, verify code, phone code): never retried. */
  readonly consumesSecret: boolean;
}

function ep(method: 'GET' | 'POST', path: string, token: TokenNeed, consumesSecret: boolean): Endpoint {
  return { method, path: `/api/v2/sdk/${path}`, token, consumesSecret };
}

/** The whole endpoint family (see the API reference in the README). */
export const ENDPOINTS = {
  wechatLogin: ep('POST', 'login/wechat-miniprogram', 'none', true),
  registerBind: ep('POST', 'social/register-bind', 'state', true),
  bind: ep('POST', 'social/bind', 'state', true),
  wechatPhoneRegisterBind: ep('POST', 'social/wechat-mobile-register-bind', 'state', true),
  wechatPhoneBind: ep('POST', 'social/wechat-mobile-bind', 'state', true),
  passwordBind: ep('POST', 'social/username-password-bind', 'state', true),
  captcha: ep('GET', 'captcha', 'none', false),
  captchaVerify: ep('POST', 'captcha/verify', 'none', true),
  smsSend: ep('POST', 'sms/send', 'none', true),
  emailSend: ep('POST', 'email/send', 'none', true),
  mfaMobile: ep('GET', 'mobile-by-token', 'state', false),
  mfaSms: ep('POST', 'mfa/sms', 'state', true),
  mfaEmail: ep('POST', 'mfa/email', 'state', true),
  idToken: ep('POST', 'sso/session-token/id-token', 'session', false),
} as const;
