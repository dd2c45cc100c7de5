'use strict';

const { supportsPromises } = require('./device');

// The timers of the real world, captured when this file loads, so that a test's jest.useFakeTimers() freezes
// the SDK's own timers but not the network and storage the fake stands for.
const realSetTimeout = setTimeout;
const realClearTimeout = clearTimeout;
const realSetImmediate = typeof setImmediate === 'function' ? setImmediate : (fn) => realSetTimeout(fn, 0);

/** Runs fn on a later macrotask, as the WeChat bridge answers. */
function later(fn) {
  realSetImmediate(fn);
}

function hasCallbacks(option) {
  return (
    !!option &&
    (typeof option.success === 'function' ||
      typeof option.fail === 'function' ||
      typeof option.complete === 'function')
  );
}

/**
 * Calls a user callback the way the base library does: an exception in it is reported (console.error, as
 * WeChat's "thirdScriptError") and recorded in fake.callbackErrors, never turned into a second callback.
 */
function callUser(fake, fn, arg) {
  if (typeof fn !== 'function') return;
  try {
    fn(arg);
  } catch (err) {
    fake.callbackErrors.push(err);
    console.error('[wx-fake] thirdScriptError in a wx callback:', err);
  }
}

/**
 * One asynchronous wx API call. `run({ ok, fail })` does the work; exactly one of success / fail fires, then
 * complete. With no success / fail / complete in the option, returns a promise instead (resolve res / reject
 * { errMsg }), from base library 2.10.2; before that it returns undefined and the outcome goes nowhere.
 */
function asyncCall(fake, option, run) {
  const opt = option || {};
  const promiseForm = !hasCallbacks(opt) && supportsPromises(fake.profile);
  let resolvePromise;
  let rejectPromise;
  const promise = promiseForm
    ? new Promise((resolve, reject) => {
        resolvePromise = resolve;
        rejectPromise = reject;
      })
    : undefined;
  let settled = false;
  const finish = (succeeded, result) => {
    if (settled) return;
    settled = true;
    if (promiseForm) {
      if (succeeded) resolvePromise(result);
      else rejectPromise(result);
      return;
    }
    callUser(fake, succeeded ? opt.success : opt.fail, result);
    callUser(fake, opt.complete, result);
  };
  run({
    ok: (res) => later(() => finish(true, res)),
    fail: (errMsg) => later(() => finish(false, { errMsg })),
  });
  return promise;
}

/** `String`, `Undefined`, `Number`...: the type name WeChat's parameter errors print. */
function typeName(value) {
  return Object.prototype.toString.call(value).slice(8, -1);
}

module.exports = { later, hasCallbacks, callUser, asyncCall, typeName, realSetTimeout, realClearTimeout };
