/** The base64url alphabet (RFC 4648 §5), indexed by sextet value. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Decodes base64url (RFC 4648 §5) to its bytes written as `%XX` escapes, the form `decodeURIComponent` reads as
 * UTF-8; `null` when the text is not base64url. Never throws.
 *
 * @example
 * ```ts
 * base64UrlToEscapes('eyJhIjoxfQ'); // '%7b%22%61%22%3a%31%7d', the bytes of '{"a":1}'
 * base64UrlToEscapes('a+b/'); // null: that is base64, not base64url
 * ```
 * Padding is optional; when present it must be one or two `=` that bring the length to a multiple of 4. Rejected:
 * `+`, `/`, any `=` elsewhere, spaces and line breaks, any non-alphabet character, and an unpadded length of
 * 4n + 1 (such a text cannot come from any bytes). Unused low bits in the last character are ignored, as most
 * decoders do. The empty string decodes to `''`.
 */
export function base64UrlToEscapes(s: string): string | null {
  // `\w` is exactly [A-Za-z0-9_] without the `u` flag; the text before the padding cannot hold `=`.
  const m = /^([\w-]*)(=?=?)$/.exec(s);
  const end = m ? (m[1] as string).length : 1;
  if (end % 4 === 1 || (m && m[2] && s.length % 4)) return null;
  let escapes = '';
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    // The sextet of a character the pattern let through: a-z, A-Z, `_`, 0-9, `-`. Only the low bits of `buffer`
    // matter: `<<` drops the high ones, and at most 12 bits are pending.
    buffer = (buffer << 6) | (c > 96 ? c - 71 : c > 90 ? 63 : c > 64 ? c - 65 : c > 47 ? c + 4 : 62);
    bits += 6;
    if (bits > 7) escapes += '%' + (((buffer >> (bits -= 8)) & 255) | 256).toString(16).slice(1);
  }
  return escapes;
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
  const escapes = base64UrlToEscapes(s);
  return escapes === null
    ? null
    : escapes
        .split('%')
        .slice(1)
        .map((hex) => parseInt(hex, 16));
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
