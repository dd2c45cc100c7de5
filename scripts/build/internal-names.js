'use strict';

/**
 * Property names that never leave the SDK: private members of its classes, fields of its internal objects (the shared
 * session, the client's context, the requester's config, the cooldown, the endpoint table). The build shortens them
 * in `miniprogram_dist/index.js` (esbuild `mangleProps`), which saves about 220 B min+gzip.
 *
 * A name belongs here only if it is none of: a member of a public type (test/build/internal-names.test.ts walks the
 * `.d.ts` from index.d.ts and fails on a clash), a field of the wire JSON (snake_case), of the stored session (v, d,
 * c, s, i, e), of a wx API's arguments or answers, or a name read with a computed key (`obj[name]`). esbuild renames
 * every property of that name in the bundle, whatever object it is on, and picks names no other property uses.
 */
const INTERNAL_NAMES = [
  // SessionKeeper
  'config',
  'flights',
  'listeners',
  'generation',
  'current',
  'expired',
  'writes',
  'count',
  'landed',
  'newest',
  'load',
  'loaded',
  'check',
  'persist',
  'held',
  'peek',
  // SharedSession and the registry
  'settings',
  'renew',
  'epoch',
  'server',
  'skew',
  'readDevice',
  'device',
  'cooldown',
  'keeper',
  'mfaMobile',
  'fresh',
  'signIn',
  'keep',
  'endFlow',
  'hold',
  'offApp',
  'latest',
  'sessions',
  'fingerprint',
  // the client's context and handle
  'offs',
  'logger',
  'loginProvider',
  'hosts',
  'insecure',
  'authPrefix',
  'requester',
  // Requester, SingleFlight, the cooldown
  'commonHeaders',
  'headers',
  'send',
  'run',
  'take',
  'extend',
  'release',
  'left',
  // the endpoint table (registerBind, bind and idToken are public names elsewhere, so they stay)
  'path',
  'wechatLogin',
  'wechatPhoneRegisterBind',
  'wechatPhoneBind',
  'passwordBind',
  'captchaVerify',
  'smsSend',
  'emailSend',
  'mfaSms',
  'mfaEmail',
];

/** The regular expression esbuild's `mangleProps` takes. */
const INTERNAL_NAMES_REGEX = new RegExp(`^(${INTERNAL_NAMES.join('|')})$`);

module.exports = { INTERNAL_NAMES, INTERNAL_NAMES_REGEX };
