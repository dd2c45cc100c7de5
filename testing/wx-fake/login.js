'use strict';

const { asyncCall } = require('./callbacks');

// Shared by every fake in the process, so two fakes with the same openid never issue the same code.
let sequence = 0;
// Every code any fake in the process issued -> when (for the mock's strictWxCodes).
const issued = new Map();
// Captured at load, as the mock's clock does: jest fake timers do not move them.
const wallClock = Date.now.bind(Date);
const monotonic = process.hrtime.bigint.bind(process.hrtime);

/**
 * When a wx fake of this process issued `code`: `{ wall }` in ms and a `mark` (process.hrtime.bigint) that orders it
 * against the mock clock's changes within the same millisecond. Undefined if no fake did.
 */
function wxCodeIssuedAt(code) {
  return issued.get(code);
}

/** wx.login: `wxcode.<openid>.<n>` codes, with the login fault ('fail' | 'hang'). */
function loginApi(fake) {
  return function login(option) {
    return asyncCall(fake, option, ({ ok, fail }) => {
      const fault = fake.faults.login;
      if (fault === 'hang') return;
      if (fault === 'fail') {
        fail('login:fail system error');
        return;
      }
      sequence += 1;
      const code = `wxcode.${fake.openid}.${sequence}`;
      issued.set(code, { wall: wallClock(), mark: monotonic() });
      fake.loginCodes.push(code);
      ok({ code, errMsg: 'login:ok' });
    });
  };
}

module.exports = { loginApi, wxCodeIssuedAt };
