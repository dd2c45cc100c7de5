/** The documented SMS code types; tenants may have newer ones ending in `_SMS`. */
export const SMS_CODE_TYPES = [
  'LOGIN_SMS',
  'REGISTER_SMS',
  'MFA_AUTH_SMS',
  'FORGET_PWD_SMS',
  'CHANGE_PWD_SMS',
  'BIND_MOBILE_SMS',
  'UPDATE_PWD_SMS',
  'UPDATE_MOBILE_SMS',
] as const;

/** The documented email code types; tenants may have newer ones ending in `_EMS`. */
export const EMAIL_CODE_TYPES = [
  'LOGIN_EMS',
  'REGISTER_EMS',
  'MFA_AUTH_EMS',
  'FORGET_PWD_EMS',
  'CHANGE_PWD_EMS',
  'BIND_EMAIL_EMS',
  'UPDATE_EMAIL_EMS',
] as const;

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
  if (typeof type !== 'string' || type.length > 64) return false;
  const known: readonly string[] = channel === 'sms' ? SMS_CODE_TYPES : EMAIL_CODE_TYPES;
  if (known.indexOf(type) >= 0) return true;
  return new RegExp(`^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*_${channel === 'sms' ? 'SMS' : 'EMS'}$`).test(type);
}
