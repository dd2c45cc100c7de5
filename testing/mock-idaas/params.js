'use strict';

const { ApiError } = require('./errors');
const { normalizeMobile, normalizeEmail } = require('./identifiers');

/** A required string field of a JSON body. */
function requireString(body, name) {
  const value = body[name];
  if (value === undefined || value === null || value === '') throw new ApiError('BLANK', name);
  if (typeof value !== 'string') throw new ApiError('TYPE', name);
  return value;
}

function requireMobile(body, name = 'mobile') {
  const mobile = normalizeMobile(requireString(body, name));
  if (!mobile) throw new ApiError('FORMAT', name);
  return mobile;
}

function requireEmail(body, name = 'email') {
  const email = normalizeEmail(requireString(body, name));
  if (!email) throw new ApiError('FORMAT', name);
  return email;
}

/** `{mobile, ...}` or `{email, ...}`: which channel, the normalised recipient, and the code type for it. */
function recipientOf(body, types) {
  if (body.mobile !== undefined) return { channel: 'sms', to: requireMobile(body), type: types.sms };
  if (body.email !== undefined) return { channel: 'email', to: requireEmail(body), type: types.email };
  throw new ApiError('BLANK', 'mobile');
}

module.exports = { requireString, requireMobile, requireEmail, recipientOf };
