/** What is shown for a value that has nothing safe to show. */
const HIDDEN = '***';

/**
 * A mainland number, optionally behind `+86`, `0086` or `86` and a space or dash: prefix and first 3, last 4. The
 * middle four may already be `****` (EIAM's `mobile-by-token` answers masked), so masking twice changes nothing.
 */
const MAINLAND = /^((?:\+86|0086|86)?[ -]?1\d\d)[\d*]{4}(\d{4})$/;

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
export function maskMobile(s: string): string {
  if (typeof s !== 'string') return HIDDEN;
  // The pattern runs only on short values (at most 24 characters: anything longer gets the general rule).
  const m = s.length < 25 && MAINLAND.exec(s);
  // Otherwise at most 3 + 2 characters, and never more than a quarter of the value at each end.
  const head = Math.min(3, s.length >> 2);
  return m
    ? m[1] + '****' + m[2]
    : s.length < 6
      ? s && HIDDEN
      : s.slice(0, head) + '****' + s.slice(-Math.min(2, head));
}

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
export function maskEmail(s: string): string {
  const at = typeof s === 'string' ? s.lastIndexOf('@') : -1;
  return at < 0 ? HIDDEN : (at > 1 ? s.charAt(0) : '') + HIDDEN + s.slice(at);
}

/**
 * Replaces a secret (a token, a code, a state token, a fingerprint) with its length only.
 *
 * @example
 * ```ts
 * maskToken('eyJhbGciOiJSUzI1NiJ9.e30.c2ln'); // '[redacted 29]'
 * ```
 * No character of the secret is ever shown; a non-string counts as length 0.
 */
export function maskToken(s: string): string {
  return '[redacted ' + (typeof s === 'string' ? s.length : 0) + ']';
}
