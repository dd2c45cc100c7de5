import { toHalfWidth } from './digits';

/** Longest raw input looked at (before trimming); anything longer is rejected before any other work. */
const MAX_INPUT_LENGTH = 1024;

/** Longest address (RFC 5321 path limit less the angle brackets). */
const MAX_ADDRESS_LENGTH = 254;

/** Longest local part (RFC 5321 §4.5.3.1.1). */
const MAX_LOCAL_LENGTH = 64;

/** Longest domain label (RFC 1035). */
const MAX_LABEL_LENGTH = 63;

/** The local-part characters of the WHATWG `input[type=email]` grammar. One character class: no backtracking. */
const LOCAL_PART = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+$/;

/** The characters of a domain label. One character class: no backtracking. */
const LABEL_CHARS = /^[a-zA-Z0-9-]+$/;

/** Whether `label` is a WHATWG domain label: 1–63 letters, digits or dashes, not starting or ending with a dash. */
function isLabel(label: string): boolean {
  return (
    label.length > 0 &&
    label.length <= MAX_LABEL_LENGTH &&
    LABEL_CHARS.test(label) &&
    label.charAt(0) !== '-' &&
    label.charAt(label.length - 1) !== '-'
  );
}

/**
 * Parses an email address as a user types it; the normalised address, or `null` when it is not one.
 *
 * @example
 * ```ts
 * parseEmail(' A.B+tag@Example.COM '); // 'A.B+tag@example.com'
 * parseEmail('a@b..c'); // null
 * ```
 * The input is trimmed and full-width `＠`, `．`, digits and spaces become ASCII ({@link toHalfWidth}). The address
 * must then be at most 254 characters with a local part of at most 64 (both checked before any pattern), and have
 * the shape of the WHATWG `input[type=email]` grammar: one `@`, a local part of letters, digits and
 * ``.!#$%&'*+/=?^_`{|}~-``, and a domain of dot-separated labels of 1–63 letters, digits or inner dashes (so
 * `a@b..c` and `a@b.` fail; a dotless domain such as `a@localhost` passes, as in browsers). The domain is returned
 * lower-cased, the local part exactly as typed. Non-strings and strings over 1,024 characters give `null`.
 *
 * It never throws, and uses no backtracking pattern: linear time, at most about a thousand characters looked at.
 */
export function parseEmail(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > MAX_INPUT_LENGTH) return null;
  const address = toHalfWidth(input.trim());
  if (address.length > MAX_ADDRESS_LENGTH) return null;
  const at = address.indexOf('@');
  if (at <= 0 || at > MAX_LOCAL_LENGTH || address.indexOf('@', at + 1) !== -1) return null;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (!LOCAL_PART.test(local)) return null;
  const labels = domain.split('.');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label === undefined || !isLabel(label)) return null;
  }
  return local + '@' + domain.toLowerCase();
}
