'use strict';

const { createUsers } = require('./users');
const { createCodes } = require('./codes');
const { createSessions } = require('./sessions');
const { createCaptchas } = require('./captchas');
const { createStateTokens } = require('./state-tokens');
const { signIdToken } = require('./signing-keys');

/** All the server-side state of one mock, and the answer every successful sign-in shares. */
function createService({ clock, getOptions, keys, issuer, onDeliver }) {
  const opt = (name) => () => getOptions()[name];
  const svc = {
    clock,
    keys,
    issuer,
    options: getOptions,
    users: createUsers(),
    codes: createCodes({ clock, ttlMs: opt('codeTtlMs'), onDeliver }),
    sessions: createSessions({ clock, expireSec: opt('sessionExpire') }),
    captchas: createCaptchas({ clock, ttlMs: opt('codeTtlMs'), tolerance: opt('captchaTolerance') }),
    stateTokens: createStateTokens({ clock, ttlMs: opt('stateTokenTtlMs') }),
    usedWxCodes: new Set(),
    passwordFailures: new Map(), // user id -> { count, lockedUntil }

    /** A token as sent, with the vendor examples' leading space (`" eyJ…"`) when tokenLeadingSpace is on. */
    tok(token) {
      return getOptions().tokenLeadingSpace ? ` ${token}` : token;
    },

    /** A login status as sent, with the vendor example's leading space when statusLeadingSpace is on. */
    label(status) {
      return getOptions().statusLeadingSpace ? ` ${status}` : status;
    },

    idToken(user) {
      const options = getOptions();
      return signIdToken(keys, {
        issuer,
        audience: options.clientId,
        user,
        nowMs: clock.now(),
        ttlSec: options.idTokenTtlSec,
        claimStyle: options.claimStyle,
      });
    },

    /** {status:'MFA_AUTH', state_token}: a new 'mfa' state token (for mobile-by-token, mfa/sms, mfa/email). */
    mfaChallenge(user, openid) {
      return {
        status: 'MFA_AUTH',
        state_token: svc.tok(svc.stateTokens.issue('mfa', { openid, uid: user.id })),
      };
    },

    /** 200 {session_token, expire, status, id_token}, or {status:'ACCESS_DENIED'} for a disabled user. */
    async signIn(user) {
      if (user.disabled) return { status: 'ACCESS_DENIED' };
      const session = svc.sessions.create(user.id);
      const idToken = await svc.idToken(user);
      return {
        session_token: svc.tok(session.token),
        expire: getOptions().sessionExpire,
        status: 'SUCCESS',
        id_token: svc.tok(idToken),
      };
    },

    clear() {
      svc.users.clear();
      svc.codes.clear();
      svc.sessions.clear();
      svc.captchas.clear();
      svc.stateTokens.clear();
      svc.usedWxCodes.clear();
      svc.passwordFailures.clear();
    },
  };
  return svc;
}

module.exports = { createService };
