/**
 * Full-width characters a Chinese input method may produce, each mapped to its ASCII twin by {@link toHalfWidth}:
 * the digits `０`–`９` (U+FF10–U+FF19), `＋` (U+FF0B), `－` (U+FF0D), `．` (U+FF0E), `＠` (U+FF20) and the
 * ideographic (full-width) space U+3000.
 */
const FULL_WIDTH = /[\uFF10-\uFF19\uFF0B\uFF0D\uFF0E\uFF20\u3000]/g;

/** The ideographic space U+3000, the one full-width character whose ASCII twin is not at `code - 0xFEE0`. */
const IDEOGRAPHIC_SPACE = 0x3000;

/** Full-width forms (U+FF01–U+FF5E) sit at this fixed distance above ASCII (U+0021–U+007E). */
const FULL_WIDTH_OFFSET = 0xfee0;

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
  return s.replace(FULL_WIDTH, (ch) => {
    const code = ch.charCodeAt(0);
    return String.fromCharCode(code === IDEOGRAPHIC_SPACE ? 0x20 : code - FULL_WIDTH_OFFSET);
  });
}
