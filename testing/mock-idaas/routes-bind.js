'use strict';

const { ApiError } = require('./errors');
const { requireString, recipientOf } = require('./params');

const MAX_PASSWORD_FAILURES = 5;
const LOCK_MS = 30 * 60 * 1000;

/**
 * Binds the state token's openid to the user, uses up the one-time secrets, and signs the user in; a user with MFA
 * on gets the login's MFA answer instead (a new 'mfa' state token), the binding kept. The vendor docs are silent
 * on MFA after a bind: this follows the login route, disabled first (ACCESS_DENIED), then MFA.
 */
function finish(svc, state, user, consumeSecret) {
  consumeSecret();
  svc.stateTokens.consume(state);
  svc.users.bind(state.openid, user.id);
  if (user.mfa && !user.disabled) return svc.mfaChallenge(user, state.openid);
  return svc.signIn(user);
}

function findByRecipient(svc, channel, to) {
  return channel === 'sms' ? svc.users.byMobile(to) : svc.users.byEmail(to);
}

function registerBind({ body, state, svc }) {
  const { channel, to, type } = recipientOf(body, { sms: 'REGISTER_SMS', email: 'REGISTER_EMS' });
  const consume = svc.codes.check(to, type, body.verify_code);
  const user =
    findByRecipient(svc, channel, to) || svc.users.add(channel === 'sms' ? { mobile: to } : { email: to });
  return finish(svc, state, user, consume);
}

function bindOnly({ body, state, svc }) {
  const { channel, to, type } = recipientOf(body, { sms: 'BIND_MOBILE_SMS', email: 'BIND_EMAIL_EMS' });
  const consume = svc.codes.check(to, type, body.verify_code);
  const user = findByRecipient(svc, channel, to);
  if (!user) throw new ApiError('USER_NOT_FOUND');
  return finish(svc, state, user, consume);
}

function wechatMobileRegisterBind({ body, state, svc }) {
  const phone = svc.codes.checkPhoneCode(body.wechat_code);
  const user = svc.users.byMobile(phone.mobile) || svc.users.add({ mobile: phone.mobile });
  return finish(svc, state, user, phone.consume);
}

function wechatMobileBind({ body, state, svc }) {
  const phone = svc.codes.checkPhoneCode(body.wechat_code);
  const user = svc.users.byMobile(phone.mobile);
  if (!user) throw new ApiError('USER_NOT_FOUND');
  return finish(svc, state, user, phone.consume);
}

/** [minutes, seconds] of a lock that has `ms` left. */
function lockLeft(ms) {
  const totalSec = Math.ceil(ms / 1000);
  return [Math.floor(totalSec / 60), totalSec % 60];
}

function usernamePasswordBind({ body, state, svc }) {
  const userName = requireString(body, 'user_name');
  const password = requireString(body, 'password');
  const user = svc.users.byUserName(userName);
  // The vendor does not say what an unknown user name gets; the mock answers SDK.LOGIN.1002 "user not bound".
  if (!user) throw new ApiError('NOT_BOUND');
  const now = svc.clock.now();
  const record = svc.passwordFailures.get(user.id) || { count: 0, lockedUntil: 0 };
  if (record.lockedUntil > now) throw new ApiError('LOCKED', lockLeft(record.lockedUntil - now));
  if (user.password === undefined || password !== user.password) {
    record.count += 1;
    svc.passwordFailures.set(user.id, record);
    if (record.count >= MAX_PASSWORD_FAILURES) {
      record.count = 0;
      record.lockedUntil = now + LOCK_MS;
      throw new ApiError('LOCKED', lockLeft(LOCK_MS));
    }
    throw new ApiError('WRONG_PASSWORD', MAX_PASSWORD_FAILURES - record.count);
  }
  return finish(svc, state, user, () => svc.passwordFailures.delete(user.id));
}

module.exports = [
  { method: 'POST', path: '/api/v2/sdk/social/register-bind', auth: 'bind', handle: registerBind },
  { method: 'POST', path: '/api/v2/sdk/social/bind', auth: 'bind', handle: bindOnly },
  {
    method: 'POST',
    path: '/api/v2/sdk/social/wechat-mobile-register-bind',
    auth: 'bind',
    handle: wechatMobileRegisterBind,
  },
  { method: 'POST', path: '/api/v2/sdk/social/wechat-mobile-bind', auth: 'bind', handle: wechatMobileBind },
  {
    method: 'POST',
    path: '/api/v2/sdk/social/username-password-bind',
    auth: 'bind',
    handle: usernamePasswordBind,
  },
];
