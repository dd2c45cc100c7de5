/**
 * Masks a phone number for logs and screens: a mainland number keeps its prefix, first 3 and last 4 digits.
 *
 * @example
 * ```ts
 * maskMobile('13800138000'); // '138****8000'
 * maskMobile('+86-13800138000'); // '+86-138****8000'
 * maskMobile('+86-138****8000'); // '+86-138****8000' (already masked)
 * maskMobile('+14155552671'); // '+14****71'
 * ```
 * Any other value of 6 or more characters keeps at most its first 3 and last 2 characters (fewer for short values,
 * so that at least half is hidden) around `****`; a shorter non-empty value becomes `***`. The result never holds the
 * whole input (unless that was a mainland number masked already), nor more than 12 of its characters. Rule 8 of the reliability catalogue: never log a full number.
 */
export declare function maskMobile(s: string): string;
/**
 * Masks an email address for logs and screens: the first character of the local part and the domain stay.
 *
 * @example
 * ```ts
 * maskEmail('zhangsan@qq.com'); // 'z***@qq.com'
 * maskEmail('not an email'); // '***'
 * ```
 * A local part of one character is hidden entirely (`'***@qq.com'`); a value without `@` becomes `***`.
 */
export declare function maskEmail(s: string): string;
/**
 * Replaces a secret (a token, a code, a state token, a fingerprint) with its length only.
 *
 * @example
 * ```ts
 * maskToken('eyJhbGciOiJSUzI1NiJ9.e30.c2ln'); // '[redacted 29]'
 * ```
 * No character of the secret is ever shown; a non-string counts as length 0.
 */
export declare function maskToken(s: string): string;
