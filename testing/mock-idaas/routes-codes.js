'use strict';

const { ApiError } = require('./errors');
const { requireString, requireMobile, requireEmail } = require('./params');
const { normalizeRecipient } = require('./identifiers');
const { mfaSmsRecipient } = require('./routes-mfa');

const SMS_TYPES = [
  'LOGIN_SMS',
  'REGISTER_SMS',
  'MFA_AUTH_SMS',
  'FORGET_PWD_SMS',
  'CHANGE_PWD_SMS',
  'BIND_MOBILE_SMS',
  'UPDATE_PWD_SMS',
  'UPDATE_MOBILE_SMS',
];
const EMAIL_TYPES = [
  'LOGIN_EMS',
  'REGISTER_EMS',
  'MFA_AUTH_EMS',
  'FORGET_PWD_EMS',
  'CHANGE_PWD_EMS',
  'BIND_EMAIL_EMS',
  'UPDATE_EMAIL_EMS',
];

function getCaptcha({ svc }) {
  return svc.captchas.create();
}

function verifyCaptcha({ body, svc }) {
  const pointJson = requireString(body, 'point_json');
  const token = requireString(body, 'token');
  const given = requireString(body, 'sender');
  // With maskMfaMobile the MFA page knows only the mask, and names the sender as mobile-by-token gave it.
  const sender =
    svc.options().maskMfaMobile && given.indexOf('*') >= 0
      ? mfaSmsRecipient({ mobile: given }, svc)
      : normalizeRecipient(given);
  if (!sender) throw new ApiError('FORMAT', 'sender');
  let point;
  try {
    point = JSON.parse(pointJson);
  } catch {
    throw new ApiError('FORMAT', 'point_json');
  }
  if (!point || typeof point !== 'object' || typeof point.x !== 'number')
    throw new ApiError('FORMAT', 'point_json');
  return { captcha_token: svc.tok(svc.captchas.verify(token, point.x, sender, pointJson)) };
}

function sendCode(channel, types) {
  return ({ body, svc }) => {
    const masked = channel === 'sms' && body.type === 'MFA_AUTH_SMS' && svc.options().maskMfaMobile;
    const to = masked
      ? mfaSmsRecipient(body, svc)
      : channel === 'sms'
        ? requireMobile(body)
        : requireEmail(body);
    const type = requireString(body, 'type');
    if (!types.includes(type)) throw new ApiError('PARAM', 'type');
    const captchaToken = body.captcha_token;
    if (captchaToken !== undefined && captchaToken !== null && captchaToken !== '') {
      svc.captchas.redeem(captchaToken, to);
    } else if (svc.options().captchaRequired) {
      throw new ApiError('BLANK', 'captcha_token');
    }
    svc.codes.deliver(channel, to, type);
    return undefined; // 200 with an empty body
  };
}

module.exports = [
  { method: 'GET', path: '/api/v2/sdk/captcha', handle: getCaptcha },
  { method: 'POST', path: '/api/v2/sdk/captcha/verify', handle: verifyCaptcha },
  { method: 'POST', path: '/api/v2/sdk/sms/send', handle: sendCode('sms', SMS_TYPES) },
  { method: 'POST', path: '/api/v2/sdk/email/send', handle: sendCode('email', EMAIL_TYPES) },
];
module.exports.SMS_TYPES = SMS_TYPES;
module.exports.EMAIL_TYPES = EMAIL_TYPES;
