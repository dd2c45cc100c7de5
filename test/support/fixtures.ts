/** The values the tests share: one place, so a change of fixture is one edit. */
export const MOBILE = '13800138000';
export const MOBILE_WIRE = '13800138000';
export const MOBILE_KEY = '+86-13800138000';
export const OTHER_MOBILE = '13900139000';
export const EMAIL = 'zhangsan@example.com';
export const OPENID = 'o-test-openid';
export const NAME_ZH = '张三';
export const MOBILE_E164 = '+8613800138000';
export const FOREIGN_MOBILE = '+14155552671';
/** The user's mobile masked as a server may answer mobile-by-token. */
export const MASKED_MOBILE_KEY = '+86-138****8000';
/** A masked mobile the server never gave. */
export const OTHER_MASKED_MOBILE_KEY = '+86-139****9000';
export const USER_NAME = 'zhangsan';
export const PASSWORD = 'S3cret!pass';
/** A well-formed verify code the mock never sent. */
export const SOME_CODE = '123456';
/** A well-formed phone-button code. */
export const SOME_PHONE_CODE = 'wx-phone-code-0001';
/** The state token a faulted bind answer hands over for the MFA step. */
export const MFA_STATE_TOKEN = 'mfa-state-token-from-bind-0001';

/** Inputs the SDK must refuse before any request (none of them may reappear in an error). */
export const BAD_MOBILES = [
  '1380013800',
  '23800138000',
  '+8612800138000',
  '+86 1380013800',
  '+1 (415) 555-2671',
  '138-0013-8000-1234-5678-9012-3456-7890',
  'tel:13800138000',
];
export const BAD_EMAILS = [
  'zhangsan@',
  'zhangsan.example.com',
  'zhang san@example.com',
  'zhangsan@@example.com',
  'zhangsan@exa_mple.com',
  `${'z'.repeat(65)}@example.com`,
];
export const BAD_CODES = ['12a456', '123', '123456789', '12 3456', '１２３', 'abcdef', '-123456'];
