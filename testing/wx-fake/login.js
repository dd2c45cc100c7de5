'use strict';

const { asyncCall } = require('./callbacks');

// Shared by every fake in the process, so two fakes with the same openid never issue the same code.
let sequence = 0;

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
      fake.loginCodes.push(code);
      ok({ code, errMsg: 'login:ok' });
    });
  };
}

module.exports = { loginApi };
