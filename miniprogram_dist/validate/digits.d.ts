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
export declare function toHalfWidth(s: string): string;
