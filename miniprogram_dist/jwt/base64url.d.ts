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
