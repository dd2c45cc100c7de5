/** The values the tests share: one place, so a change of fixture is one edit. */
export const MOBILE = '13800138000';
export const MOBILE_WIRE = '13800138000';
export const MOBILE_KEY = '+86-13800138000';
export const OTHER_MOBILE = '13900139000';
export const EMAIL = 'zhangsan@example.com';
export const OPENID = 'o-test-openid';
export const NAME_ZH = '张三';
