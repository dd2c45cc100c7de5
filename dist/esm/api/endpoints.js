function ep(path, method = 'POST') {
    return { method, path: '/api/v2/sdk/' + path };
}
const ENDPOINTS = {
    wechatLogin: ep('login/wechat-miniprogram'),
    registerBind: ep('social/register-bind'),
    bind: ep('social/bind'),
    wechatPhoneRegisterBind: ep('social/wechat-mobile-register-bind'),
    wechatPhoneBind: ep('social/wechat-mobile-bind'),
    passwordBind: ep('social/username-password-bind'),
    captcha: ep('captcha', 'GET'),
    captchaVerify: ep('captcha/verify'),
    smsSend: ep('sms/send'),
    emailSend: ep('email/send'),
    mfaMobile: ep('mobile-by-token', 'GET'),
    mfaSms: ep('mfa/sms'),
    mfaEmail: ep('mfa/email'),
    idToken: ep('sso/session-token/id-token'),
};
export { ENDPOINTS };
