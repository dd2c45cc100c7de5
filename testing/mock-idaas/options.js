'use strict';

const DEFAULTS = Object.freeze({
  port: 0,
  host: '127.0.0.1',
  clientId: 'test-client-id',
  errorScheme: 'idaas',
  stateTokenTtlMs: 600000,
  sessionExpire: 432000,
  idTokenTtlSec: 300,
  codeTtlMs: 300000,
  captchaRequired: true,
  captchaTolerance: 5,
  unboundStatus: 'SOCIAL_BIND',
  flows: Object.freeze(['VERIFY_PHONE', 'VERIFY_EMAIL']),
  statusLeadingSpace: false,
  tokenLeadingSpace: false,
  claimStyle: 'flat',
  renewSessionToken: false,
  maskMfaMobile: false,
  strictWxCodes: false,
  quiet: true,
});

const POSITIVE_NUMBERS = ['stateTokenTtlMs', 'sessionExpire', 'idTokenTtlSec', 'codeTtlMs'];
const BOOLEANS = [
  'captchaRequired',
  'statusLeadingSpace',
  'tokenLeadingSpace',
  'renewSessionToken',
  'maskMfaMobile',
  'strictWxCodes',
  'quiet',
];

function check(options) {
  if (!['idaas', 'plain'].includes(options.errorScheme)) {
    throw new TypeError(`errorScheme must be 'idaas' or 'plain', not ${String(options.errorScheme)}`);
  }
  if (!['flat', 'api'].includes(options.claimStyle)) {
    throw new TypeError(`claimStyle must be 'flat' or 'api', not ${String(options.claimStyle)}`);
  }
  if (!['SOCIAL_BIND', 'USER_REGISTER'].includes(options.unboundStatus)) {
    throw new TypeError(`unboundStatus must be 'SOCIAL_BIND' or 'USER_REGISTER'`);
  }
  for (const key of POSITIVE_NUMBERS) {
    if (typeof options[key] !== 'number' || !(options[key] > 0))
      throw new TypeError(`${key} must be a number > 0`);
  }
  if (typeof options.captchaTolerance !== 'number' || !(options.captchaTolerance >= 0)) {
    throw new TypeError('captchaTolerance must be a number >= 0');
  }
  for (const key of BOOLEANS) {
    if (typeof options[key] !== 'boolean') throw new TypeError(`${key} must be a boolean`);
  }
  if (options.flows !== null && !Array.isArray(options.flows))
    throw new TypeError('flows must be an array or null');
  if (typeof options.clientId !== 'string' || options.clientId === '') {
    throw new TypeError('clientId must be a non-empty string');
  }
  return options;
}

/** Merges user options over the defaults, dropping undefined values, and validates the result. */
function mergeOptions(base, partial) {
  const merged = { ...base };
  for (const [key, value] of Object.entries(partial || {})) {
    if (!(key in DEFAULTS)) throw new TypeError(`unknown mock option ${key}`);
    if (value !== undefined) merged[key] = key === 'flows' && value !== null ? [...value] : value;
  }
  return check(merged);
}

module.exports = { DEFAULTS, mergeOptions };
