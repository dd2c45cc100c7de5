const ERROR_MESSAGES = Object.freeze({
    INVALID_ARGUMENT: { zh: '参数错误', en: 'Invalid argument' },
    NO_STATE_TOKEN: { zh: '请先登录', en: 'Call loginWithWeChat() first' },
    INVALID_STATE_TOKEN: { zh: '请重新登录', en: 'State token rejected' },
    NO_SESSION: { zh: '尚未登录', en: 'Not signed in' },
    SESSION_EXPIRED: { zh: '登录已过期，请重新登录', en: 'Session expired: sign in again' },
    WX_LOGIN_FAILED: { zh: '微信登录失败', en: 'wx.login failed' },
    NETWORK_ERROR: { zh: '网络错误', en: 'Network error' },
    TIMEOUT: { zh: '请求超时', en: 'Timed out' },
    SERVER_ERROR: { zh: '服务不可用', en: 'Server error' },
    API_ERROR: { zh: '请求被拒绝', en: 'Request rejected' },
    INVALID_RESPONSE: { zh: '响应异常', en: 'Bad response' },
    ACCESS_DENIED: { zh: '无权访问', en: 'Access denied' },
    MFA_REQUIRED: { zh: '需要二次认证', en: 'MFA required' },
    PASSWORD_EXPIRED: { zh: '密码已过期', en: 'Password expired' },
    INVALID_ID_TOKEN: { zh: 'id_token 无效', en: 'Bad id_token' },
    RATE_LIMITED: { zh: '请稍后再试', en: 'Too many requests' },
    ACCOUNT_LOCKED: { zh: '账号已锁定', en: 'Account locked' },
    WRONG_PASSWORD: { zh: '密码错误', en: 'Wrong password' },
    NOT_BOUND: { zh: '账号未绑定', en: 'User not bound' },
    CAPTCHA_REQUIRED: { zh: '请完成滑块验证', en: 'Captcha required' },
    STORAGE_ERROR: { zh: '存储失败', en: 'Storage failed' },
});
function errorMessage(code, language = 'en') {
    return ERROR_MESSAGES[code][/^zh/i.test(language) ? 'zh' : 'en'];
}
export { ERROR_MESSAGES, errorMessage };
