/** One endpoint of the EIAM SDK API. Which token header a call carries is decided where it is called. */
export interface Endpoint {
  readonly method: 'GET' | 'POST';
  readonly path: string;
}

function ep(method: 'GET' | 'POST', path: string): Endpoint {
  return { method, path: `/api/v2/sdk/${path}` };
}

/** The whole endpoint family (see the API reference in the README). */
export const ENDPOINTS = {
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
} as const;
