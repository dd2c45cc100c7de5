import type { Session } from '../session/session.js';
import type { EmailCodeType, SmsCodeType } from '../validate/code-type.js';
/**
 * A flow name the login answer may list beyond the documented ones: any other string the tenant sends, passed
 * through trimmed. Branded so that a misspelt documented name (`'VERIFY_PHON'`) does not compile where a
 * {@link LoginFlow} is compared or looked up.
 *
 * @example
 * ```ts
 * const other = r.flows.filter((f): f is OtherLoginFlow => f !== 'VERIFY_PHONE' && f !== 'VERIFY_EMAIL');
 * ```
 */
export type OtherLoginFlow = string & {
    readonly __otherLoginFlow: true;
};
/**
 * One entry of a login answer's `flows`: `'VERIFY_PHONE'` (bind or register by SMS code), `'VERIFY_EMAIL'` (by email
 * code), or another name the tenant sends ({@link OtherLoginFlow}).
 *
 * @example
 * ```ts
 * if (r.status === 'SOCIAL_BIND' && r.flows.includes('VERIFY_PHONE')) showPhoneTab();
 * ```
 */
export type LoginFlow = 'VERIFY_PHONE' | 'VERIFY_EMAIL' | OtherLoginFlow;
/**
 * What {@link EiamClient.loginWithWeChat} resolves to.
 *
 * @example
 * ```ts
 * const r: LoginResult = await eiam.loginWithWeChat();
 * if (r.status === 'SOCIAL_BIND' || r.status === 'USER_REGISTER') showBindForm(r.flows);
 * ```
 */
export type LoginResult = {
    status: 'SUCCESS';
    session: Session;
} | {
    status: 'SOCIAL_BIND' | 'USER_REGISTER';
    flows: LoginFlow[];
} | {
    status: 'MFA_AUTH';
};
/**
 * A phone number or an email, with the code sent to it: exactly one of `mobile` and `email` (the other must be
 * absent, so passing neither or both does not compile; at run time either is refused with `INVALID_ARGUMENT`).
 *
 * @example
 * ```ts
 * const input: VerifyCodeInput = { mobile: '13800138000', verifyCode: '232326' };
 * ```
 */
export type VerifyCodeInput = {
    mobile: string;
    email?: never;
    verifyCode: string;
} | {
    email: string;
    mobile?: never;
    verifyCode: string;
};
/**
 * What {@link EiamClient.sendSmsCode} takes. `type` is a documented SMS code type; for a newer type of your tenant
 * (upper case, ending in `_SMS`, which the SDK accepts at run time) write `'NEW_TYPE_SMS' as SmsCodeType`.
 *
 * @example
 * ```ts
 * const input: SmsCodeInput = { mobile: '13800138000', type: 'REGISTER_SMS' };
 * ```
 */
export interface SmsCodeInput {
    mobile: string;
    type: SmsCodeType;
    /** From {@link EiamClient.verifyCaptcha}, when the tenant requires the captcha. */
    captchaToken?: string;
}
/**
 * What {@link EiamClient.sendEmailCode} takes. `type` is a documented email code type (a newer one ending in `_EMS`:
 * `'NEW_TYPE_EMS' as EmailCodeType`).
 *
 * @example
 * ```ts
 * const input: EmailCodeInput = { email: 'zhangsan@example.com', type: 'REGISTER_EMS' };
 * ```
 */
export interface EmailCodeInput {
    email: string;
    type: EmailCodeType;
    /** From {@link EiamClient.verifyCaptcha}, when the tenant requires the captcha. */
    captchaToken?: string;
}
/**
 * What {@link EiamClient.codeCooldownLeft} takes: a mobile with an SMS code type, or an email with an email code
 * type, never both.
 *
 * @example
 * ```ts
 * const input: CodeCooldownInput = { email: 'zhangsan@example.com', type: 'REGISTER_EMS' };
 * ```
 */
export type CodeCooldownInput = {
    mobile: string;
    email?: never;
    type: SmsCodeType;
} | {
    email: string;
    mobile?: never;
    type: EmailCodeType;
};
