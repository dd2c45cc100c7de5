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
        readonly zh: "参数不正确";
        readonly en: "Invalid argument";
    };
    readonly NO_STATE_TOKEN: {
        readonly zh: "请先完成微信登录";
        readonly en: "No state token: call loginWithWeChat() first";
    };
    readonly INVALID_STATE_TOKEN: {
        readonly zh: "登录状态已失效，请重新登录";
        readonly en: "The state token was rejected: call loginWithWeChat() again";
    };
    readonly NO_SESSION: {
        readonly zh: "尚未登录";
        readonly en: "Not signed in";
    };
    readonly WX_LOGIN_FAILED: {
        readonly zh: "微信登录失败";
        readonly en: "wx.login failed";
    };
    readonly NETWORK_ERROR: {
        readonly zh: "网络连接失败";
        readonly en: "Network error";
    };
    readonly TIMEOUT: {
        readonly zh: "请求超时";
        readonly en: "The request timed out";
    };
    readonly SERVER_ERROR: {
        readonly zh: "服务暂时不可用";
        readonly en: "The server failed (HTTP 5xx)";
    };
    readonly API_ERROR: {
        readonly zh: "请求被服务器拒绝";
        readonly en: "The server rejected the request";
    };
    readonly INVALID_RESPONSE: {
        readonly zh: "服务器返回的数据无法识别";
        readonly en: "The server answered in an unexpected shape";
    };
    readonly ACCESS_DENIED: {
        readonly zh: "无权访问该应用";
        readonly en: "Access denied";
    };
    readonly MFA_REQUIRED: {
        readonly zh: "需要二次认证";
        readonly en: "Multi-factor authentication is required";
    };
    readonly PASSWORD_EXPIRED: {
        readonly zh: "密码已过期";
        readonly en: "The password has expired";
    };
    readonly INVALID_ID_TOKEN: {
        readonly zh: "id_token 格式不正确";
        readonly en: "Malformed id_token";
    };
    readonly RATE_LIMITED: {
        readonly zh: "操作过于频繁，请稍后再试";
        readonly en: "Too many requests: try again later";
    };
    readonly STORAGE_ERROR: {
        readonly zh: "本地存储失败";
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
