/** The base64url alphabet (RFC 4648 §5), indexed by sextet value. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const HEX = '0123456789abcdef';

/** The length of `s` before its padding, or -1 when `s` is not base64url (see {@link isBase64Url}). */
function dataLength(s: string): number {
  // `\w` is exactly [A-Za-z0-9_] without the `u` flag; the text before the padding cannot hold `=`.
  const m = /^([\w-]*)(=?=?)$/.exec(s);
  const end = m ? (m[1] as string).length : 1;
  return end % 4 === 1 || (m && m[2] && s.length % 4) ? -1 : end;
}

/**
 * Whether `s` is base64url (RFC 4648 §5), checked without decoding it.
 *
 * @example
 * ```ts
 * isBase64Url('eyJhIjoxfQ'); // true
 * isBase64Url('a+b/'); // false: that is base64, not base64url
 * ```
 * Padding is optional; when present it must be one or two `=` that bring the length to a multiple of 4. Rejected:
 * `+`, `/`, any `=` elsewhere, spaces and line breaks, any non-alphabet character, and an unpadded length of
 * 4n + 1 (such a text cannot come from any bytes). The empty string is base64url.
 */
export function isBase64Url(s: string): boolean {
  return dataLength(s) >= 0;
}

/**
 * Decodes base64url (RFC 4648 §5) to its bytes in the form `decodeURIComponent` reads as UTF-8: ASCII bytes other
 * than `%` as their characters, every other byte as a `%XX` escape. `null` when {@link isBase64Url} says no.
 * Never throws.
 *
 * @example
 * ```ts
 * base64UrlToEscapes('eyJhIjoxfQ'); // '{"a":1}'
 * base64UrlToEscapes('5byg'); // '%e5%bc%a0', the UTF-8 bytes of '张'
 * base64UrlToEscapes('a+b/'); // null
 * ```
 * Unused low bits in the last character are ignored, as most decoders do. The empty string decodes to `''`.
 * An ASCII byte inside a multi-byte sequence still makes `decodeURIComponent` throw, so UTF-8 is checked as
 * strictly as with escapes only.
 */
export function base64UrlToEscapes(s: string): string | null {
  const end = dataLength(s);
  if (end < 0) return null;
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    // The sextet of a character the pattern let through: a-z, A-Z, `_`, 0-9, `-`. Only the low bits of `buffer`
    // matter: `<<` drops the high ones, and at most 12 bits are pending.
    buffer = (buffer << 6) | (c > 96 ? c - 71 : c > 90 ? 63 : c > 64 ? c - 65 : c > 47 ? c + 4 : 62);
    bits += 6;
    if (bits > 7) {
      const byte = (buffer >> (bits -= 8)) & 255;
      // A lookup, not `toString(16)` per byte: this loop is most of the SDK's CPU time per sign-in.
      out +=
        byte < 128 && byte !== 37
          ? String.fromCharCode(byte)
          : '%' + HEX.charAt(byte >> 4) + HEX.charAt(byte & 15);
    }
  }
  return out;
}

/**
 * Decodes base64url (RFC 4648 §5) to bytes; `null` when the text is not base64url. Never throws.
 *
 * @example
 * ```ts
 * base64UrlToBytes('eyJhIjoxfQ'); // [123, 34, 97, 34, 58, 49, 125], the bytes of '{"a":1}'
 * base64UrlToBytes('a+b/'); // null: that is base64, not base64url
 * ```
 * Accepts and rejects exactly what {@link base64UrlToEscapes} does. The empty string decodes to `[]`.
 */
export function base64UrlToBytes(s: string): number[] | null {
  const text = base64UrlToEscapes(s);
  if (text === null) return null;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text.charAt(i) === '%') {
      bytes.push(parseInt(text.substr(i + 1, 2), 16));
      i += 2;
    } else bytes.push(text.charCodeAt(i));
  }
  return bytes;
}

/**
 * Encodes bytes as base64url (RFC 4648 §5) without padding, as JWTs use it.
 *
 * @example
 * ```ts
 * bytesToBase64Url([123, 34, 97, 34, 58, 49, 125]); // 'eyJhIjoxfQ'
 * bytesToBase64Url(utf8Encode('{"name":"张三"}')); // 'eyJuYW1lIjoi5byg5LiJIn0'
 * ```
 * Each number is taken modulo 256 (its low 8 bits).
 */
export function bytesToBase64Url(bytes: number[]): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < bytes.length; i++) {
    buffer = ((buffer << 8) | ((bytes[i] as number) & 0xff)) & 0xffff;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += ALPHABET.charAt((buffer >> bits) & 0x3f);
    }
  }
  if (bits > 0) out += ALPHABET.charAt((buffer << (6 - bits)) & 0x3f);
  return out;
}
