/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// `npm run demo` runs this file with jest (for the jsdom that miniprogram-simulate needs): the demo mini program,
// its real pages and its packed npm, against the embedded mock IDaaS, or a real tenant (EIAM_DEMO_DOMAIN).
'use strict';
const path = require('path');
const readline = require('readline');
const util = require('util');

// jsdom has no TextEncoder / TextDecoder; node code loaded here may need them.
Object.assign(global, { TextEncoder: util.TextEncoder, TextDecoder: util.TextDecoder });
const { createWxFake, startMockIdaas } = require('../../testing');
const fake = createWxFake();
global.wx = fake.wx; // before miniprogram-simulate, which keeps a wx that exists
const simulate = require('miniprogram-simulate');
const { launch, layoutWidth } = require('./devtools');
const { walk } = require('./walk');

const SCREEN_WIDTH = 300;
const say = (line) => process.stdout.write(`${line}\n`);
const turn = () => new Promise((resolve) => setTimeout(resolve, 5));

// One reader for the whole run: a reader per question would lose the lines piped in ahead (and then wait forever).
let terminal = null;
let stdinClosed = false;
const typedAhead = [];
const waiting = [];
/** Asks the person at the terminal; rejects when stdin closes first (no one to answer). */
function ask(question) {
  if (!terminal) {
    terminal = readline.createInterface({ input: process.stdin });
    terminal.on('line', (line) =>
      waiting.length ? waiting.shift().resolve(line.trim()) : typedAhead.push(line.trim()),
    );
    terminal.on('close', () => {
      stdinClosed = true;
      waiting.splice(0).forEach((w) => w.reject(new Error(`no answer on the terminal to: ${w.question}`)));
    });
  }
  process.stdout.write(question);
  if (typedAhead.length) return Promise.resolve(typedAhead.shift());
  if (stdinClosed) return Promise.reject(new Error(`no answer on the terminal to: ${question.trim()}`));
  return new Promise((resolve, reject) => waiting.push({ resolve, reject, question: question.trim() }));
}

let mock = null;
afterAll(() => {
  if (terminal) terminal.close();
  return mock && mock.close();
});

test('the demo signs a user in, through MFA, and out', async () => {
  const domain = process.env.EIAM_DEMO_DOMAIN;
  let beforeWeChatLogin;
  if (domain) {
    // A real tenant needs a real wx.login code (from WeChat DevTools with the tenant's AppID). It is asked before the
    // tap, so that the SDK's wx.login timeout does not run while someone types.
    let code = '';
    beforeWeChatLogin = async () => {
      code = await ask('wx.login code (in DevTools: wx.login({ success: (r) => console.log(r.code) })): ');
    };
    global.wx.login = (o) => setTimeout(() => o.success({ code, errMsg: 'login:ok' }), 0);
  } else {
    // The mock's defaults are the vendor's documented answers: captcha required, mobile-by-token the full number.
    mock = await startMockIdaas();
    say(`Mock IDaaS on ${mock.url} (client id ${mock.clientId}, captcha required).`);
  }
  layoutWidth('eiam-captcha__bg', SCREEN_WIDTH);
  const requests = [];
  const devtools = launch({
    simulate,
    isolate: (fn) => jest.isolateModules(fn),
    root: path.resolve(__dirname, '../../demo-miniprogram'),
    config: {
      domain: domain || mock.url,
      clientId: domain ? process.env.EIAM_DEMO_CLIENT_ID : mock.clientId,
      allowInsecureLoopback: !domain,
      captcha: process.env.EIAM_DEMO_CAPTCHA !== '0',
      debug: (line) => requests.push(line),
    },
    onNavigate: (line) => requests.push(`page: wx.${line}`),
  });
  const { mfa } = await walk({
    devtools,
    mock,
    say,
    ask,
    requests,
    turn,
    screenWidth: SCREEN_WIDTH,
    beforeWeChatLogin,
  });
  devtools.quit();
  say('');
  say(
    `Done: WeChat login → SOCIAL_BIND → captcha → SMS code → bind → signed in → refresh → sign out${mfa ? ' → MFA → signed in → sign out' : ''}.`,
  );
}, 600000);
