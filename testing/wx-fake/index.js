'use strict';

const { deviceProfile, deviceKind, deviceApis, supportsStorageEncryption } = require('./device');
const { createStorage } = require('./storage');
const { loginApi } = require('./login');
const { requestApi } = require('./request');
const { appEventApis } = require('./app-events');

const OPTION_KEYS = new Set([
  'openid',
  'device',
  'system',
  'platform',
  'brand',
  'model',
  'version',
  'SDKVersion',
  'language',
]);

function freshFaults() {
  return { login: null, request: null, setStorage: null, getStorage: null, removeStorage: null };
}

/** wx.canIUse for the APIs this fake has; storage encryption from base library 2.21.3. */
function canIUseApi(wx, encryptSupported) {
  return function canIUse(schema) {
    const text = String(schema);
    if (/^(get|set)Storage\.object\.encrypt$/.test(text)) return encryptSupported;
    const name = text.split('.')[0];
    return typeof wx[name] === 'function';
  };
}

/**
 * A fake `wx` for tests: real HTTP for wx.request, an in-memory storage with the real semantics, wx.login codes
 * the mock IDaaS understands, and fault switches. See testing/README.md and testing/index.d.ts.
 */
function createWxFake(options = {}) {
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) throw new TypeError(`unknown wx fake option ${key}`);
  }
  const profile = deviceProfile(options);
  const device = deviceKind(options, profile);
  const modern = device === 'modern';

  const fake = {
    wx: undefined,
    openid: options.openid === undefined ? 'o-test-openid' : String(options.openid),
    setOpenid(openid) {
      fake.openid = String(openid);
    },
    device,
    profile,
    faults: freshFaults(),
    calls: [],
    loginCodes: [],
    callbackErrors: [],
    storage: undefined,
    reset() {
      fake.calls.length = 0;
      fake.loginCodes.length = 0;
      fake.callbackErrors.length = 0;
      fake.faults = freshFaults();
      fake.storage.clear();
    },
  };
  const encryptSupported = supportsStorageEncryption(fake.profile);
  const storage = createStorage(fake, encryptSupported);
  fake.storage = storage.controls;

  // One `wx` per run of the app (JS context). A relaunch (a cold start) gets a new one, with the same device, storage,
  // openid, faults and call log, and no app show/hide listeners: those of the run before died with it.
  const wrap =
    (name, fn) =>
    (...args) => {
      fake.calls.push({ api: name, args });
      return fn(...args);
    };
  const base = {
    request: requestApi(fake),
    login: loginApi(fake),
    ...storage.apis,
    ...deviceApis(fake.profile, modern),
  };
  const wrapped = {};
  for (const [name, fn] of Object.entries(base)) wrapped[name] = wrap(name, fn);
  let canIUse;
  const launch = () => {
    const events = appEventApis(fake);
    const wx = Object.assign({}, wrapped);
    for (const [name, fn] of Object.entries(events)) wx[name] = wrap(name, fn);
    canIUse = canIUse || wrap('canIUse', canIUseApi({ ...base, ...events }, encryptSupported));
    wx.canIUse = canIUse;
    return wx;
  };
  fake.wx = launch();
  fake.relaunch = () => {
    const before = fake.wx;
    fake.wx = launch();
    if (globalThis.wx === before) globalThis.wx = fake.wx;
    return fake.wx;
  };
  return fake;
}

module.exports = { createWxFake };
