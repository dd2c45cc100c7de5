'use strict';

const { randomBytes } = require('node:crypto');

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** An opaque 32-character token like the vendor example `btsiBjx85prcZu6I6Ki057Tmw3nSF2VO`. */
function opaqueToken() {
  const bytes = randomBytes(32);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return out;
}

/** session_token -> user, expiring by the mock clock. */
function createSessions({ clock, expireSec }) {
  const byToken = new Map();

  return {
    byToken,

    create(userId) {
      const token = opaqueToken();
      const record = { token, userId, expiresAt: clock.now() + expireSec() * 1000 };
      byToken.set(token, record);
      return record;
    },

    /** The live session for a token, or undefined. */
    get(token) {
      const record = typeof token === 'string' ? byToken.get(token) : undefined;
      if (!record || clock.now() >= record.expiresAt) return undefined;
      return record;
    },

    remainingSec(record) {
      return Math.max(0, Math.floor((record.expiresAt - clock.now()) / 1000));
    },

    revoke(token) {
      byToken.delete(token);
    },

    clear() {
      byToken.clear();
    },
  };
}

module.exports = { createSessions, opaqueToken };
