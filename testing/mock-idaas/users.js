'use strict';

const { normalizeMobile, normalizeEmail } = require('./identifiers');

/** The mock's user directory and its openid bindings. */
function createUsers() {
  const list = [];
  const byId = new Map();
  const bindings = new Map(); // openid -> user id
  let seq = 0;

  function findBy(field, value) {
    return list.find((u) => u[field] === value);
  }

  function add(spec = {}) {
    const mobile = spec.mobile === undefined ? undefined : normalizeMobile(spec.mobile);
    const email = spec.email === undefined ? undefined : normalizeEmail(spec.email);
    if (mobile === null) throw new TypeError(`addUser: not a mobile: ${spec.mobile}`);
    if (email === null) throw new TypeError(`addUser: not an email: ${spec.email}`);
    if (mobile && findBy('mobile', mobile)) throw new Error(`addUser: mobile ${mobile} already taken`);
    if (email && findBy('email', email)) throw new Error(`addUser: email ${email} already taken`);
    seq += 1;
    const id = `u${String(seq).padStart(6, '0')}`;
    // The national number: what follows the `+CC-` of the normalised mobile.
    const userName =
      spec.userName || (mobile ? mobile.slice(mobile.indexOf('-') + 1) : email || `user${seq}`);
    if (findBy('userName', userName)) throw new Error(`addUser: userName ${userName} already taken`);
    const user = {
      id,
      userName,
      name: spec.name || userName,
      mobile,
      email,
      password: spec.password,
      mfa: Boolean(spec.mfa),
      disabled: Boolean(spec.disabled),
      openids: [],
    };
    list.push(user);
    byId.set(id, user);
    if (spec.openid) bind(spec.openid, id);
    return user;
  }

  function bind(openid, userId) {
    if (typeof openid !== 'string' || openid === '')
      throw new TypeError('bindOpenid: openid must be a string');
    const user = byId.get(userId);
    if (!user) throw new Error(`bindOpenid: no user ${userId}`);
    const previous = byId.get(bindings.get(openid));
    if (previous) previous.openids = previous.openids.filter((o) => o !== openid);
    bindings.set(openid, userId);
    if (!user.openids.includes(openid)) user.openids.push(openid);
    return user;
  }

  return {
    list,
    add,
    bind,
    byId: (id) => byId.get(id),
    byMobile: (mobile) => findBy('mobile', mobile),
    byEmail: (email) => findBy('email', email),
    byUserName: (userName) => findBy('userName', userName),
    forOpenid: (openid) => byId.get(bindings.get(openid)),
    clear() {
      list.length = 0;
      byId.clear();
      bindings.clear();
      seq = 0;
    },
  };
}

module.exports = { createUsers };
