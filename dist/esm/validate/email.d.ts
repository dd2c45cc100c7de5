/**
 * Parses an email address as a user types it; the normalised address, or `null` when it is not one.
 *
 * @example
 * ```ts
 * parseEmail(' A.B+tag@Example.COM '); // 'A.B+tag@example.com'
 * parseEmail('a@b..c'); // null
 * ```
 * The input is trimmed and full-width `＠`, `．`, digits and spaces become ASCII ({@link toHalfWidth}). The address
 * must then be at most 254 characters (checked before the pattern) with a local part of at most 64, and have
 * the shape of the WHATWG `input[type=email]` grammar: one `@`, a local part of letters, digits and
 * ``.!#$%&'*+/=?^_`{|}~-``, and a domain of dot-separated labels of 1–63 letters, digits or inner dashes (so
 * `a@b..c` and `a@b.` fail; a dotless domain such as `a@localhost` passes, as in browsers). The domain is returned
 * lower-cased, the local part exactly as typed. Non-strings and strings over 1,024 characters give `null`.
 *
 * It never throws, and looks at no more than 1,024 characters (the pattern at no more than 254).
 */
export declare function parseEmail(input: unknown): string | null;
