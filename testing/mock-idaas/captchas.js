'use strict';

const { randomBytes, randomUUID } = require('node:crypto');
const { ApiError } = require('./errors');
const { renderCaptcha, randomGapX } = require('./captcha-images');

/** Slider captchas and the captcha_tokens a solved one yields (bound to the sender, single use). */
function createCaptchas({ clock, ttlMs, tolerance }) {
  const puzzles = new Map(); // token -> { x, expiresAt }
  const passes = new Map(); // captcha_token -> { sender, expiresAt, used }

  return {
    create() {
      const token = randomUUID().replace(/-/g, '');
      const x = randomGapX();
      puzzles.set(token, { x, expiresAt: clock.now() + ttlMs() });
      return { token, secretKey: '', ...renderCaptcha(x), result: false };
    },

    answer(token) {
      const puzzle = puzzles.get(token);
      if (!puzzle)
        throw new Error('captchaAnswer: no live captcha with this token (unknown, or already verified)');
      return puzzle.x;
    },

    /** Checks a slider answer; the puzzle dies whatever the outcome. Returns a captcha_token. */
    verify(token, x, sender) {
      const puzzle = puzzles.get(token);
      puzzles.delete(token);
      if (!puzzle || clock.now() >= puzzle.expiresAt) throw new ApiError('CAPTCHA', 'captcha has expired');
      if (!(Math.abs(x - puzzle.x) <= tolerance())) throw new ApiError('CAPTCHA');
      const captchaToken = randomBytes(16).toString('hex');
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
