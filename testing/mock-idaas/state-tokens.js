'use strict';

const { createHmac, randomBytes, randomUUID, timingSafeEqual } = require('node:crypto');
const { ApiError } = require('./errors');

function b64url(value) {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

/**
 * HS256 state tokens. Each token is also recorded server-side (by jti) so that it can be single use and expire
 * by the mock clock to the millisecond, whatever the rounding of the `exp` claim.
 */
function createStateTokens({ clock, ttlMs }) {
  const secret = randomBytes(32);
  const issued = new Map();

  function sign(header, payload) {
    const input = `${b64url(header)}.${b64url(payload)}`;
    const sig = createHmac('sha256', secret).update(input).digest('base64url');
    return `${input}.${sig}`;
  }

  return {
    /** purpose: 'bind' | 'mfa'; fields: { openid, uid? } */
    issue(purpose, fields) {
      const now = clock.now();
      const jti = randomUUID();
      const expiresAt = now + ttlMs();
      issued.set(jti, { purpose, expiresAt, used: false, fields });
      const payload = {
        ...fields,
        purpose,
        jti,
        iat: Math.floor(now / 1000),
        exp: Math.ceil(expiresAt / 1000),
      };
      return sign({ alg: 'HS256', typ: 'JWT' }, payload);
    },

    /** Returns the payload or throws the STATE_TOKEN ApiError. Does not consume. */
    verify(token, purpose) {
      if (typeof token !== 'string' || token.length > 4096) throw new ApiError('STATE_TOKEN');
      const parts = token.split('.');
      if (parts.length !== 3) throw new ApiError('STATE_TOKEN');
      const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
      const given = Buffer.from(parts[2], 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw new ApiError('STATE_TOKEN');
      }
      let payload;
      try {
        payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
      } catch {
        throw new ApiError('STATE_TOKEN');
      }
      const record = issued.get(payload.jti);
      if (!record || record.used || record.purpose !== purpose || payload.purpose !== purpose) {
        throw new ApiError('STATE_TOKEN');
      }
      if (clock.now() >= record.expiresAt) throw new ApiError('STATE_TOKEN');
      return payload;
    },

    /** The fields of every token of this purpose that is still usable (unused, unexpired), newest first. */
    live(purpose) {
      const now = clock.now();
      return [...issued.values()]
        .filter((r) => r.purpose === purpose && !r.used && now < r.expiresAt)
        .map((r) => r.fields)
        .reverse();
    },

    consume(payload) {
      const record = issued.get(payload.jti);
      if (record) record.used = true;
    },

    clear() {
      issued.clear();
    },
  };
}

module.exports = { createStateTokens };
