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
