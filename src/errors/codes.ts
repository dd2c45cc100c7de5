/**
 * The stable error codes of the SDK, each with its message in Chinese and English.
 * This table is the only source of SDK messages: throw sites pass a code, never a text.
 *
 * @example
 * ```ts
 * if (isEiamError(e) && e.code === 'RATE_LIMITED') wait(e.retryAfterMs);
 * ```
 */
export const ERROR_MESSAGES = Object.freeze({
  INVALID_ARGUMENT: { zh: '参数不正确', en: 'Invalid argument' },
  NO_STATE_TOKEN: { zh: '请先完成微信登录', en: 'No state token: call loginWithWeChat() first' },
  INVALID_STATE_TOKEN: {
    zh: '登录状态已失效，请重新登录',
    en: 'The state token was rejected: call loginWithWeChat() again',
  },
  NO_SESSION: { zh: '尚未登录', en: 'Not signed in' },
  WX_LOGIN_FAILED: { zh: '微信登录失败', en: 'wx.login failed' },
  NETWORK_ERROR: { zh: '网络连接失败', en: 'Network error' },
  TIMEOUT: { zh: '请求超时', en: 'The request timed out' },
  SERVER_ERROR: { zh: '服务暂时不可用', en: 'The server failed (HTTP 5xx)' },
  API_ERROR: { zh: '请求被服务器拒绝', en: 'The server rejected the request' },
  INVALID_RESPONSE: { zh: '服务器返回的数据无法识别', en: 'The server answered in an unexpected shape' },
  ACCESS_DENIED: { zh: '无权访问该应用', en: 'Access denied' },
  MFA_REQUIRED: { zh: '需要二次认证', en: 'Multi-factor authentication is required' },
  PASSWORD_EXPIRED: { zh: '密码已过期', en: 'The password has expired' },
  INVALID_ID_TOKEN: { zh: 'id_token 格式不正确', en: 'Malformed id_token' },
  RATE_LIMITED: { zh: '操作过于频繁，请稍后再试', en: 'Too many requests: try again later' },
  STORAGE_ERROR: { zh: '本地存储失败', en: 'Storage failed' },
} as const);

/** One of the SDK's stable error codes. */
export type EiamErrorCode = keyof typeof ERROR_MESSAGES;

/** A language the SDK has messages in. */
export type MessageLanguage = 'zh' | 'en';

/**
 * The SDK's message for a code in the given language.
 *
 * @example
 * ```ts
 * errorMessage('TIMEOUT', 'zh'); // '请求超时'
 * ```
 * @param language Default `'en'`. Any language starting with `zh` gives Chinese.
 */
export function errorMessage(code: EiamErrorCode, language: string = 'en'): string {
  const entry = ERROR_MESSAGES[code];
  return language.slice(0, 2).toLowerCase() === 'zh' ? entry.zh : entry.en;
}
