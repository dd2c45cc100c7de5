/** The documented SMS code types; tenants may have newer ones ending in `_SMS`. */
export declare const SMS_CODE_TYPES: readonly ["LOGIN_SMS", "REGISTER_SMS", "MFA_AUTH_SMS", "FORGET_PWD_SMS", "CHANGE_PWD_SMS", "BIND_MOBILE_SMS", "UPDATE_PWD_SMS", "UPDATE_MOBILE_SMS"];
/** The documented email code types; tenants may have newer ones ending in `_EMS`. */
export declare const EMAIL_CODE_TYPES: readonly ["LOGIN_EMS", "REGISTER_EMS", "MFA_AUTH_EMS", "FORGET_PWD_EMS", "CHANGE_PWD_EMS", "BIND_EMAIL_EMS", "UPDATE_EMAIL_EMS"];
export type SmsCodeType = (typeof SMS_CODE_TYPES)[number];
export type EmailCodeType = (typeof EMAIL_CODE_TYPES)[number];
/**
 * @example
 * ```ts
 * isCodeType('REGISTER_SMS', 'sms'); // true
 * isCodeType('REGISTER_SMS', 'email'); // false
 * ```
 * Whether `type` is a code type of the channel: a documented one, or an unknown one in the same shape
 * (`UPPER_CASE` ending in `_SMS` or `_EMS`) for tenants with newer types.
 */
export declare function isCodeType(type: unknown, channel: 'sms' | 'email'): type is string;
