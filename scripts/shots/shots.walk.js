/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// `npm run shots` runs this file with jest (for the jsdom miniprogram-simulate needs): every state of the shipped
// components, drawn in the Chromium that scripts/shots/run.js launched, as PNGs in docs/images/.
'use strict';
const fs = require('fs');
const path = require('path');
const timers = require('timers');
const util = require('util');

// jsdom has none of these; puppeteer's WebSocket and the SDK's node code need them.
Object.assign(global, {
  TextEncoder: util.TextEncoder,
  TextDecoder: util.TextDecoder,
  setImmediate: timers.setImmediate,
  clearImmediate: timers.clearImmediate,
});
// The same puzzle in every run, so that redrawn pictures differ only where the components changed: the mock's gap
// (randomInt(40, 251) in captcha-images.js) is fixed before the mock is loaded.
jest.mock('node:crypto', () => {
  const actual = jest.requireActual('node:crypto');
  const randomInt = (min, max, ...rest) =>
    min === 40 && max === 251 ? 120 : actual.randomInt(min, max, ...rest);
  return { ...actual, randomInt };
});
const testing = require('../../testing');
global.wx = testing.createWxFake().wx; // before miniprogram-simulate, which keeps a wx that exists
const simulate = require('miniprogram-simulate');
const { connectBrowser } = require('./browser');
const { Screen: PhoneScreen } = require('./screen');
const shots = require('./states');

const { SEL, MOBILE, tap, type, turn, settle, captchaOf, layOutCaptcha, dragKnob, releaseKnob } = shots;
const ROOT = path.resolve(__dirname, '../..');
const OUT = path.resolve(process.env.EIAM_SHOTS_DIR || path.join(ROOT, 'docs/images'));
const SCALE = 2;
const written = [];

let browser;
const states = shots.createStates({ simulate, isolate: (fn) => jest.isolateModules(fn) });
beforeAll(async () => {
  browser = await connectBrowser(process.env.EIAM_BROWSER_WS);
});
afterAll(async () => {
  await states.closeAll();
  if (browser) await browser.disconnect();
  process.stdout.write(`${written.map((f) => `  ${path.relative(ROOT, f)}`).join('\n')}\n`);
});

async function picture(screen, name) {
  const file = path.join(OUT, `${name}.png`);
  await screen.screenshot(file);
  written.push(file);
}

/** Drags the knob so that the piece sits at image x `x` (the knob and the piece move together). */
async function dragTo(captcha, x) {
  const rendered = captcha.instance.rendered;
  await dragKnob(captcha, (x * rendered) / captcha.instance.natural);
}

/** The bind form's states, one picture each, at this width and language; `suffix` names the files. */
async function formStates(width, lang, suffix) {
  const screen = new PhoneScreen(browser, { width, scale: SCALE });
  const form = await states.form({ lang, properties: { flows: ['VERIFY_PHONE', 'VERIFY_EMAIL'] } });
  const show = (name) =>
    screen.show(form.comp, { componentPath: form.componentPath }).then(() => picture(screen, name + suffix));
  await show('bind-form-phone');
  await type(form.comp, SEL.value, MOBILE);
  await tap(form.comp, SEL.send); // the agreement is not ticked yet: the form asks for it
  await show('bind-form-consent');
  await type(form.comp, SEL.value, '1380013');
  await tap(form.comp, SEL.agree);
  await tap(form.comp, SEL.submit);
  await show('bind-form-errors');
  await type(form.comp, SEL.value, MOBILE);
  await tap(form.comp, SEL.send);
  const captcha = await captchaOf(form.comp);
  await layOutCaptcha(screen, form, captcha);
  await picture(screen, 'captcha-sheet' + suffix);
  const answer = form.mock.captchaAnswer(captcha.instance.puzzle.token);
  await dragTo(captcha, answer);
  await show('captcha-dragged');
  await releaseKnob(captcha);
  await settle(() => form.comp.data.wait > 0 && !form.comp.querySelector(SEL.captcha), 'the code to be sent');
  await show('bind-form-countdown');
  const tabs = form.comp.querySelectorAll(SEL.tab);
  tabs[1].dispatchEvent('tap');
  await turn();
  await show('bind-form-email');
  await screen.close();
}

test('draws every state of the components', async () => {
  fs.mkdirSync(OUT, { recursive: true });
  await formStates(375, 'zh', '');
  await formStates(375, 'en', '-en');

  // The phone-number button (flows offer VERIFY_WECHAT_PHONE), at the narrowest screen.
  for (const [width, lang, suffix] of [
    [375, 'zh', ''],
    [320, 'zh', '-320'],
    [375, 'en', '-en'],
  ]) {
    const screen = new PhoneScreen(browser, { width, scale: SCALE });
    const form = await states.form({ lang, properties: { flows: ['VERIFY_PHONE', 'VERIFY_WECHAT_PHONE'] } });
    await screen.show(form.comp, { componentPath: form.componentPath });
    await picture(screen, `bind-form-wechat-phone${suffix}`);
    await screen.close();
  }

  // A refusal: the piece dropped far from the hole; the sheet says why and shows a new puzzle.
  {
    const screen = new PhoneScreen(browser, { width: 375, scale: SCALE });
    const form = await states.form({ lang: 'zh' });
    await tap(form.comp, SEL.agree);
    await type(form.comp, SEL.value, MOBILE);
    await tap(form.comp, SEL.send);
    const captcha = await captchaOf(form.comp);
    await layOutCaptcha(screen, form, captcha);
    const answer = form.mock.captchaAnswer(captcha.instance.puzzle.token);
    await dragTo(captcha, answer > 150 ? answer - 100 : answer + 100);
    await releaseKnob(captcha);
    await settle(() => !!captcha.data.message && !captcha.data.busy && !!captcha.data.piece, 'the refusal');
    await layOutCaptcha(screen, form, captcha);
    await picture(screen, 'captcha-refusal');
    await screen.close();
  }
}, 300000);
