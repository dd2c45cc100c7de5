export { bytesToBase64Url } from './base64url';

/** How many UTF-16 code units are turned into a string at a time (keeps `fromCharCode.apply` within stack limits). */
const CHUNK = 4096;

/** The byte at `i` when it is an integer 0–255, else -1 (also past the end). */
function byteAt(bytes: number[], i: number): number {
  const b = bytes[i];
  return typeof b === 'number' && b >= 0 && b <= 0xff && Math.floor(b) === b ? b : -1;
}

/** Whether `b` is a continuation byte, 10xxxxxx. */
function isContinuation(b: number): boolean {
  return b >= 0x80 && b <= 0xbf;
}

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
 * surrogate pairs.
 */
export function utf8Decode(bytes: number[]): string | null {
  if (!Array.isArray(bytes)) return null;
  let out = '';
  let units: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b0 = byteAt(bytes, i);
    let cp: number;
    if (b0 < 0) return null;
    if (b0 < 0x80) {
      cp = b0;
      i += 1;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) {
      const b1 = byteAt(bytes, i + 1);
      if (!isContinuation(b1)) return null;
      cp = ((b0 & 0x1f) << 6) | (b1 & 0x3f);
      i += 2;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      const b1 = byteAt(bytes, i + 1);
      const b2 = byteAt(bytes, i + 2);
      // E0 needs A0–BF (no overlongs), ED needs 80–9F (no surrogates).
      const low = b0 === 0xe0 ? 0xa0 : 0x80;
      const high = b0 === 0xed ? 0x9f : 0xbf;
      if (b1 < low || b1 > high || !isContinuation(b2)) return null;
      cp = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      i += 3;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      const b1 = byteAt(bytes, i + 1);
      const b2 = byteAt(bytes, i + 2);
      const b3 = byteAt(bytes, i + 3);
      // F0 needs 90–BF (no overlongs), F4 needs 80–8F (nothing above U+10FFFF).
      const low = b0 === 0xf0 ? 0x90 : 0x80;
      const high = b0 === 0xf4 ? 0x8f : 0xbf;
      if (b1 < low || b1 > high || !isContinuation(b2) || !isContinuation(b3)) return null;
      cp = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
      i += 4;
    } else {
      // 80–BF: a stray continuation byte; C0, C1: always overlong; F5–FF: never valid.
      return null;
    }
    if (cp > 0xffff) {
      cp -= 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else {
      units.push(cp);
    }
    if (units.length >= CHUNK) {
      out += String.fromCharCode.apply(null, units);
      units = [];
    }
  }
  return out + String.fromCharCode.apply(null, units);
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
