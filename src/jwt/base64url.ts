/** The base64url alphabet (RFC 4648 §5), indexed by sextet value. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The padding character, `=`. */
const PAD = 0x3d;

/** The sextet value of a base64url character code, or -1 for any other character (`+`, `/`, `=`, spaces ...). */
function sextet(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code - 0x41; // A-Z
  if (code >= 0x61 && code <= 0x7a) return code - 0x61 + 26; // a-z
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 52; // 0-9
  if (code === 0x2d) return 62; // -
  if (code === 0x5f) return 63; // _
  return -1;
}

/**
 * Decodes base64url (RFC 4648 §5) to bytes; `null` when the text is not base64url. Never throws.
 *
 * @example
 * ```ts
 * base64UrlToBytes('eyJhIjoxfQ'); // [123, 34, 97, 34, 58, 49, 125], the bytes of '{"a":1}'
 * base64UrlToBytes('a+b/'); // null: that is base64, not base64url
 * ```
 * Padding is optional; when present it must be one or two `=` that bring the length to a multiple of 4. Rejected:
 * `+`, `/`, any `=` elsewhere, spaces and line breaks, any non-alphabet character, and an unpadded length of
 * 4n + 1 (such a text cannot come from any bytes). Unused low bits in the last character are ignored, as most
 * decoders do. The empty string decodes to `[]`.
 */
export function base64UrlToBytes(s: string): number[] | null {
  if (typeof s !== 'string') return null;
  let end = s.length;
  while (end > 0 && s.length - end < 2 && s.charCodeAt(end - 1) === PAD) end--;
  if (end < s.length && s.length % 4 !== 0) return null;
  if (end % 4 === 1) return null;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < end; i++) {
    const value = sextet(s.charCodeAt(i));
    if (value < 0) return null;
    buffer = ((buffer << 6) | value) & 0xfff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
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
