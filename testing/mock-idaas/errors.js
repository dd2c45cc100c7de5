'use strict';

// The error catalogue of the mock. Codes come from eiam-api.md; the two marked "invented" are not in any public
// table and exist only so that a test can tell those failures apart.
const CATALOGUE = {
  BLANK: { code: 'SDK.COMMON.1001', msg: (p) => `parameter ${p} cannot be blank` },
  FORMAT: { code: 'SDK.COMMON.1002', msg: (p) => `${p} parameter format incorrect` },
  DEVICE: {
    code: 'SDK.COMMON.1003',
    idaas: 'IDAAS.SDK.PARAM.0001',
    msg: () => 'device information incomplete',
  },
  EXPIRED: { code: 'SDK.COMMON.1005', msg: (p) => `${p} has expired` },
  PARAM: { code: 'SDK.COMMON.1006', msg: (p) => `${p} parameter error` },
  // The seed page shows IDAAS.SDK.COMMON.1007 "state_token parameter error".
  STATE_TOKEN: { code: 'SDK.COMMON.1007', msg: () => 'state_token parameter error' },
  TYPE: { code: 'SDK.COMMON.1007', msg: (p) => `${p} parameter type error` },
  BUSY: { code: 'SDK.COMMON.1008', status: 500, msg: (p) => p || 'system busy' },
  CLIENT: { code: 'SDK.COMMON.1012', msg: () => 'X-client-id incorrect, application not found' },
  USER_NOT_FOUND: { code: 'SDK.COMMON.1013', msg: () => 'user not found' },
  INTERFACE: { code: 'SDK.LOGIN.1001', msg: (p) => `error calling interface ${p}` },
  LOCKED: { code: 'SDK.LOGIN.1003', msg: (p) => `locked after too many failures, unlocks in ${p}` },
  WRONG_PASSWORD: {
    code: 'SDK.LOGIN.1005',
    msg: (p) => `wrong password, ${p} attempt${p === 1 ? '' : 's'} remaining`,
  },
  // invented: a slider answer that is off, or a captcha token that is unknown, used or expired
  CAPTCHA: {
    code: 'SDK.CAPTCHA.1001',
    idaas: 'IDAAS.SDK.CAPTCHA.0001',
    msg: (p) => p || 'captcha verification failed',
  },
};

/** An answer the server gives on purpose: HTTP status plus the EIAM error envelope. */
class ApiError extends Error {
  constructor(kind, param) {
    const entry = CATALOGUE[kind];
    if (!entry) throw new TypeError(`unknown mock error kind ${kind}`);
    super(entry.msg(param));
    this.kind = kind;
    this.status = entry.status || 400;
  }

  /** The wire code in the given scheme ('idaas' prefixes with IDAAS.). */
  code(scheme) {
    const entry = CATALOGUE[this.kind];
    if (scheme === 'plain') return entry.code;
    return entry.idaas || `IDAAS.${entry.code}`;
  }

  envelope(scheme) {
    return { error_code: this.code(scheme), error_msg: this.message };
  }
}

module.exports = { ApiError, CATALOGUE };
