import { toHalfWidth } from './digits';

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

/** Longest raw input looked at; anything longer is rejected before any other work. */
const MAX_INPUT_LENGTH = 32;

/** A mainland China mobile number: 11 digits, `1`, then 3–9. */
const MAINLAND = /^1[3-9]\d{9}$/;

/** A mainland number behind one of the accepted prefixes (`+86`, `0086`, `86`): the 11 digits are captured. */
const PREFIXED_MAINLAND = /^(?:\+86|0086|86)(\d{11})$/;

/** E.164: `+`, a first digit 1–9, 8 to 15 digits in all. */
const INTERNATIONAL = /^\+[1-9]\d{7,14}$/;

/** The separators users type inside a number and that are dropped: the space and the dash. */
const SEPARATORS = /[ -]/g;

/**
 * Every two-digit ITU-T E.164 country calling code (20 Egypt, 27 South Africa, 30–49 Europe but 35x/37x/38x/42x,
 * 51–58 the Americas, 60–66, 81, 82, 84, 86, 90–95, 98). With `1` and `7` (one digit) these are the only codes
 * that are not three digits long, and the codes are prefix-free, so the split of a number is unambiguous.
 */
const TWO_DIGIT_CODE = /^(?:2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58])/;

/** The length of the country calling code that starts `digits` (the E.164 number without `+`). */
function countryCodeLength(digits: string): number {
  const first = digits.charAt(0);
  if (first === '1' || first === '7') return 1;
  return TWO_DIGIT_CODE.test(digits) ? 2 : 3;
}

/** A {@link ParsedMobile} from a country code and a national number. */
function parsed(countryCode: string, national: string): ParsedMobile {
  return { countryCode, national, e164: '+' + countryCode + national };
}

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
 * - the input is trimmed, full-width digits, `＋`, `－` and spaces become ASCII ({@link toHalfWidth}), and spaces
 *   and dashes are dropped; parentheses and any other character make it invalid;
 * - a bare 11-digit number is a mainland China number and must match `1[3-9]` + 9 digits;
 * - `+86`, `0086` or `86` may precede those 11 digits (`+86-13800138000` too); a `+86` number that is not a valid
 *   mainland number is rejected;
 * - any other number must be E.164: `+`, a first digit 1–9, 8 to 15 digits in all. Its country code is split off
 *   with the ITU-T code lengths (a three-digit code is not checked to be assigned).
 *
 * It never throws, and takes constant time on any input.
 */
export function parseMobile(input: unknown): ParsedMobile | null {
  if (typeof input !== 'string' || input.length > MAX_INPUT_LENGTH) return null;
  const compact = toHalfWidth(input.trim()).replace(SEPARATORS, '');
  if (MAINLAND.test(compact)) return parsed('86', compact);
  const prefixed = PREFIXED_MAINLAND.exec(compact);
  if (prefixed) {
    const national = prefixed[1];
    return national !== undefined && MAINLAND.test(national) ? parsed('86', national) : null;
  }
  if (compact.slice(0, 3) === '+86' || !INTERNATIONAL.test(compact)) return null;
  const digits = compact.slice(1);
  const length = countryCodeLength(digits);
  return parsed(digits.slice(0, length), digits.slice(length));
}

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
export function formatMobile(m: ParsedMobile, format: MobileFormat): string {
  if (format === 'national' && m.countryCode === '86') return m.national;
  if (format === 'e164-dash') return '+' + m.countryCode + '-' + m.national;
  return '+' + m.countryCode + m.national;
}
