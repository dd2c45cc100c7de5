// The demo's sign-in, walked through its real pages like a user would: used by `npm run demo` and by the tests.
'use strict';
const { maskMobile } = require('eiam-miniprogram-sdk');
const { maskContacts } = require('./mask-contacts');

const MOBILE = '13800138000';

/** Width and height of a PNG, from its IHDR header (the captcha images are PNGs). */
function pngSize(dataUrl) {
  const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1, 200), 'base64');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * @param {object} o
 * @param {ReturnType<import('./devtools').launch>} o.devtools the demo, launched
 * @param {import('../../testing').MockIdaas | null} o.mock the mock IDaaS, or null for a real tenant
 * @param {(line: string) => void} o.say prints a line
 * @param {(question: string) => Promise<string>} o.ask asks the person at the terminal (real tenant only)
 * @param {string[]} o.requests the client's redacted debug lines, appended as they come
 * @param {() => Promise<void>} o.turn waits one turn of the event loop
 * @param {number} o.screenWidth the width the captcha image is shown at, in px
 * @param {() => Promise<void>} [o.beforeWeChatLogin] runs before each tap on the WeChat button
 * @returns {Promise<{ mfa: boolean }>} whether the MFA round ran
 */
async function walk({ devtools, mock, say: print, ask, requests, turn, screenWidth, beforeWeChatLogin }) {
  // Every line printed has its phone numbers and emails masked (the claims hold them; a real tenant's too).
  const say = (line) => print(maskContacts(line));
  let stepNo = 0;
  let shown = 0;
  const flush = () => {
    for (; shown < requests.length; shown++) say(`     ${requests[shown].replace(/^\[eiam\] /, '')}`);
  };
  const step = (text) => {
    flush();
    say(`${String(++stepNo).padStart(2)}. ${text}`);
  };
  const until = async (check, what) => {
    for (let i = 0; i < 2000; i++) {
      const value = check();
      if (value) return value;
      await turn();
    }
    flush();
    throw new Error(`the demo did not get to: ${what}`);
  };
  const page = () => devtools.page();
  const onPage = async (url) =>
    (await until(() => page() && page().url === url && page(), `the page ${url}`)).comp;
  const find = (comp, selector) => until(() => comp.querySelector(selector), `${selector} on screen`);
  const text = (node) => node.dom.textContent.trim();
  const tap = async (comp, selector) => (await find(comp, selector)).dispatchEvent('tap');
  const type = async (comp, selector, value) =>
    (await find(comp, selector)).dispatchEvent('input', { detail: { value } });
  const codeFor = async (to, label) => {
    if (!mock) return ask(`${label} (from your phone): `);
    const code = await until(() => mock.lastCode(to), `the code for ${maskMobile(to)} in the mock's outbox`);
    flush();
    say(`     the mock's outbox: ${label} ${code}`);
    return code;
  };
  const solveCaptcha = async (captcha) => {
    const bg = await find(captcha, '.eiam-captcha__bg');
    const piece = await find(captcha, '.eiam-captcha__piece');
    const natural = pngSize(captcha.data.bg);
    // The images "load" (jsdom draws nothing): WeChat's image load events carry the natural sizes.
    bg.dispatchEvent('load', { detail: natural });
    piece.dispatchEvent('load', { detail: pngSize(captcha.data.piece) });
    await until(() => captcha.data.pieceWidth > 0, 'the captcha laid out');
    let answer;
    if (mock) answer = mock.captchaAnswer(captcha.instance.puzzle.token);
    else {
      const file = require('path').join(require('os').tmpdir(), 'eiam-demo-captcha.png');
      require('fs').writeFileSync(file, Buffer.from(captcha.data.bg.split(',')[1], 'base64'));
      answer = Number(await ask(`Open ${file}: x in px of the gap's left edge? `));
    }
    const dragPx = (answer * screenWidth) / natural.width;
    step(
      `Drag the slider ${dragPx.toFixed(1)} px on a ${screenWidth} px wide image ` +
        `(${natural.width} px natural): the piece lands at x ${answer}.`,
    );
    const knob = await find(captcha, '.eiam-captcha__knob');
    knob.dispatchEvent('touchstart', { touches: [{ x: 10, y: 10 }] });
    knob.dispatchEvent('touchmove', { touches: [{ x: 10 + dragPx, y: 12 }] });
    knob.dispatchEvent('touchend', {});
  };
  const mobile = mock ? MOBILE : (await ask('Mobile number to bind: ')).trim();

  step('Home page opens: not signed in yet.');
  let home = devtools.start();
  await until(() => /Not signed in/.test(text(home)), 'the signed-out home page');

  step('Tap "Sign in": the sign-in page opens.');
  await tap(home, '.sign-in');
  let signIn = await onPage('/pages/sign-in/index');

  step('Tap "Sign in with WeChat": wx.login, then the code goes to the IDaaS.');
  if (beforeWeChatLogin) await beforeWeChatLogin();
  await tap(signIn, '.wechat');
  await until(
    () => signIn.querySelector('#bind') || signIn.data.error,
    'the bind form (the walk needs a WeChat user the tenant does not know yet)',
  );
  flush();
  if (signIn.data.error) throw new Error(`the WeChat login failed: ${signIn.data.error}`);
  const form = await find(signIn, '#bind');
  step(`A new WeChat user (SOCIAL_BIND): the bind form shows, flows ${JSON.stringify(form.data.flows)}.`);

  step('Tick "I agree to the User Agreement and the Privacy Policy": nothing is sent before that.');
  await tap(form, '.eiam-bind-form__agree');
  await until(() => form.data.agreed, 'the agreement ticked');
  step(
    `Type the mobile ${maskMobile(mobile)} and tap "Send code"${form.data.captcha ? ': the slider captcha sheet comes first' : ''}.`,
  );
  await type(form, '.eiam-bind-form__value', mobile);
  await tap(form, '.eiam-bind-form__send');
  if (form.data.captcha) await solveCaptcha(await find(form, '.eiam-bind-form__captcha'));
  await until(() => form.data.wait > 0 || form.data.error, 'the code sent');
  if (form.data.error) throw new Error(`sending the code failed: ${form.data.error}`);
  step(
    `Captcha passed; the SMS code is on its way. The button counts down: "${text(await find(form, '.eiam-bind-form__send'))}".`,
  );

  const code = await codeFor(mobile, 'REGISTER_SMS');
  step('Type the code and tap "Bind and sign in".');
  await type(form, '.eiam-bind-form__code', code);
  await tap(form, '.eiam-bind-form__submit');
  home = await onPage('/pages/home/index');
  await until(() => /Signed in/.test(text(home)), 'the signed-in home page');
  const claims = home.data.claims.map((c) => `${c.key}=${c.value}`);
  step(`Signed in. Back on the home page, the id_token claims: ${claims.join(', ')}.`);

  step('Tap "Refresh id_token": the session_token buys a fresh id_token.');
  const jti = () => (home.data.claims.find((c) => c.key === 'jti') || {}).value;
  const before = jti();
  await tap(home, '.refresh');
  await until(() => jti() !== before || home.data.error, 'a fresh id_token');
  if (home.data.error) throw new Error(`refresh failed: ${home.data.error}`);
  flush();
  say(`     the home page shows the new id_token (jti ${jti()})`);

  step('Tap "Sign out": the session is gone from the device.');
  await tap(home, '.sign-out');
  await until(() => /Not signed in/.test(text(home)), 'the signed-out home page');

  let mfa = false;
  if (mock) {
    const user = mock.users.find((u) => u.mobile === `+86-${mobile}`);
    user.mfa = true;
    step(`The tenant turns on MFA for this user (${user.id}). Sign in again.`);
  } else step('Sign in again (an MFA round when the tenant asks for one).');
  await tap(home, '.sign-in');
  signIn = await onPage('/pages/sign-in/index');
  if (beforeWeChatLogin) await beforeWeChatLogin();
  await tap(signIn, '.wechat');
  const next = await until(
    () => (page().url !== '/pages/sign-in/index' && page()) || signIn.data.bind || signIn.data.error,
    'an answer to the second login',
  );
  if (next.url === '/pages/mfa/index') {
    mfa = true;
    const mfaPage = next.comp;
    await until(() => mfaPage.data.masked, 'the masked MFA mobile');
    step(`MFA_AUTH: the MFA page shows the user's mobile masked: ${mfaPage.data.masked}. Tap "Send code".`);
    await tap(mfaPage, '.send');
    if (devtools.app.captcha) await solveCaptcha(await find(mfaPage, '#captcha'));
    await until(() => mfaPage.data.wait > 0 || mfaPage.data.error, 'the MFA code sent');
    if (mfaPage.data.error) throw new Error(`MFA send failed: ${mfaPage.data.error}`);
    step(`The MFA code is on its way. The button counts down: "${text(await find(mfaPage, '.send'))}".`);
    const mfaCode = await codeFor(mobile, 'MFA_AUTH_SMS');
    step('Type the code and tap "Verify".');
    await type(mfaPage, '.code', mfaCode);
    await tap(mfaPage, '.verify');
    home = await onPage('/pages/home/index');
    await until(() => /Signed in/.test(text(home)), 'the signed-in home page');
    step('Signed in after MFA.');
  } else if (next.url === '/pages/home/index') step('The tenant signed the user in without MFA.');
  else
    throw new Error(`the second login did not sign in: ${signIn.data.error || 'the bind form showed again'}`);
  await until(() => /Signed in/.test(text(home)), 'the signed-in home page');

  step('Tap "Sign out".');
  await tap(home, '.sign-out');
  await until(() => /Not signed in/.test(text(home)), 'the signed-out home page');
  flush();
  return { mfa };
}

module.exports = { walk, pngSize, MOBILE };
