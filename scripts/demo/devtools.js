// A small stand-in for WeChat DevTools' simulator, on miniprogram-simulate: runs a mini program's app.js, opens its
// pages (written with Component()), resolves npm components from miniprogram_npm/, and navigates between pages as
// WeChat does (wx.navigateTo, redirectTo, reLaunch, navigateBack, getCurrentPages).
// Runs inside jest (jsdom environment): the demo runner and the demo tests share it.
'use strict';
const fs = require('fs');
const path = require('path');

/**
 * @param {object} o
 * @param {typeof import('miniprogram-simulate')} o.simulate loaded after the global `wx` was set
 * @param {(fn: () => void) => void} o.isolate runs fn in a fresh module registry (jest.isolateModules)
 * @param {string} o.root the mini program root: app.js, app.json, pages, miniprogram_npm/
 * @param {object} [o.config] values merged into the root's config.js before app.js runs
 * @param {(line: string) => void} [o.onNavigate] told each navigation
 */
function launch({ simulate, isolate, root, config, onNavigate }) {
  const wx = global.wx;
  let app;
  global.App = (options) => {
    app = options;
  };
  global.getApp = () => app;
  isolate(() => {
    Object.assign(require(path.join(root, 'config.js')), config);
    require(path.join(root, 'app.js'));
  });
  if (!app) throw new Error('app.js did not call App()');

  const container = document.createElement('app-root');
  document.body.appendChild(container);
  /** @type {Array<{ url: string, comp: any }>} */
  const stack = [];

  /** usingComponents as DevTools resolves them: a name that is not a path is looked up in miniprogram_npm/. */
  function resolveComponents(pagePath) {
    const json = JSON.parse(fs.readFileSync(`${pagePath}.json`, 'utf8'));
    const out = {};
    for (const [tag, ref] of Object.entries(json.usingComponents || {})) {
      if (ref.startsWith('/')) out[tag] = ref;
      else if (ref.startsWith('.')) continue;
      else out[tag] = `/miniprogram_npm/${ref}`;
    }
    return out;
  }

  function open(url) {
    const pagePath = path.join(root, url.replace(/^\//, '').split('?')[0]);
    let id;
    isolate(() => {
      id = simulate.load(pagePath, { rootPath: root, usingComponents: resolveComponents(pagePath) });
    });
    const comp = simulate.render(id);
    comp.attach(container);
    // What getCurrentPages() gives: the page instances, with their route (no leading slash, no query).
    comp.instance.route = url.replace(/^\//, '').split('?')[0];
    stack.push({ url, comp });
    return comp;
  }

  function close() {
    const top = stack.pop();
    if (top) top.comp.detach();
  }

  /** Runs `change` later, as WeChat does; `change` may return why it cannot be done (WeChat's errMsg after 'fail '). */
  function navigate(kind, options, change) {
    const label = options.url ? `${kind} ${options.url}` : kind;
    setTimeout(() => {
      const refused = change();
      const result = { errMsg: refused ? `${kind}:fail ${refused}` : `${kind}:ok` };
      if (onNavigate) onNavigate(refused ? `${label} (${result.errMsg})` : label);
      const callback = refused ? options.fail : options.success;
      if (callback) callback(result);
      if (options.complete) options.complete(result);
    }, 0);
  }

  wx.navigateTo = (o) =>
    navigate('navigateTo', o, () => {
      open(o.url);
    });
  wx.redirectTo = (o) =>
    navigate('redirectTo', o, () => {
      close();
      open(o.url);
    });
  wx.reLaunch = (o) =>
    navigate('reLaunch', o, () => {
      while (stack.length) close();
      open(o.url);
    });
  // From the first page WeChat refuses; a delta beyond the stack stops at the first page.
  wx.navigateBack = (o = {}) =>
    navigate('navigateBack', o, () => {
      if (stack.length < 2) return 'cannot navigate back at first page.';
      for (let i = 0; i < (o.delta || 1) && stack.length > 1; i++) close();
    });
  global.getCurrentPages = () => stack.map((page) => page.comp.instance);

  const firstPage = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8')).pages[0];
  return {
    app,
    /** Opens the app's first page. */
    start: () => open(`/${firstPage}`),
    /** The page on top of the stack. */
    page: () => stack[stack.length - 1],
    stack,
    /** Closes every page (their detached lifetimes run). */
    quit() {
      while (stack.length) close();
      container.remove();
    },
  };
}

/**
 * jsdom lays nothing out: makes elements with this class (simulate prefixes it: 'main--x') report a width, as a
 * phone screen would.
 * @param {string} className
 * @param {number | (() => number)} widthOf the width, or a function read at each measure (a window that resizes)
 */
function layoutWidth(className, widthOf) {
  const proto = window.HTMLElement.prototype;
  const original = proto.getBoundingClientRect;
  proto.getBoundingClientRect = function getBoundingClientRect() {
    if (!Array.from(this.classList).some((c) => c === className || c.endsWith(`--${className}`))) {
      return original.call(this);
    }
    const width = typeof widthOf === 'function' ? widthOf() : widthOf;
    return { x: 0, y: 0, left: 0, top: 0, width, right: width, height: width / 2, bottom: width / 2 };
  };
}

module.exports = { launch, layoutWidth };
