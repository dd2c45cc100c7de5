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
export declare function typedInput(input: unknown, max: number): string;
