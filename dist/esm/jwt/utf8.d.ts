export { bytesToBase64Url } from './base64url.js';
/**
 * Decodes strict UTF-8 to a string; `null` when the bytes are not well-formed UTF-8. Never throws.
 *
 * @example
 * ```ts
 * utf8Decode([0xe5, 0xbc, 0xa0]); // '张'
 * utf8Decode([0xf0, 0x9f, 0x98, 0x80]); // '😀' (the surrogate pair '\uD83D\uDE00')
 * utf8Decode([0xc0, 0x80]); // null: an overlong encoding
 * ```
 * Well-formed means the table of the Unicode Standard §3.9 (D92, table 3-7): rejected are overlong forms, encoded
 * surrogates (U+D800–U+DFFF), code points above U+10FFFF, stray continuation bytes, truncated sequences, and array
 * elements that are not integers 0–255. A byte order mark is kept as U+FEFF. Code points above U+FFFF become
 * surrogate pairs. The work is done by `decodeURIComponent` on `%XX` escapes, which ECMAScript (§19.2.6.1.2
 * Decode) requires to reject exactly those ill-formed sequences with a `URIError`.
 */
export declare function utf8Decode(bytes: number[]): string | null;
/**
 * Encodes a string as UTF-8 bytes.
 *
 * @example
 * ```ts
 * utf8Encode('张'); // [0xe5, 0xbc, 0xa0]
 * utf8Encode('😀'); // [0xf0, 0x9f, 0x98, 0x80]
 * ```
 * Surrogate pairs become one 4-byte sequence; a lone surrogate becomes U+FFFD (`EF BF BD`), as `TextEncoder` does.
 */
export declare function utf8Encode(s: string): number[];
