'use strict';

// E.164 country codes are prefix-free: 1 and 7 are one digit, these are two digits, everything else is three.
const TWO_DIGIT_CODES = new Set(
  (
    '20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 ' +
    '81 82 84 86 90 91 92 93 94 95 98'
  ).split(' '),
);

function countryCodeLength(digits) {
  if (digits[0] === '1' || digits[0] === '7') return 1;
  return TWO_DIGIT_CODES.has(digits.slice(0, 2)) ? 2 : 3;
}

function toAsciiDigits(text) {
  return text.replace(/[\uff10-\uff19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xff10 + 48));
}

/**
 * Normalises a mobile the way the mock server keys identities: `+86-13800138000` style.
 * Accepts `13800138000`, `+8613800138000`, `+86-13800138000`, `+86 138-0013-8000`, `+14155552671`, full-width digits.
 * Returns null when it is not a mobile.
 */
function normalizeMobile(input) {
  if (typeof input !== 'string' || input.length > 40) return null;
  const text = toAsciiDigits(input.trim()).replace(/\uff0b/g, '+');
  const explicit = /^\+(\d{1,3})-(\d[\d\s-]*)$/.exec(text);
  let cc;
  let national;
  if (explicit) {
    cc = explicit[1];
    national = explicit[2].replace(/[\s-]/g, '');
  } else {
    const compact = text.replace(/[\s\-()]/g, '');
    if (/^1\d{10}$/.test(compact)) {
      cc = '86';
      national = compact;
    } else if (/^\+\d+$/.test(compact)) {
      const digits = compact.slice(1);
      const len = countryCodeLength(digits);
      cc = digits.slice(0, len);
      national = digits.slice(len);
    } else {
      return null;
    }
  }
  if (!/^\d+$/.test(national) || cc[0] === '0') return null;
  if (cc === '86') {
    if (!/^1[3-9]\d{9}$/.test(national)) return null;
  } else if (national.length < 4 || national.length > 14) {
    return null;
  }
  return `+${cc}-${national}`;
}

function normalizeEmail(input) {
  if (typeof input !== 'string') return null;
  const text = input.trim().toLowerCase();
  if (text.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return null;
  return text;
}

/** A mobile or an email, normalised; null when it is neither. */
function normalizeRecipient(input) {
  if (typeof input === 'string' && input.includes('@')) return normalizeEmail(input);
  return normalizeMobile(input);
}

/** `+86-138****8000`, `z***@example.com`: what the CLI prints instead of a full recipient. */
function maskRecipient(recipient) {
  const text = String(recipient);
  const at = text.indexOf('@');
  if (at >= 0) return `${text.slice(0, Math.min(1, at))}***${text.slice(at)}`;
  const dash = text.indexOf('-');
  const prefix = dash >= 0 ? text.slice(0, dash + 1) : '';
  const national = text.slice(prefix.length);
  if (national.length <= 4) return `${prefix}****`;
  const keep = national.length >= 11 ? 3 : 1;
  return `${prefix}${national.slice(0, keep)}****${national.slice(-4)}`;
}

module.exports = { normalizeMobile, normalizeEmail, normalizeRecipient, maskRecipient };
