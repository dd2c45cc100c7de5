'use strict';

const { ApiError } = require('./errors');
const { requireMobile, requireEmail } = require('./params');

function mfaUser(svc, state) {
  const user = svc.users.byId(state.uid);
  if (!user) throw new ApiError('USER_NOT_FOUND');
  return user;
}

function mobileByToken({ state, svc }) {
  const user = mfaUser(svc, state);
  if (!user.mobile) throw new ApiError('USER_NOT_FOUND');
  return { mobile: user.mobile };
}

function mfaBy(channel) {
  return async ({ body, state, svc }) => {
    const user = mfaUser(svc, state);
    const to = channel === 'sms' ? requireMobile(body) : requireEmail(body);
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

module.exports = [
  { method: 'GET', path: '/api/v2/sdk/mobile-by-token', auth: 'mfa', handle: mobileByToken },
  { method: 'POST', path: '/api/v2/sdk/mfa/sms', auth: 'mfa', handle: mfaBy('sms') },
  { method: 'POST', path: '/api/v2/sdk/mfa/email', auth: 'mfa', handle: mfaBy('email') },
];
