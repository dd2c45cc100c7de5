/** What a masked value shows in place of the hidden characters. */
const STARS = '****';

/** What is shown for a value that has nothing safe to show. */
const HIDDEN = '***';

/** Inputs longer than this are never matched against the mainland pattern (they get the general rule). */
const MAX_PATTERN_INPUT = 24;

/** A mainland number, optionally behind `+86`, `0086` or `86` and a space or dash: prefix, first 3, last 4. */
const MAINLAND = /^((?:\+86|0086|86)?[ -]?)(1\d{2})\d{4}(\d{4})$/;

/**
 * Masks a phone number for logs and screens: a mainland number keeps its prefix, first 3 and last 4 digits.
 *
 * @example
 * ```ts
 * maskMobile('13800138000'); // '138****8000'
 * maskMobile('+86-13800138000'); // '+86-138****8000'
 * maskMobile('+14155552671'); // '+14****71'
 * ```
 * Any other value of 6 or more characters keeps at most its first 3 and last 2 characters (fewer for short values,
 * so that at least half is hidden) around `****`; a shorter non-empty value becomes `***`. The result never holds the
 * whole input, nor more than 12 of its characters. Rule 8 of the reliability catalogue: never log a full number.
 */
export function maskMobile(s: string): string {
  if (typeof s !== 'string') return HIDDEN;
  if (s.length === 0) return '';
  if (s.length <= MAX_PATTERN_INPUT) {
    const m = MAINLAND.exec(s);
    if (m) return (m[1] || '') + (m[2] || '') + STARS + (m[3] || '');
  }
  if (s.length < 6) return HIDDEN;
  const quarter = Math.floor(s.length / 4);
  const head = Math.min(3, quarter);
  const tail = Math.min(2, quarter);
  return s.slice(0, head) + STARS + s.slice(s.length - tail);
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
  if (typeof s !== 'string') return HIDDEN;
  const at = s.lastIndexOf('@');
  if (at < 0) return HIDDEN;
  const local = s.slice(0, at);
  return (local.length >= 2 ? local.charAt(0) : '') + HIDDEN + s.slice(at);
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
