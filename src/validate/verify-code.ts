import { toHalfWidth } from './digits';

/** Longest raw input looked at (before trimming); anything longer is rejected before any other work. */
const MAX_INPUT_LENGTH = 64;

/** A verification code: 4 to 8 ASCII digits. */
const CODE = /^\d{4,8}$/;

/**
 * Parses an SMS or email verification code as a user types it; the code, or `null` when it is not one.
 *
 * @example
 * ```ts
 * parseVerifyCode(' 123456 '); // '123456'
 * parseVerifyCode('１２３４５６'); // '123456'
 * parseVerifyCode('12a456'); // null
 * ```
 * The input is trimmed and full-width digits become ASCII ({@link toHalfWidth}); the result must then be 4 to 8
 * digits (the length is checked before the pattern). Non-strings and strings over 64 characters give `null`.
 * It never throws, and takes constant time on any input.
 */
export function parseVerifyCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > MAX_INPUT_LENGTH) return null;
  const code = toHalfWidth(input.trim());
  if (code.length < 4 || code.length > 8) return null;
  return CODE.test(code) ? code : null;
}
