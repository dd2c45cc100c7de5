// The shipped components brought to each state a user meets, in miniprogram-simulate, against the mock IDaaS: used by
// `npm run shots` (the pictures) and by the browser layout test (the measurements). Runs in jest's jsdom environment.
'use strict';
const path = require('path');
const { imageSize } = require('./png-size');

const ROOT = path.resolve(__dirname, '../..');
/** A mainland mobile number the mock accepts. */
const MOBILE = '13800138000';
const EMAIL = 'user@example.com';

/** Selectors of the components' parts (simulate scopes the root's classes as `main--…`). */
const SEL = {
  tab: '.eiam-bind-form__tab',
  value: '.eiam-bind-form__value',
  code: '.eiam-bind-form__code',
  send: '.eiam-bind-form__send',
  agree: '.eiam-bind-form__agree',
  submit: '.eiam-bind-form__submit',
  phone: '.eiam-bind-form__phone',
  captcha: '.eiam-bind-form__captcha',
  bg: '.eiam-captcha__bg',
  piece: '.eiam-captcha__piece',
  track: '.eiam-captcha__track',
  knob: '.eiam-captcha__knob',
};

const realSetTimeout = setTimeout;
/** One turn of the event loop on real time: simulate's events, HTTP answers, re-renders. */
function turn(ms = 5) {
  return new Promise((resolve) => realSetTimeout(resolve, ms));
}
async function settle(until, what) {
  for (let i = 0; i < 400; i++) {
    if (until()) return;
    await turn();
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * @param {object} o
 * @param {typeof import('miniprogram-simulate')} o.simulate loaded after a global `wx` was set
 * @param {(fn: () => void) => void} o.isolate jest.isolateModules
 * @param {string} [o.dist] the built SDK whose components are rendered; default miniprogram_dist/
 */
function createStates(o) {
  const dist = o.dist || path.join(ROOT, 'miniprogram_dist');
  const testing = require(path.join(ROOT, 'testing'));
  const mocks = [];
  const rendered = [];

  function componentPath(name) {
    return path.join(dist, 'components', name, 'index');
  }

  function load(name) {
    let id = '';
    o.isolate(() => {
      id = o.simulate.load(componentPath(name));
    });
    return id;
  }

  /**
   * The bind form at the bind step: a WeChat login that found no account, the page's client handed over.
   *
   * @param {object} [p]
   * @param {'zh' | 'en'} [p.lang]
   * @param {object} [p.properties] the form's properties
   * @param {object} [p.mock] mock IDaaS options
   */
  async function form(p = {}) {
    const mock = await testing.startMockIdaas(Object.assign({ captchaRequired: true }, p.mock));
    mocks.push(mock);
    const fake = testing.createWxFake();
    global.wx = fake.wx;
    const { EiamClient } = require(path.join(dist, 'index.js'));
    const eiam = new EiamClient({
      domain: mock.url,
      clientId: mock.clientId,
      allowInsecureLoopback: true,
      language: p.lang || 'zh',
    });
    await eiam.loginWithWeChat();
    const comp = o.simulate.render(load('eiam-bind-form'), Object.assign({ captcha: true }, p.properties));
    comp.attach(document.createElement('parent-wrapper'));
    rendered.push(comp);
    comp.instance.setClient(eiam);
    const events = [];
    for (const name of ['success', 'error', 'agreement']) {
      comp.addEventListener(name, (e) => events.push({ name, detail: e.detail }));
    }
    await turn();
    return { comp, eiam, mock, fake, events, componentPath: componentPath('eiam-bind-form') };
  }

  /** Detaches every form (its timers stop: nothing runs after jest tears jsdom down) and stops the mocks. */
  async function closeAll() {
    while (rendered.length) rendered.pop().detach();
    while (mocks.length) await mocks.pop().close();
  }

  return { form, closeAll, componentPath };
}

/** Types into an input as WeChat reports it (bindinput). */
async function type(comp, selector, value) {
  const node = comp.querySelector(selector);
  if (!node) throw new Error(`no ${selector} to type into`);
  node.dispatchEvent('input', { detail: { value } });
  await turn();
}

/** Taps an element (its bindtap). */
async function tap(comp, selector) {
  const node = comp.querySelector(selector);
  if (!node) throw new Error(`no ${selector} to tap`);
  node.dispatchEvent('tap');
  await turn();
}

/** The captcha inside the form, once its puzzle has arrived (not yet laid out). */
async function captchaOf(comp) {
  const captchaIn = () => comp.querySelector(SEL.captcha);
  await settle(() => !!captchaIn() && !!captchaIn().querySelector(SEL.piece), 'the captcha puzzle');
  return captchaIn();
}

/**
 * Lays the captcha out as the browser draws it: the screen shows the form, then the images "load" with their own
 * sizes (what WeChat's load event reports) and the component measures the browser's rectangles.
 */
async function layOutCaptcha(screen, form, captcha) {
  await screen.show(form.comp, { componentPath: form.componentPath });
  for (const sel of [SEL.bg, SEL.piece]) {
    const src = captcha
      .querySelector(sel)
      .toJSON()
      .attrs.find((a) => a.name === 'src').value;
    captcha.querySelector(sel).dispatchEvent('load', { detail: imageSize(src) });
    await turn();
  }
  await settle(() => captcha.data.pieceWidth > 0, 'the captcha layout');
  await screen.show(form.comp, { componentPath: form.componentPath });
  // Once more: the stage may take the image's proportions after it loaded, and the piece is sized from the image.
  captcha.instance.measure();
  await turn();
  await screen.show(form.comp, { componentPath: form.componentPath });
}

/** Starts a drag on the knob and moves it `dx` px to the right (the touch stays down). */
async function dragKnob(captcha, dx) {
  const knob = captcha.querySelector(SEL.knob);
  knob.dispatchEvent('touchstart', { touches: [{ x: 10, y: 10 }] });
  await turn();
  knob.dispatchEvent('touchmove', { touches: [{ x: 10 + dx, y: 10 }] });
  await turn();
}

async function releaseKnob(captcha) {
  captcha.querySelector(SEL.knob).dispatchEvent('touchend', {});
  await turn();
}

module.exports = {
  createStates,
  type,
  tap,
  captchaOf,
  layOutCaptcha,
  dragKnob,
  releaseKnob,
  turn,
  settle,
  SEL,
  MOBILE,
  EMAIL,
};
