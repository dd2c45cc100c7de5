'use strict';

const { randomBytes, randomUUID } = require('node:crypto');
const { ApiError } = require('./errors');
const { renderCaptcha, randomGapX } = require('./captcha-images');

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A 16-character key like the EIAM example's `secretKey` `yMXC583dP4R7uhmq`. */
function secretKey() {
  let out = '';
  for (const b of randomBytes(16)) out += KEY_ALPHABET[b % KEY_ALPHABET.length];
  return out;
}

/**
 * Slider captchas and the captcha_tokens a solved one yields (bound to the sender, single use). As the vendor's
 * examples show: the puzzle `token` is 32 hex digits, `secretKey` is not empty (the point is still sent in clear), and
 * a captcha_token is the puzzle token, `---` and the point_json as sent: `71dd2699…---{"x":237.0,"y":5.0}`.
 */
function createCaptchas({ clock, ttlMs, tolerance }) {
  const puzzles = new Map(); // token -> { x, expiresAt }
  const passes = new Map(); // captcha_token -> { sender, expiresAt, used }

  return {
    create() {
      const token = randomUUID().replace(/-/g, '');
      const x = randomGapX();
      puzzles.set(token, { x, expiresAt: clock.now() + ttlMs() });
      return { token, secretKey: secretKey(), ...renderCaptcha(x), result: false };
    },

    answer(token) {
      const puzzle = puzzles.get(token);
      if (!puzzle)
        throw new Error('captchaAnswer: no live captcha with this token (unknown, or already verified)');
      return puzzle.x;
    },

    /**
     * Checks a slider answer (`x` from `pointJson`, the point_json as sent); the puzzle dies whatever the outcome.
     * Returns a captcha_token: `${token}---${pointJson}`.
     */
    verify(token, x, sender, pointJson) {
      const puzzle = puzzles.get(token);
      puzzles.delete(token);
      if (!puzzle || clock.now() >= puzzle.expiresAt) throw new ApiError('CAPTCHA', 'expired');
      if (!(Math.abs(x - puzzle.x) <= tolerance())) throw new ApiError('CAPTCHA');
      const captchaToken = `${token}---${pointJson}`;
      passes.set(captchaToken, { sender, expiresAt: clock.now() + ttlMs(), used: false });
      return captchaToken;
    },

    /** Consumes a captcha_token for a send to `recipient`, or throws PARAM captcha_token. */
    redeem(captchaToken, recipient) {
      const pass = typeof captchaToken === 'string' ? passes.get(captchaToken) : undefined;
      if (!pass || pass.used || pass.sender !== recipient || clock.now() >= pass.expiresAt) {
        throw new ApiError('PARAM', 'captcha_token');
      }
      pass.used = true;
    },

    clear() {
      puzzles.clear();
      passes.clear();
    },
  };
}

module.exports = { createCaptchas };
