/** The types both channels have; each channel adds its own and its suffix. */
const COMMON_TYPES = 'LOGIN REGISTER MFA_AUTH FORGET_PWD CHANGE_PWD ';

/** The documented code types of a channel: the common ones, then `more`, each with `suffix`. */
function codeTypes(more: string, suffix: string): unknown {
  return (COMMON_TYPES + more).split(' ').map((type) => type + suffix);
}

/** The documented SMS code types; tenants may have newer ones ending in `_SMS`. */
export const SMS_CODE_TYPES = codeTypes('BIND_MOBILE UPDATE_PWD UPDATE_MOBILE', '_SMS') as readonly [
  'LOGIN_SMS',
  'REGISTER_SMS',
  'MFA_AUTH_SMS',
  'FORGET_PWD_SMS',
  'CHANGE_PWD_SMS',
  'BIND_MOBILE_SMS',
  'UPDATE_PWD_SMS',
  'UPDATE_MOBILE_SMS',
];

/** The documented email code types; tenants may have newer ones ending in `_EMS`. */
export const EMAIL_CODE_TYPES = codeTypes('BIND_EMAIL UPDATE_EMAIL', '_EMS') as readonly [
  'LOGIN_EMS',
  'REGISTER_EMS',
  'MFA_AUTH_EMS',
  'FORGET_PWD_EMS',
  'CHANGE_PWD_EMS',
  'BIND_EMAIL_EMS',
  'UPDATE_EMAIL_EMS',
];

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
export function isCodeType(type: unknown, channel: 'sms' | 'email'): type is string {
  // Every documented type has this shape, so the lists need not be searched.
  return (
    typeof type === 'string' &&
    type.length < 65 &&
    /^[A-Z][A-Z\d]*(_[A-Z\d]+)*_[SE]MS$/.test(type) &&
    type.charAt(type.length - 3) === (channel === 'sms' ? 'S' : 'E')
  );
}
