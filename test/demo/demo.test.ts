/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// The demo mini program's pages, rendered with miniprogram-simulate against the mock IDaaS through the wx fake.
import simulate, { settle, textOf, turn, type Rendered } from '../components/simulate';
import { errorMessage } from '../../src';
import { MFA_STATE_TOKEN, MOBILE, OPENID, SOME_CODE } from '../support/fixtures';
import { closeWorlds, requestsTo, world, type World } from '../support/harness';
import { stageDemo } from './stage';
/* eslint-disable @typescript-eslint/no-require-imports -- the demo runner's plain-JS helpers */
const { launch, layoutWidth } =
  require('../../scripts/demo/devtools') as typeof import('../../scripts/demo/devtools');
const { walk } = require('../../scripts/demo/walk') as typeof import('../../scripts/demo/walk');
/* eslint-enable @typescript-eslint/no-require-imports */

const stage = stageDemo();
afterAll(() => stage.remove());
afterEach(async () => {
  jest.useRealTimers();
  await closeWorlds();
});
layoutWidth('eiam-captcha__bg', 300);

interface Page {
  url: string;
  comp: Rendered;
}

async function demo(w: World, config: Record<string, unknown> = {}) {
  const requests: string[] = [];
  const devtools = launch({
    simulate,
    isolate: (fn) => jest.isolateModules(fn),
    root: stage.root,
    config: {
      domain: w.mock.url,
      clientId: w.mock.clientId,
      allowInsecureLoopback: true,
      captcha: false,
      debug: (line: string) => requests.push(line),
      ...config,
    },
    onNavigate: (line: string) => requests.push(`page: wx.${line}`),
  });
  const page = () => devtools.page() as unknown as Page;
  const start = () => devtools.start() as unknown as Rendered;
  const onPage = async (url: string) => {
    await settle(() => page().url === url, `the page ${url}`);
    return page().comp;
  };
  const tap = async (comp: Rendered, selector: string) => {
    await settle(() => !!comp.querySelector(selector), selector);
    comp.querySelector(selector)!.dispatchEvent('tap');
    await turn();
  };
  const urls = () => devtools.stack.map((p: Page) => p.url);
  const navigations = () => requests.filter((line) => line.startsWith('page: '));
  return { devtools, start, requests, page, onPage, tap, urls, navigations };
}

/** Whether the WXML disables this button (the attribute as rendered: jsdom has no wx-button to read it from). */
function disabled(button: Rendered): boolean {
  const { attrs } = (
    button as unknown as { toJSON(): { attrs: Array<{ name: string; value: unknown }> } }
  ).toJSON();
  return attrs.some((a) => a.name === 'disabled' && a.value === true);
}

/** The demo at the bind form of a new WeChat user, the agreement ticked, the mobile typed and its SMS code sent (no captcha). */
async function atBindStepWithCode(w: World) {
  const app = await demo(w);
  await app.tap(app.start(), '.sign-in');
  const signIn = await app.onPage('/pages/sign-in/index');
  await app.tap(signIn, '.wechat');
  await settle(() => !!signIn.querySelector('#bind'), 'the bind form');
  const form = signIn.querySelector('#bind')!;
  await app.tap(form, '.eiam-bind-form__agree');
  form.querySelector('.eiam-bind-form__value')!.dispatchEvent('input', { detail: { value: MOBILE } });
  await app.tap(form, '.eiam-bind-form__send');
  // The send answered (the countdown runs), not only the SMS in the outbox: the form is no longer busy.
  await settle(() => form.data.wait > 0, 'the SMS sent');
  return { ...app, signIn, form };
}

/** The demo at its MFA page: a bound user whose tenant asks for MFA taps the WeChat button. */
async function atMfaPage(w: World) {
  w.mock.addUser({ mobile: MOBILE, openid: OPENID, mfa: true });
  const app = await demo(w);
  await app.tap(app.start(), '.sign-in');
  await app.tap(await app.onPage('/pages/sign-in/index'), '.wechat');
  const mfa = await app.onPage('/pages/mfa/index');
  await settle(() => !!mfa.data.masked, 'the masked mobile');
  return { ...app, mfa };
}

/** The demo with a second page on the stack that opens the sign-in page (any page of an app may). */
async function fromSecondPage(w: World) {
  const app = await demo(w);
  app.start();
  wx.navigateTo({ url: '/pages/home/index' });
  await settle(() => app.devtools.stack.length === 2, 'the second page');
  await app.tap(app.page().comp, '.sign-in');
  return { ...app, signIn: await app.onPage('/pages/sign-in/index') };
}

/** The demo opened on its sign-in page alone, as a page does with wx.redirectTo when the session has ended. */
async function signInAlone(w: World) {
  const app = await demo(w);
  app.start();
  wx.redirectTo({ url: '/pages/sign-in/index' });
  return { ...app, signIn: await app.onPage('/pages/sign-in/index') };
}

/** Sends the MFA code from the MFA page and types it. */
async function typeMfaCode(
  w: World,
  mfa: Rendered,
  tap: (comp: Rendered, selector: string) => Promise<void>,
) {
  await tap(mfa, '.send');
  await settle(() => mfa.data.wait > 0, 'the SMS sent'); // the send answered: "Verify" is enabled again
  mfa.querySelector('.code')!.dispatchEvent('input', { detail: { value: w.mock.lastCode(MOBILE) } });
  await turn();
}

/** The demo walked as `npm run demo` walks it, with the lines it prints. */
async function walkDemo(w: World, options: Partial<Parameters<typeof walk>[0]> = {}, captcha = true) {
  const { devtools, requests } = await demo(w, { captcha });
  const lines: string[] = [];
  const result = await walk({
    devtools,
    mock: w.mock,
    say: (line: string) => lines.push(line),
    ask: () => Promise.reject(new Error('no terminal in tests')),
    requests,
    turn: () => turn(),
    screenWidth: 300,
    ...options,
  });
  devtools.quit();
  return { result, lines };
}

describe('the demo mini program', () => {
  it('walks the whole flow: WeChat login, bind with captcha and SMS, refresh, sign out, MFA, sign out', async () => {
    const w = await world({ mock: { captchaRequired: true } }); // as npm run demo: the mock's own defaults
    const { result, lines } = await walkDemo(w);
    expect(result).toEqual({ mfa: true });
    const paths = w.mock.requests.map((r) => r.path.replace('/api/v2/sdk/', ''));
    expect(paths).toEqual([
      'login/wechat-miniprogram',
      'captcha',
      'captcha/verify',
      'sms/send',
      'social/register-bind',
      'sso/session-token/id-token',
      'login/wechat-miniprogram',
      'mobile-by-token',
      'captcha',
      'captcha/verify',
      'sms/send',
      'mfa/sms',
    ]);
    // The requests the runner prints are redacted: no full mobile, no code, no token.
    const printed = lines.filter((line) => /[→←]/.test(line)).join('\n');
    expect(printed).toContain('sms/send {mobile=138****8000, type=REGISTER_SMS, captcha_token=[redacted]}');
    expect(printed).not.toContain(MOBILE);
    const secrets = w.mock.requests.flatMap((r) => [
      ...Object.values((r.body || {}) as Record<string, string>).filter((v) =>
        /^\d{6}$|^[0-9a-f]{32}$/.test(v),
      ),
      ...['x-state-token', 'x-session-token'].map((h) => r.headers[h]).filter((v): v is string => !!v),
    ]);
    expect(secrets.length).toBeGreaterThan(5);
    for (const secret of secrets) expect(printed).not.toContain(secret);
    // mobile-by-token answered the full number, as the vendor's EIAM example: the page shows it masked.
    expect(lines.join('\n')).toContain("the MFA page shows the user's mobile masked: +86-138****8000.");
  });

  it('prints no full phone number: not the one typed, not in the claims; the mock outbox codes stay', async () => {
    const w = await world({ mock: { captchaRequired: true } });
    const { lines } = await walkDemo(w);
    const all = lines.join('\n');
    expect(all).not.toContain(MOBILE);
    expect(all).toContain('Type the mobile 138****8000 and tap "Send code"');
    expect(all).toMatch(/claims: .*name="138\*{4}8000", userName="138\*{4}8000", mobile="\+86-138\*{4}8000"/);
    expect(w.mock.outbox).toHaveLength(2);
    for (const sms of w.mock.outbox) expect(all).toContain(`the mock's outbox: ${sms.type} ${sms.code}`);
    // The MFA page counts down as the bind form does.
    expect(all.match(/The button counts down: "60秒后重发"/g)).toHaveLength(2);
  });

  it('prints no full phone number against a real tenant either (mobile and codes typed at the terminal)', async () => {
    const w = await world();
    const asked: string[] = [];
    const answers: Record<string, () => string> = {
      'Mobile number to bind: ': () => MOBILE,
      'REGISTER_SMS (from your phone): ': () => w.mock.lastCode(MOBILE)!,
      'MFA_AUTH_SMS (from your phone): ': () => w.mock.lastCode(MOBILE)!,
    };
    const ask = async (question: string) => {
      asked.push(question);
      return answers[question]!();
    };
    // The tenant asks this user for MFA from the second sign-in on.
    const beforeWeChatLogin = async () => {
      for (const user of w.mock.users) user.mfa = true;
    };
    const { result, lines } = await walkDemo(w, { mock: null, ask, beforeWeChatLogin }, false);
    expect(result).toEqual({ mfa: true });
    expect(asked).toEqual(Object.keys(answers));
    const all = lines.join('\n');
    expect(all).toContain('mobile="+86-138****8000"');
    expect(all).not.toContain(MOBILE);
  });

  it('signs a bound user in with the WeChat button alone and shows the claims', async () => {
    const w = await world();
    w.mock.addUser({ mobile: MOBILE, openid: OPENID, name: '张三' });
    const { devtools, start, onPage, tap } = await demo(w);
    const home = start();
    await tap(home, '.sign-in');
    await tap(await onPage('/pages/sign-in/index'), '.wechat');
    await onPage('/pages/home/index');
    await settle(() => home.data.signedIn, 'signed in');
    expect(home.data.claims).toEqual(expect.arrayContaining([{ key: 'name', value: '"张三"' }]));
    expect(devtools.stack).toHaveLength(1);
    devtools.quit();
  });

  it('keeps the user signed in across a cold start', async () => {
    const w = await world();
    w.mock.addUser({ mobile: MOBILE, openid: OPENID });
    const first = await demo(w);
    await w.eiam.loginWithWeChat(); // the same wx storage as the demo's client
    first.devtools.quit();
    const again = await demo(w);
    const home = again.start();
    await settle(() => home.data.signedIn, 'signed in from storage');
    expect(requestsTo(w.mock, '/login/wechat-miniprogram')).toHaveLength(1);
    again.devtools.quit();
  });

  it('shows why WeChat login failed on the sign-in page', async () => {
    const w = await world();
    const { devtools, start, onPage, tap } = await demo(w);
    await tap(start(), '.sign-in');
    const signIn = await onPage('/pages/sign-in/index');
    w.fake.faults.login = 'fail';
    await tap(signIn, '.wechat');
    await settle(() => !!signIn.querySelector('.error'), 'the error');
    expect(textOf(signIn, '.error')).toBe(errorMessage('WX_LOGIN_FAILED', 'zh'));
    expect(signIn.data.bind).toBe(false);
    devtools.quit();
  });

  it('offers the WeChat login again when the bind step has expired', async () => {
    const w = await world({ mock: { stateTokenTtlMs: 60000 } });
    const { devtools, tap, signIn, form } = await atBindStepWithCode(w);
    w.mock.advanceTime(60001); // the user took too long: the state token of the WeChat login has expired
    form
      .querySelector('.eiam-bind-form__code')!
      .dispatchEvent('input', { detail: { value: w.mock.lastCode(MOBILE) } });
    await tap(form, '.eiam-bind-form__submit');
    await settle(() => !signIn.querySelector('#bind'), 'the WeChat button again');
    expect(textOf(signIn, '.error')).toBe(errorMessage('INVALID_STATE_TOKEN', 'zh'));
    await tap(signIn, '.wechat');
    await settle(() => !!signIn.querySelector('#bind'), 'the bind form again');
    expect(requestsTo(w.mock, '/login/wechat-miniprogram')).toHaveLength(2);
    devtools.quit();
  });

  it('goes to the MFA page when the bind asks for MFA, and shows a refused MFA step', async () => {
    const w = await world();
    const { devtools, onPage, tap, form } = await atBindStepWithCode(w);
    w.mock.fault({
      path: '/social/register-bind',
      kind: 'status',
      status: 200,
      body: { status: 'MFA_AUTH', state_token: MFA_STATE_TOKEN },
    });
    w.mock.fault({
      path: '/mobile-by-token',
      kind: 'status',
      status: 200,
      body: { mobile: '+86-13800138000' },
    });
    form
      .querySelector('.eiam-bind-form__code')!
      .dispatchEvent('input', { detail: { value: w.mock.lastCode(MOBILE) } });
    await tap(form, '.eiam-bind-form__submit');
    const mfa = await onPage('/pages/mfa/index');
    await settle(() => mfa.data.masked === '+86-138****8000', 'the masked mobile');
    expect(requestsTo(w.mock, '/mobile-by-token')[0]!.headers['x-state-token']).toBe(MFA_STATE_TOKEN);
    mfa.querySelector('.code')!.dispatchEvent('input', { detail: { value: '000000' } });
    await tap(mfa, '.send');
    await settle(() => mfa.data.wait > 0 || !!mfa.data.error, 'the MFA send');
    await tap(mfa, '.verify');
    await settle(() => !!mfa.querySelector('.error'), 'the error');
    // The mock never issued this state token: the SDK drops it and the page says to sign in again.
    expect(textOf(mfa, '.error')).toBe(errorMessage('INVALID_STATE_TOKEN', 'zh'));
    devtools.quit();
  });

  it('counts the MFA resend button down as the SDK cool-down runs, refuses a send meanwhile, and stops on leaving', async () => {
    const w = await world({ fake: { language: 'en' } });
    const { devtools, mfa, tap } = await atMfaPage(w);
    expect(textOf(mfa, '.mobile')).toBe('A code goes to +86-138****8000');
    expect(textOf(mfa, '.send')).toBe('Send code');
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    await tap(mfa, '.send');
    await settle(() => mfa.data.wait > 0, 'the countdown');
    expect(textOf(mfa, '.send')).toBe('60s to resend');
    jest.advanceTimersByTime(1000);
    await turn();
    expect(textOf(mfa, '.send')).toBe('59s to resend');
    await tap(mfa, '.send');
    expect(requestsTo(w.mock, '/sms/send')).toHaveLength(1);
    expect(mfa.data.error).toBe('');
    jest.advanceTimersByTime(59000);
    await turn();
    expect(textOf(mfa, '.send')).toBe('Send code');
    await tap(mfa, '.send');
    await settle(() => requestsTo(w.mock, '/sms/send').length === 2, 'the second send');
    await settle(() => mfa.data.wait === 60, 'the second countdown');
    const timers = jest.getTimerCount();
    devtools.quit();
    expect(jest.getTimerCount()).toBe(timers - 1);
  });

  it('keeps the user on the MFA page after a wrong code, and shows the way back to sign in once the step expired', async () => {
    const w = await world();
    const { devtools, mfa, tap, onPage } = await atMfaPage(w);
    await tap(mfa, '.send');
    await settle(() => mfa.data.wait > 0, 'the SMS sent');
    const code = w.mock.lastCode(MOBILE)!;
    mfa
      .querySelector('.code')!
      .dispatchEvent('input', { detail: { value: code === SOME_CODE ? '654321' : SOME_CODE } });
    await tap(mfa, '.verify');
    await settle(() => !!mfa.querySelector('.error'), 'the wrong code refused');
    expect(mfa.querySelector('.sign-in-again')).toBeUndefined();
    w.mock.advanceTime(600001); // the user took too long: the MFA step's state token has expired
    mfa.querySelector('.code')!.dispatchEvent('input', { detail: { value: code } });
    await tap(mfa, '.verify');
    await settle(() => !!mfa.querySelector('.sign-in-again'), 'the way back to sign in');
    expect(textOf(mfa, '.error')).toBe(errorMessage('INVALID_STATE_TOKEN', 'zh'));
    expect(textOf(mfa, '.sign-in-again')).toBe('重新登录');
    expect(mfa.querySelector('.send')).toBeUndefined();
    expect(mfa.querySelector('.verify')).toBeUndefined();
    await tap(mfa, '.sign-in-again');
    const signIn = await onPage('/pages/sign-in/index');
    await tap(signIn, '.wechat');
    const again = await onPage('/pages/mfa/index');
    await settle(() => !!again.data.masked, 'a new MFA step');
    // The SDK's cool-down still runs for this mobile: the new page counts it down too.
    expect(textOf(again, '.send')).toMatch(/^\d+秒后重发$/);
    expect(requestsTo(w.mock, '/login/wechat-miniprogram')).toHaveLength(2);
    devtools.quit();
  });

  it('shows the way back to sign in when the MFA page opens without an MFA step', async () => {
    const w = await world();
    const { devtools, start, onPage, tap } = await demo(w);
    start();
    wx.navigateTo({ url: '/pages/mfa/index' });
    const mfa = await onPage('/pages/mfa/index');
    await settle(() => !!mfa.querySelector('.sign-in-again'), 'the way back to sign in');
    expect(textOf(mfa, '.error')).toBe(errorMessage('NO_STATE_TOKEN', 'zh'));
    await tap(mfa, '.sign-in-again');
    await onPage('/pages/sign-in/index');
    expect(w.mock.requests).toHaveLength(0);
    devtools.quit();
  });

  it('shows a failed id_token refresh on the home page and stays signed in', async () => {
    const w = await world();
    w.mock.addUser({ mobile: MOBILE, openid: OPENID });
    const { devtools, start, tap } = await demo(w);
    await w.eiam.loginWithWeChat();
    const home = start();
    await settle(() => home.data.signedIn, 'signed in');
    w.mock.fault({ path: '/id-token', kind: 'status', status: 503 });
    await tap(home, '.refresh');
    await settle(() => !!home.querySelector('.error'), 'the error');
    expect(textOf(home, '.error')).toBe(errorMessage('SERVER_ERROR', 'zh'));
    expect(home.data.signedIn).toBe(true);
    await tap(home, '.sign-out');
    await settle(() => !home.data.signedIn, 'signed out');
    devtools.quit();
  });

  it('lets the user send the MFA code with one tap after the masked mobile failed to load', async () => {
    const w = await world();
    w.mock.addUser({ mobile: MOBILE, openid: OPENID, mfa: true });
    w.mock.fault({ path: '/mobile-by-token', kind: 'status', status: 503, times: 1 });
    const { devtools, start, onPage, tap } = await demo(w);
    await tap(start(), '.sign-in');
    await tap(await onPage('/pages/sign-in/index'), '.wechat');
    const mfa = await onPage('/pages/mfa/index');
    await settle(() => !!mfa.querySelector('.error'), 'the error');
    expect(textOf(mfa, '.error')).toBe(errorMessage('SERVER_ERROR', 'zh'));
    expect(mfa.querySelector('.sign-in-again')).toBeUndefined();
    expect(disabled(mfa.querySelector('.send')!)).toBe(false);
    await tap(mfa, '.send');
    await settle(() => mfa.data.wait > 0, 'the code sent');
    expect(textOf(mfa, '.mobile')).toBe('验证码将发送至 +86-138****8000');
    expect(requestsTo(w.mock, '/mobile-by-token')).toHaveLength(2);
    expect(requestsTo(w.mock, '/sms/send')).toHaveLength(1);
    expect(mfa.querySelector('.error')).toBeUndefined();
    devtools.quit();
  });

  it('goes to the home page after signing in when the sign-in page was the only page', async () => {
    const w = await world();
    w.mock.addUser({ mobile: MOBILE, openid: OPENID });
    const { devtools, signIn, onPage, tap, urls, navigations } = await signInAlone(w);
    await tap(signIn, '.wechat');
    const home = await onPage('/pages/home/index');
    await settle(() => home.data.signedIn, 'signed in');
    expect(urls()).toEqual(['/pages/home/index']);
    expect(navigations()).toEqual([
      'page: wx.redirectTo /pages/sign-in/index',
      'page: wx.reLaunch /pages/home/index',
    ]);
    devtools.quit();
  });

  it('goes to the home page after the MFA step when the sign-in page was the only page', async () => {
    const w = await world();
    w.mock.addUser({ mobile: MOBILE, openid: OPENID, mfa: true });
    const { devtools, signIn, onPage, tap, urls } = await signInAlone(w);
    await tap(signIn, '.wechat');
    const mfa = await onPage('/pages/mfa/index');
    await settle(() => !!mfa.data.masked, 'the masked mobile');
    await typeMfaCode(w, mfa, tap);
    await tap(mfa, '.verify');
    const home = await onPage('/pages/home/index');
    await settle(() => home.data.signedIn, 'signed in');
    expect(urls()).toEqual(['/pages/home/index']);
    devtools.quit();
  });

  it('returns to the page that opened sign-in once, however often the WeChat button is tapped', async () => {
    const w = await world();
    w.mock.addUser({ mobile: MOBILE, openid: OPENID });
    const { devtools, signIn, page, onPage, urls } = await fromSecondPage(w);
    signIn.querySelector('.wechat')!.dispatchEvent('tap');
    signIn.querySelector('.wechat')!.dispatchEvent('tap');
    await onPage('/pages/home/index');
    await settle(() => page().comp.data.signedIn, 'signed in');
    expect(urls()).toEqual(['/pages/home/index', '/pages/home/index']);
    expect(requestsTo(w.mock, '/login/wechat-miniprogram')).toHaveLength(1);
    devtools.quit();
  });

  it('returns to the page that opened sign-in once, however often "Verify" is tapped', async () => {
    const w = await world();
    w.mock.addUser({ mobile: MOBILE, openid: OPENID, mfa: true });
    const { devtools, signIn, onPage, tap, urls, navigations } = await fromSecondPage(w);
    await tap(signIn, '.wechat');
    const mfa = await onPage('/pages/mfa/index');
    await settle(() => !!mfa.data.masked, 'the masked mobile');
    await typeMfaCode(w, mfa, tap);
    mfa.querySelector('.verify')!.dispatchEvent('tap');
    mfa.querySelector('.verify')!.dispatchEvent('tap');
    await onPage('/pages/home/index');
    expect(urls()).toEqual(['/pages/home/index', '/pages/home/index']);
    expect(navigations().filter((line) => line.startsWith('page: wx.navigateBack'))).toHaveLength(1);
    expect(requestsTo(w.mock, '/mfa/sms')).toHaveLength(1);
    devtools.quit();
  });

  it("opens one sign-in page on a double tap of the home page's sign-in button, and opens it again later", async () => {
    const w = await world();
    const { devtools, start, onPage, urls } = await demo(w);
    const home = start();
    home.querySelector('.sign-in')!.dispatchEvent('tap');
    home.querySelector('.sign-in')!.dispatchEvent('tap');
    await onPage('/pages/sign-in/index');
    expect(urls()).toEqual(['/pages/home/index', '/pages/sign-in/index']);
    wx.navigateBack();
    await onPage('/pages/home/index');
    home.querySelector('.sign-in')!.dispatchEvent('tap');
    await onPage('/pages/sign-in/index');
    expect(urls()).toEqual(['/pages/home/index', '/pages/sign-in/index']);
    devtools.quit();
  });

  it("clears the home page's error once the user has signed in again", async () => {
    const w = await world();
    w.mock.addUser({ mobile: MOBILE, openid: OPENID });
    const { devtools, start, onPage, tap } = await demo(w);
    await w.eiam.loginWithWeChat();
    const home = start();
    await settle(() => home.data.signedIn, 'signed in');
    w.mock.fault({ path: '/id-token', kind: 'status', status: 401 });
    await tap(home, '.refresh');
    await settle(() => !home.data.signedIn, 'signed out');
    expect(textOf(home, '.error')).toBe(errorMessage('SESSION_EXPIRED', 'zh'));
    await tap(home, '.sign-in');
    await tap(await onPage('/pages/sign-in/index'), '.wechat');
    await onPage('/pages/home/index');
    await settle(() => home.data.signedIn, 'signed in again');
    expect(home.querySelector('.error')).toBeUndefined();
    devtools.quit();
  });
});
