/** One endpoint of the EIAM SDK API. Which token header a call carries is decided where it is called. */
export interface Endpoint {
    readonly method: 'GET' | 'POST';
    readonly path: string;
}
/** The whole endpoint family (see the API reference in the README). */
export declare const ENDPOINTS: {
    readonly wechatLogin: Endpoint;
    readonly registerBind: Endpoint;
    readonly bind: Endpoint;
    readonly wechatPhoneRegisterBind: Endpoint;
    readonly wechatPhoneBind: Endpoint;
    readonly passwordBind: Endpoint;
    readonly captcha: Endpoint;
    readonly captchaVerify: Endpoint;
    readonly smsSend: Endpoint;
    readonly emailSend: Endpoint;
    readonly mfaMobile: Endpoint;
    readonly mfaSms: Endpoint;
    readonly mfaEmail: Endpoint;
    readonly idToken: Endpoint;
};
