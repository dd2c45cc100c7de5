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
 * digits. Non-strings and strings over 64 characters give `null`.
 * It never throws, and takes constant time on any input.
 */
export declare function parseVerifyCode(input: unknown): string | null;
