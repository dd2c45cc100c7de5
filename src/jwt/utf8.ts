export { bytesToBase64Url } from './base64url';

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
export function utf8Decode(bytes: number[]): string | null {
  try {
    return decodeURIComponent(
      bytes
        .map((b) => {
          if ((b & 255) !== b) throw 0;
          return '%' + (b | 256).toString(16).slice(1);
        })
        .join(''),
    );
  } catch {
    return null;
  }
}

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
export function utf8Encode(s: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdfff) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (cp <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        cp = 0xfffd;
      }
    }
    if (cp < 0x80) {
      bytes.push(cp);
    } else if (cp < 0x800) {
      bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    } else {
      bytes.push(
        0xf0 | (cp >> 18),
        0x80 | ((cp >> 12) & 0x3f),
        0x80 | ((cp >> 6) & 0x3f),
        0x80 | (cp & 0x3f),
      );
    }
  }
  return bytes;
}
