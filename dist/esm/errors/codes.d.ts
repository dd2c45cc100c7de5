/**
 * The stable error codes of the SDK, each with its message in Chinese and English.
 * This table is the only source of SDK messages: throw sites pass a code, never a text.
 *
 * @example
 * ```ts
 * if (isEiamError(e) && e.code === 'RATE_LIMITED') wait(e.retryAfterMs);
 * ```
 */
export declare const ERROR_MESSAGES: Readonly<{
    readonly INVALID_ARGUMENT: {
        readonly zh: "参数错误";
        readonly en: "Invalid argument";
    };
    readonly NO_STATE_TOKEN: {
        readonly zh: "请先登录";
        readonly en: "Call loginWithWeChat() first";
    };
    readonly INVALID_STATE_TOKEN: {
        readonly zh: "请重新登录";
        readonly en: "State token rejected";
    };
    readonly NO_SESSION: {
        readonly zh: "尚未登录";
        readonly en: "Not signed in";
    };
    readonly SESSION_EXPIRED: {
        readonly zh: "登录已过期，请重新登录";
        readonly en: "Session expired: sign in again";
    };
    readonly WX_LOGIN_FAILED: {
        readonly zh: "微信登录失败";
        readonly en: "wx.login failed";
    };
    readonly NETWORK_ERROR: {
        readonly zh: "网络错误";
        readonly en: "Network error";
    };
    readonly TIMEOUT: {
        readonly zh: "请求超时";
        readonly en: "Timed out";
    };
    readonly SERVER_ERROR: {
        readonly zh: "服务不可用";
        readonly en: "Server error";
    };
    readonly API_ERROR: {
        readonly zh: "请求被拒绝";
        readonly en: "Request rejected";
    };
    readonly INVALID_RESPONSE: {
        readonly zh: "响应异常";
        readonly en: "Bad response";
    };
    readonly ACCESS_DENIED: {
        readonly zh: "无权访问";
        readonly en: "Access denied";
    };
    readonly MFA_REQUIRED: {
        readonly zh: "需要二次认证";
        readonly en: "MFA required";
    };
    readonly PASSWORD_EXPIRED: {
        readonly zh: "密码已过期";
        readonly en: "Password expired";
    };
    readonly INVALID_ID_TOKEN: {
        readonly zh: "id_token 无效";
        readonly en: "Bad id_token";
    };
    readonly RATE_LIMITED: {
        readonly zh: "请稍后再试";
        readonly en: "Too many requests";
    };
    readonly ACCOUNT_LOCKED: {
        readonly zh: "账号已锁定";
        readonly en: "Account locked";
    };
    readonly WRONG_PASSWORD: {
        readonly zh: "密码错误";
        readonly en: "Wrong password";
    };
    readonly NOT_BOUND: {
        readonly zh: "账号未绑定";
        readonly en: "User not bound";
    };
    readonly CAPTCHA_REQUIRED: {
        readonly zh: "请完成滑块验证";
        readonly en: "Captcha required";
    };
    readonly STORAGE_ERROR: {
        readonly zh: "存储失败";
        readonly en: "Storage failed";
    };
}>;
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
export declare function errorMessage(code: EiamErrorCode, language?: string): string;
