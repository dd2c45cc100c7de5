'use strict';

// The error catalogue of the mock. Codes come from eiam-api.md; the two marked "invented" are not in any public
// table and exist only so that a test can tell those failures apart. Each entry has its text in English (`msg`) and
// Chinese (`zh`, sent when the request's X-L is zh, as the vendor's texts are: "剩余登录尝试次数:N").
const CATALOGUE = {
  BLANK: {
    code: 'SDK.COMMON.1001',
    msg: (p) => `parameter ${p} cannot be blank`,
    zh: (p) => `参数${p}不能为空`,
  },
  FORMAT: {
    code: 'SDK.COMMON.1002',
    msg: (p) => `${p} parameter format incorrect`,
    zh: (p) => `${p}参数格式不正确`,
  },
  DEVICE: {
    code: 'SDK.COMMON.1003',
    idaas: 'IDAAS.SDK.PARAM.0001',
    msg: () => 'device information incomplete',
    zh: () => '设备信息不完整',
  },
  EXPIRED: { code: 'SDK.COMMON.1005', msg: (p) => `${p} has expired`, zh: (p) => `${p}已过期` },
  PARAM: { code: 'SDK.COMMON.1006', msg: (p) => `${p} parameter error`, zh: (p) => `${p}参数错误` },
  // The seed page shows IDAAS.SDK.COMMON.1007 "state_token parameter error".
  STATE_TOKEN: {
    code: 'SDK.COMMON.1007',
    msg: () => 'state_token parameter error',
    zh: () => 'state_token参数错误',
  },
  TYPE: { code: 'SDK.COMMON.1007', msg: (p) => `${p} parameter type error`, zh: (p) => `${p}参数类型错误` },
  BUSY: { code: 'SDK.COMMON.1008', status: 500, msg: (p) => p || 'system busy', zh: (p) => p || '系统繁忙' },
  CLIENT: {
    code: 'SDK.COMMON.1012',
    msg: () => 'X-client-id incorrect, application not found',
    zh: () => 'X-client-id不正确，应用不存在',
  },
  USER_NOT_FOUND: { code: 'SDK.COMMON.1013', msg: () => 'user not found', zh: () => '用户不存在' },
  // The CIAM refresh page: 400 {"error_code":"IDAAS.SDK.PARAM.0023","error_msg":"Invalid or expired session token"}.
  // No EIAM-table code is known for it: the plain scheme keeps SDK.COMMON.1005 "session_token has expired".
  SESSION_TOKEN: {
    code: 'SDK.COMMON.1005',
    idaas: 'IDAAS.SDK.PARAM.0023',
    msg: (p, scheme) =>
      scheme === 'plain' ? 'session_token has expired' : 'Invalid or expired session token',
    zh: () => 'session_token无效或已过期',
  },
  INTERFACE: {
    code: 'SDK.LOGIN.1001',
    msg: (p) => `error calling interface ${p}`,
    zh: (p) => `调用接口${p}出错`,
  },
  NOT_BOUND: { code: 'SDK.LOGIN.1002', msg: () => 'user not bound', zh: () => '用户未绑定' },
  // p: [minutes, seconds] until the account unlocks.
  LOCKED: {
    code: 'SDK.LOGIN.1003',
    msg: ([m, s]) => `locked after too many failures, unlocks in ${m} min ${s} s`,
    zh: ([m, s]) => `登录失败次数过多，账号已锁定，${m}分${s}秒后解锁`,
  },
  WRONG_PASSWORD: {
    code: 'SDK.LOGIN.1005',
    msg: (p) => `wrong password, ${p} attempt${p === 1 ? '' : 's'} remaining`,
    zh: (p) => `密码错误，剩余登录尝试次数:${p}`,
  },
  // invented: a slider answer that is off (p absent), or a captcha that expired (p 'expired')
  CAPTCHA: {
    code: 'SDK.CAPTCHA.1001',
    idaas: 'IDAAS.SDK.CAPTCHA.0001',
    msg: (p) => (p ? 'captcha has expired' : 'captcha verification failed'),
    zh: (p) => (p ? '滑块验证已过期' : '滑块验证失败'),
  },
};

/** An answer the server gives on purpose: HTTP status plus the EIAM error envelope. */
class ApiError extends Error {
  constructor(kind, param) {
    const entry = CATALOGUE[kind];
    if (!entry) throw new TypeError(`unknown mock error kind ${kind}`);
    super(entry.msg(param));
    this.kind = kind;
    this.param = param;
    this.status = entry.status || 400;
  }

  /** The wire code in the given scheme ('idaas' prefixes with IDAAS.). */
  code(scheme) {
    const entry = CATALOGUE[this.kind];
    if (scheme === 'plain') return entry.code;
    return entry.idaas || `IDAAS.${entry.code}`;
  }

  /** `{error_code, error_msg}`: the text in Chinese when `language` (the request's X-L) is zh, else in English. */
  envelope(scheme, language) {
    const entry = CATALOGUE[this.kind];
    const zh = /^zh/i.test(String(language || ''));
    return { error_code: this.code(scheme), error_msg: (zh ? entry.zh : entry.msg)(this.param, scheme) };
  }
}

module.exports = { ApiError, CATALOGUE };
