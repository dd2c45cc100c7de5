'use strict';

const { ApiError } = require('./errors');
const { requireString, requireMobile, requireEmail } = require('./params');
const { maskRecipient } = require('./identifiers');

function mfaUser(svc, state) {
  const user = svc.users.byId(state.uid);
  if (!user) throw new ApiError('USER_NOT_FOUND');
  return user;
}

function mobileByToken({ state, svc }) {
  const user = mfaUser(svc, state);
  if (!user.mobile) throw new ApiError('USER_NOT_FOUND');
  return { mobile: svc.options().maskMfaMobile ? maskRecipient(user.mobile) : user.mobile };
}

/**
 * With maskMfaMobile: the real mobile of the first of `users` whose masked mobile (as mobile-by-token gives it) the
 * body's `mobile` is, written exactly so. Another writing of a mobile is a wrong mobile (1006), anything else
 * (another mask included) a bad format (1002).
 */
function unmask(body, users) {
  const given = requireString(body, 'mobile');
  const user = users.find((u) => u && u.mobile && given === maskRecipient(u.mobile));
  if (user) return user.mobile;
  requireMobile(body);
  throw new ApiError('PARAM', 'mobile');
}

function mfaBy(channel) {
  return async ({ body, state, svc }) => {
    const user = mfaUser(svc, state);
    const masked = channel === 'sms' && svc.options().maskMfaMobile;
    const to = masked ? unmask(body, [user]) : channel === 'sms' ? requireMobile(body) : requireEmail(body);
    if (to !== (channel === 'sms' ? user.mobile : user.email)) {
      throw new ApiError('PARAM', channel === 'sms' ? 'mobile' : 'email');
    }
    const consume = svc.codes.check(
      to,
      channel === 'sms' ? 'MFA_AUTH_SMS' : 'MFA_AUTH_EMS',
      body.verify_code,
    );
    consume();
    svc.stateTokens.consume(state);
    const answer = await svc.signIn(user);
    return answer.status === 'SUCCESS'
      ? {
          status: 'SUCCESS',
          expire: answer.expire,
          session_token: answer.session_token,
          id_token: answer.id_token,
        }
      : answer;
  };
}

/**
 * With maskMfaMobile, the real mobile an MFA_AUTH_SMS send names by its mask (the send carries no state token): the
 * user of the newest live MFA state token whose masked mobile it is.
 */
function mfaSmsRecipient(body, svc) {
  return unmask(
    body,
    svc.stateTokens.live('mfa').map(({ uid }) => svc.users.byId(uid)),
  );
}

module.exports = [
  { method: 'GET', path: '/api/v2/sdk/mobile-by-token', auth: 'mfa', handle: mobileByToken },
  { method: 'POST', path: '/api/v2/sdk/mfa/sms', auth: 'mfa', handle: mfaBy('sms') },
  { method: 'POST', path: '/api/v2/sdk/mfa/email', auth: 'mfa', handle: mfaBy('email') },
];
module.exports.mfaSmsRecipient = mfaSmsRecipient;
