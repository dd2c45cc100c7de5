/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// `npm run shots` runs this file with jest: the demo mini program's pages, drawn in the Chromium that
// scripts/shots/run.js launched, as PNGs in docs/images/. A file of its own: its own jsdom window, as the compiled
// WXML of the demo's pages and that of the components loaded by shots.walk.js would share globals in one.
'use strict';
const fs = require('fs');
const path = require('path');
const timers = require('timers');
const util = require('util');

Object.assign(global, {
  TextEncoder: util.TextEncoder,
  TextDecoder: util.TextDecoder,
  setImmediate: timers.setImmediate,
  clearImmediate: timers.clearImmediate,
});
const testing = require('../../testing');
global.wx = testing.createWxFake().wx; // before miniprogram-simulate, which keeps a wx that exists
const simulate = require('miniprogram-simulate');
const { connectBrowser } = require('./browser');
const { Screen: PhoneScreen } = require('./screen');
const { launch } = require('../demo/devtools');
const { turn, settle } = require('./states');

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.resolve(process.env.EIAM_SHOTS_DIR || path.join(ROOT, 'docs/images'));
const SCALE = 2;
const written = [];

let browser;
beforeAll(async () => {
  browser = await connectBrowser(process.env.EIAM_BROWSER_WS);
});
afterAll(async () => {
  if (browser) await browser.disconnect();
  process.stdout.write(`${written.map((f) => `  ${path.relative(ROOT, f)}`).join('\n')}\n`);
});

async function picture(screen, name) {
  const file = path.join(OUT, `${name}.png`);
  await screen.screenshot(file);
  written.push(file);
}

test('draws the demo pages', () => demoPages(), 300000);

/** The demo mini program's pages: signed out, the sign-in page, its bind form, signed in. */
async function demoPages() {
  const mock = await testing.startMockIdaas({ captchaRequired: true });
  const root = path.join(ROOT, 'demo-miniprogram');
  const devtools = launch({
    simulate,
    isolate: (fn) => jest.isolateModules(fn),
    root,
    config: {
      domain: mock.url,
      clientId: mock.clientId,
      allowInsecureLoopback: true,
      captcha: true,
      debug: false,
    },
  });
  const title = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8')).window
    .navigationBarTitleText;
  const screen = new PhoneScreen(browser, { width: 375, scale: SCALE });
  const using = (pagePath) => {
    const json = JSON.parse(fs.readFileSync(`${pagePath}.json`, 'utf8'));
    const out = {};
    for (const [tag, ref] of Object.entries(json.usingComponents || {})) {
      if (!ref.startsWith('.')) out[tag] = ref.startsWith('/') ? ref : `/miniprogram_npm/${ref}`;
    }
    return out;
  };
  const show = async (name) => {
    const top = devtools.page();
    const pagePath = path.join(root, top.url.replace(/^\//, '').split('?')[0]);
    const json = JSON.parse(fs.readFileSync(`${pagePath}.json`, 'utf8'));
    await screen.show(top.comp, {
      componentPath: pagePath,
      rootPath: root,
      usingComponents: using(pagePath),
      page: true,
      title: json.navigationBarTitleText || title,
    });
    await picture(screen, name);
  };
  const waitFor = (check, what) => settle(() => !!check(), what);
  try {
    devtools.start();
    await turn(20);
    await show('demo-home');
    devtools.page().comp.querySelector('.sign-in').dispatchEvent('tap');
    await waitFor(() => /sign-in/.test(devtools.page().url), 'the sign-in page');
    await show('demo-sign-in');
    devtools.page().comp.querySelector('.wechat').dispatchEvent('tap');
    await waitFor(() => devtools.page().comp.querySelector('#bind'), 'the bind form');
    await turn(20);
    await show('demo-bind');
  } finally {
    devtools.quit();
    await screen.close();
    await mock.close();
  }
}
