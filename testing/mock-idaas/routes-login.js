'use strict';

const { createHash, randomBytes } = require('node:crypto');
const { ApiError } = require('./errors');
const { requireString } = require('./params');
const { wxCodeIssuedAt } = require('../wx-fake/login');

// WeChat: a wx.login code works once, for 5 minutes.
const WX_CODE_TTL_MS = 5 * 60 * 1000;

/** The openid a wx.login code stands for: `wxcode.<openid>.<nonce>` from the wx fake, else a hash of the code. */
function openidOf(code) {
  if (code.startsWith('wxcode.')) {
    const rest = code.slice('wxcode.'.length);
    const dot = rest.lastIndexOf('.');
    const openid = dot > 0 ? rest.slice(0, dot) : rest;
    if (openid) return openid;
  }
  return `o${createHash('sha256').update(code).digest('base64url').slice(0, 27)}`;
}

async function wechatMiniprogramLogin({ body, svc }) {
  const code = requireString(body, 'code');
  if (svc.usedWxCodes.has(code)) {
    throw new ApiError('INTERFACE', `jscode2session: code been used, rid: ${randomBytes(6).toString('hex')}`);
  }
  svc.usedWxCodes.add(code);
  if (svc.options().strictWxCodes) {
    const issuedAt = wxCodeIssuedAt(code);
    if (issuedAt === undefined || svc.clock.now() - svc.clock.at(issuedAt) >= WX_CODE_TTL_MS) {
      throw new ApiError('INTERFACE', `jscode2session: invalid code, rid: ${randomBytes(6).toString('hex')}`);
    }
  }
  const openid = openidOf(code);
  const user = svc.users.forOpenid(openid);
  if (user) {
    if (user.disabled) return { status: svc.label('ACCESS_DENIED') };
    if (user.mfa) {
      const answer = svc.mfaChallenge(user, openid);
      return { ...answer, status: svc.label(answer.status) };
    }
    const answer = await svc.signIn(user);
    return { ...answer, status: svc.label(answer.status) };
  }
  const { unboundStatus, flows } = svc.options();
  return {
    status: svc.label(unboundStatus),
    state_token: svc.tok(svc.stateTokens.issue('bind', { openid })),
    data: flows === null ? null : JSON.stringify({ socialBindOrRegisterFlow: flows }),
  };
}

/**
 * As the vendor's refresh pages say: the answer always carries a session_token, the same one (its server-side expiry
 * unchanged) unless renewSessionToken is on, and `expire` is the configured lifetime, not the time left.
 */
async function sessionToIdToken({ session, svc }) {
  const user = svc.users.byId(session.userId);
  if (!user) throw new ApiError('SESSION_TOKEN');
  let current = session;
  if (svc.options().renewSessionToken) {
    svc.sessions.revoke(session.token);
    current = svc.sessions.create(user.id);
  }
  return {
    session_token: svc.tok(current.token),
    expire: svc.options().sessionExpire,
    id_token: svc.tok(await svc.idToken(user)),
  };
}

module.exports = [
  { method: 'POST', path: '/api/v2/sdk/login/wechat-miniprogram', handle: wechatMiniprogramLogin },
  {
    method: 'POST',
    path: '/api/v2/sdk/sso/session-token/id-token',
    auth: 'session',
    handle: sessionToIdToken,
  },
];
module.exports.openidOf = openidOf;
