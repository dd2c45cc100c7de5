'use strict';

const { callUser } = require('./callbacks');

/**
 * wx.onAppShow / onAppHide / offAppShow / offAppHide. fake.appShow(options) and fake.appHide() fire the listeners at
 * once, in the order they were added; fake.appListeners() counts them.
 */
function appEventApis(fake) {
  const listeners = { show: [], hide: [] };
  const on = (kind) => (fn) => {
    if (typeof fn === 'function') listeners[kind].push(fn);
  };
  // As in WeChat: off without a listener removes them all.
  const off = (kind) => (fn) => {
    listeners[kind] = fn === undefined ? [] : listeners[kind].filter((l) => l !== fn);
  };
  fake.appShow = (options = {}) => {
    const res = { path: 'pages/index/index', query: {}, scene: 1001, referrerInfo: {}, ...options };
    for (const fn of listeners.show.slice()) callUser(fake, fn, res);
  };
  fake.appHide = () => {
    for (const fn of listeners.hide.slice()) callUser(fake, fn, {});
  };
  fake.appListeners = () => ({ show: listeners.show.length, hide: listeners.hide.length });
  return { onAppShow: on('show'), onAppHide: on('hide'), offAppShow: off('show'), offAppHide: off('hide') };
}

module.exports = { appEventApis };
