/**
 * Full-width characters a Chinese input method may produce, each mapped to its ASCII twin by {@link toHalfWidth}:
 * the digits `０`–`９` (U+FF10–U+FF19), `＋` (U+FF0B), `－` (U+FF0D), `．` (U+FF0E), `＠` (U+FF20) and the
 * ideographic (full-width) space U+3000.
 */
const FULL_WIDTH = /[\uFF10-\uFF19\uFF0B\uFF0D\uFF0E\uFF20\u3000]/g;

/**
 * Turns the full-width digits, `＋`, `－`, `．`, `＠` and the ideographic space into ASCII; every other character
 * is kept as it is.
 *
 * @example
 * ```ts
 * toHalfWidth('１３８\u3000００１３－８０００'); // '138 0013-8000'
 * toHalfWidth('ａ＠ｂ．ｃｏ'); // 'ａ@ｂ.ｃｏ' (full-width letters are left alone)
 * ```
 * Linear in the length of `s`; it never throws for a string.
 */
export function toHalfWidth(s: string): string {
  // Full-width forms sit 0xFEE0 above ASCII; the ideographic space is the one exception.
  return s.replace(FULL_WIDTH, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/**
 * What the validators look at: a string of at most `max` characters, trimmed and in half-width ({@link toHalfWidth});
 * `''` for anything else, which no validator accepts.
 *
 * @example
 * ```ts
 * typedInput(' １２３４ ', 64); // '1234'
 * typedInput(42, 64); // ''
 * ```
 * The length is checked first, so that a huge input costs nothing.
 */
export function typedInput(input: unknown, max: number): string {
  return typeof input === 'string' && input.length <= max ? toHalfWidth(input.trim()) : '';
}
