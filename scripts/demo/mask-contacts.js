// What the demo runner prints is masked like the SDK's own debug lines: no full phone number, no full email.
'use strict';
const { maskEmail, maskMobile } = require('eiam-miniprogram-sdk');

const EMAIL = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)+/g;
// A mainland mobile (optionally behind +86, 0086 or 86) or an international number written with its +.
const PHONE = /(?<![\w+*])(?:(?:(?:\+|00)?86[- ]?)?1\d{10}|\+\d{6,15})(?![\w*])/g;

/**
 * The text with every email and phone number in it masked by the SDK's maskEmail / maskMobile.
 * @param {string} text
 * @returns {string}
 */
function maskContacts(text) {
  return text.replace(EMAIL, (email) => maskEmail(email)).replace(PHONE, (phone) => maskMobile(phone));
}

module.exports = { maskContacts };
