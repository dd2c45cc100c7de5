'use strict';
// A page harness for jest (or plain Node): runs a mini program page's Page() / Component() definition as WeChat
// would run its logic layer — data, setData with its callback (after the "render", on a later task), the lifecycle
// hooks, selectComponent — without a renderer. The components a page selects are stand-ins the test hands in.

const { setAtPath, copyValue } = require('./data-path');

// Taken now, so that a test's fake timers do not hold back setData callbacks.
const laterTask = setTimeout;

/**
 * A component stand-in for `selectComponent`: records each method call; `setClient` also keeps the client.
 * @param {Record<string, Function>} [methods] more methods (or replacements)
 */
function createComponentStub(methods = {}) {
  const stub = {
    /** The client the page handed over with setClient, or null. */
    client: null,
    /** Every call: { method, args }. */
    calls: [],
  };
  const record = (method, fn) =>
    function recorded(...args) {
      stub.calls.push({ method, args });
      return fn ? fn.apply(stub, args) : undefined;
    };
  stub.setClient = record('setClient', (client) => {
    stub.client = client;
  });
  for (const [name, fn] of Object.entries(methods)) stub[name] = record(name, fn);
  return stub;
}

/**
 * A bare page instance: data, setData (with callbacks), selectComponent. What a Taro page's
 * `Taro.getCurrentInstance().page` is in a test, and what loadPage builds on.
 * @param {{ data?: object, components?: Record<string, object>, route?: string }} [options]
 */
function createPage(options = {}) {
  const components = { ...(options.components || {}) };
  let pending = 0;
  let waiting = [];
  const settle = () => {
    if (pending) return;
    const resolve = waiting;
    waiting = [];
    resolve.forEach((fn) => fn());
  };
  const page = {
    route: options.route || '',
    options: {},
    data: copyValue(options.data || {}),
    /** Every setData patch, in order. */
    setDataCalls: [],
    /** As WeChat: `this.data` changes at once; `callback` runs after the render, on a later task. */
    setData(patch, callback) {
      if (!patch || typeof patch !== 'object') throw new TypeError('setData expects an object');
      page.setDataCalls.push(copyValue(patch));
      for (const [key, value] of Object.entries(patch)) setAtPath(page.data, key, value);
      pending++;
      laterTask(() => {
        try {
          if (typeof callback === 'function') callback.call(page);
        } finally {
          pending--;
          settle();
        }
      }, 0);
    },
    /** The stand-in registered for `selector` (e.g. '#bind'), or null as WeChat answers for no match. */
    selectComponent(selector) {
      return Object.prototype.hasOwnProperty.call(components, selector) ? components[selector] : null;
    },
    selectAllComponents(selector) {
      const found = page.selectComponent(selector);
      return found ? [found] : [];
    },
    /** Registers (or replaces) what selectComponent(selector) answers. */
    addComponent(selector, component) {
      components[selector] = component;
      return component;
    },
    /** Resolves once every setData callback so far (and those they caused) has run. */
    rendered() {
      return new Promise((resolve) => {
        waiting.push(resolve);
        laterTask(settle, 0);
      });
    },
  };
  return page;
}

/** Runs hook `name` of the page if it has one; resolves when it (if async) is done. */
async function runHook(page, name, ...args) {
  const fn = page[name];
  if (typeof fn === 'function') await fn.apply(page, args);
}

/** The definition's methods and data on the page instance (Page(): every function; Component(): `methods`). */
function applyDefinition(page, definition, kind) {
  const data = { ...(definition.data || {}) };
  if (kind === 'Component') {
    for (const [name, spec] of Object.entries(definition.properties || {})) {
      if (spec && typeof spec === 'object' && 'value' in spec) data[name] = spec.value;
      else
        data[name] =
          { String: '', Number: 0, Boolean: false, Array: [], Object: null }[spec && spec.name] ?? null;
    }
  }
  Object.assign(page.data, copyValue(data));
  const functions = kind === 'Component' ? definition.methods || {} : definition;
  for (const [name, value] of Object.entries(functions)) {
    if (name === 'data') continue;
    page[name] = typeof value === 'function' ? value.bind(page) : copyValue(value);
  }
  const lifetimes = kind === 'Component' ? { ...definition, ...(definition.lifetimes || {}) } : {};
  const pageLifetimes = (kind === 'Component' && definition.pageLifetimes) || {};
  const lifetime = (name) => (typeof lifetimes[name] === 'function' ? lifetimes[name].bind(page) : null);
  return { lifetime, pageLifetimes };
}

/**
 * Loads a page file (which calls `Page({...})` or `Component({...})`) into a harness. The file runs in a fresh
 * module registry each time (jest.isolateModules under jest), with `Page` and `Component` defined only while it loads.
 * @param {string} file an absolute path (e.g. `require.resolve('./pages/sign-in/index.js')`)
 * @param {{ components?: Record<string, object>, route?: string, data?: object }} [options]
 */
function loadPage(file, options = {}) {
  if (typeof file !== 'string' || !require('path').isAbsolute(file))
    throw new TypeError(
      `loadPage needs an absolute path, e.g. require.resolve('./pages/x/index.js'): ${file}`,
    );
  let captured = null;
  const saved = { Page: globalThis.Page, Component: globalThis.Component };
  globalThis.Page = (definition) => {
    captured = { kind: 'Page', definition };
  };
  globalThis.Component = (definition) => {
    captured = { kind: 'Component', definition };
  };
  try {
    const load = () => require(file);
    // Under jest, `jest` is the module-scoped object jest hands every module it loads.
    /* global jest */
    const isolate =
      typeof jest === 'object' && jest && typeof jest.isolateModules === 'function' ? jest : null;
    if (isolate) isolate.isolateModules(load);
    else {
      delete require.cache[require.resolve(file)];
      load();
    }
  } finally {
    globalThis.Page = saved.Page;
    globalThis.Component = saved.Component;
  }
  if (!captured) throw new Error(`${file} called neither Page() nor Component()`);
  const page = createPage({ components: options.components, route: options.route, data: options.data });
  const { lifetime, pageLifetimes } = applyDefinition(page, captured.definition, captured.kind);
  page.kind = captured.kind;

  const created = lifetime('created');
  if (created) created();
  let attached = false;
  /** Opens the page: (created,) attached, onLoad(query), onShow, onReady / ready; resolves when each async hook is done. */
  page.load = async (query = {}) => {
    page.options = { ...query };
    if (!attached) {
      attached = true;
      const a = lifetime('attached');
      if (a) await a();
    }
    await runHook(page, 'onLoad', query);
    await page.show();
    await runHook(page, 'onReady');
    const ready = lifetime('ready');
    if (ready) await ready();
  };
  page.show = async () => {
    await runHook(page, 'onShow');
    if (pageLifetimes.show) await pageLifetimes.show.call(page);
  };
  page.hide = async () => {
    await runHook(page, 'onHide');
    if (pageLifetimes.hide) await pageLifetimes.hide.call(page);
  };
  page.unload = async () => {
    await runHook(page, 'onUnload');
    const detached = lifetime('detached');
    if (detached) await detached();
  };
  return page;
}

module.exports = { loadPage, createPage, createComponentStub };
