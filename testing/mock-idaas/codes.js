'use strict';

const { randomBytes, randomInt } = require('node:crypto');
const { ApiError } = require('./errors');
const { normalizeRecipient, normalizeMobile } = require('./identifiers');

/**
 * One-time secrets the mock hands out: SMS / email verify codes (with the outbox that "delivers" them), and the
 * codes the WeChat phone-number button would give. A new verify code for the same recipient and type replaces
 * the previous one, as a tenant keeping one code per (type, recipient) does.
 */
function createCodes({ clock, ttlMs, onDeliver }) {
  const outbox = [];
  const latest = new Map(); // `${type}|${to}` -> { code, expiresAt, used }
  const phoneCodes = new Map(); // wechat_code -> { mobile, expiresAt, used }

  return {
    outbox,

    deliver(channel, to, type) {
      const code = String(randomInt(0, 1000000)).padStart(6, '0');
      const at = clock.now();
      latest.set(`${type}|${to}`, { code, expiresAt: at + ttlMs(), used: false });
      const message = { channel, to, type, code, at };
      outbox.push(message);
      onDeliver(message);
      return code;
    },

    /** Throws PARAM verify_code unless `code` is the live code for (to, type). Returns a consume function. */
    check(to, type, code) {
      if (typeof code !== 'string') throw new ApiError(code === undefined ? 'BLANK' : 'TYPE', 'verify_code');
      if (code === '') throw new ApiError('BLANK', 'verify_code');
      const record = latest.get(`${type}|${to}`);
      if (!record || record.used || record.code !== code) throw new ApiError('PARAM', 'verify_code');
      if (clock.now() >= record.expiresAt) throw new ApiError('EXPIRED', 'verify_code');
      return () => {
        record.used = true;
      };
    },

    lastCode(to) {
      const key = normalizeRecipient(to) || to;
      for (let i = outbox.length - 1; i >= 0; i -= 1) if (outbox[i].to === key) return outbox[i].code;
      return undefined;
    },

    issuePhoneCode(mobile) {
      const normalized = normalizeMobile(mobile);
      if (!normalized) throw new TypeError(`issuePhoneCode: not a mobile: ${mobile}`);
      const code = `wxphone.${randomBytes(12).toString('hex')}`;
      phoneCodes.set(code, { mobile: normalized, expiresAt: clock.now() + ttlMs(), used: false });
      return code;
    },

    /** Resolves a wechat_code to its mobile; throws unless it is live. Returns { mobile, consume }. */
    checkPhoneCode(code) {
      if (typeof code !== 'string') throw new ApiError(code === undefined ? 'BLANK' : 'TYPE', 'wechat_code');
      if (code === '') throw new ApiError('BLANK', 'wechat_code');
      const record = phoneCodes.get(code);
      if (!record || record.used) throw new ApiError('PARAM', 'wechat_code');
      if (clock.now() >= record.expiresAt) throw new ApiError('EXPIRED', 'wechat_code');
      return {
        mobile: record.mobile,
        consume() {
          record.used = true;
        },
      };
    },

    clear() {
      outbox.length = 0;
      latest.clear();
      phoneCodes.clear();
    },
  };
}

module.exports = { createCodes };
