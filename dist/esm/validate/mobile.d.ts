/**
 * A mobile number that {@link parseMobile} accepted, split into its parts.
 *
 * @example
 * ```ts
 * const m: ParsedMobile = { countryCode: '86', national: '13800138000', e164: '+8613800138000' };
 * ```
 */
export interface ParsedMobile {
    /** The country calling code without `+`, e.g. `'86'` or `'44'`. */
    countryCode: string;
    /** The number after the country code, digits only, e.g. `'13800138000'`. */
    national: string;
    /** `+`, the country code and the national number, e.g. `'+8613800138000'`. */
    e164: string;
}
/**
 * How {@link formatMobile} writes a number.
 *
 * @example
 * ```ts
 * const format: MobileFormat = 'e164-dash'; // '+86-13800138000', the form EIAM shows
 * ```
 * - `'national'`: a mainland number as its 11 digits (`'13800138000'`), any other as E.164 (`'+14155552671'`).
 * - `'e164'`: `'+8613800138000'`.
 * - `'e164-dash'`: `'+86-13800138000'`.
 */
export type MobileFormat = 'national' | 'e164' | 'e164-dash';
/**
 * Parses a mobile number as a user types it; `null` when it is not one.
 *
 * @example
 * ```ts
 * parseMobile('+86 138-0013-8000'); // { countryCode: '86', national: '13800138000', e164: '+8613800138000' }
 * parseMobile('+447911123456'); // { countryCode: '44', national: '7911123456', e164: '+447911123456' }
 * parseMobile('1380013800'); // null
 * ```
 * Rules, in order:
 * - a non-string, or a string longer than 32 characters, is rejected before anything else;
 * - the input is trimmed, full-width digits, `＋`, `－` and spaces become ASCII ({@link toHalfWidth}), and spaces,
 *   dashes and the invisible characters a copy from the phone's contacts brings along (no-break space, zero-width
 *   and direction marks, as iOS wraps a copied number in U+202D … U+202C) are dropped; parentheses and any other
 *   character make it invalid;
 * - a bare 11-digit number is a mainland China number and must match `1[3-9]` + 9 digits;
 * - `+86`, `0086` or `86` may precede those 11 digits (`+86-13800138000` too); a `+86` number that is not a valid
 *   mainland number is rejected;
 * - any other number must be E.164: `+`, a first digit 1–9, 8 to 15 digits in all. Its country code is split off
 *   with the ITU-T code lengths (a three-digit code is not checked to be assigned).
 *
 * It never throws, and takes constant time on any input.
 */
export declare function parseMobile(input: unknown): ParsedMobile | null;
/**
 * Writes a parsed mobile number in the given format.
 *
 * @example
 * ```ts
 * const m = parseMobile('13800138000')!;
 * formatMobile(m, 'national'); // '13800138000'
 * formatMobile(m, 'e164'); // '+8613800138000'
 * formatMobile(m, 'e164-dash'); // '+86-13800138000'
 * formatMobile(parseMobile('+14155552671')!, 'national'); // '+14155552671' (only mainland numbers drop the code)
 * ```
 */
export declare function formatMobile(m: ParsedMobile, format: MobileFormat): string;
