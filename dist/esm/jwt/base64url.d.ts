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
export declare function isBase64Url(s: string): boolean;
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
export declare function base64UrlToEscapes(s: string): string | null;
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
export declare function base64UrlToBytes(s: string): number[] | null;
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
export declare function bytesToBase64Url(bytes: number[]): string;
