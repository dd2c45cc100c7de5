/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// The demo mini program's pages, rendered with miniprogram-simulate against the mock IDaaS through the wx fake.
import simulate, { settle, textOf, turn, type Rendered } from '../components/simulate';
import { errorMessage } from '../../src';
import { MFA_STATE_TOKEN, MOBILE, OPENID } from '../support/fixtures';
import { closeWorlds, requestsTo, world, type World } from '../support/harness';
import { stageDemo } from './stage';
/* eslint-disable @typescript-eslint/no-require-imports -- the demo runner's plain-JS helpers */
const { launch, layoutWidth } =
  require('../../scripts/demo/devtools') as typeof import('../../scripts/demo/devtools');
const { walk } = require('../../scripts/demo/walk') as typeof import('../../scripts/demo/walk');
/* eslint-enable @typescript-eslint/no-require-imports */

const stage = stageDemo();
afterAll(() => stage.remove());
afterEach(closeWorlds);
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
  return { devtools, start, requests, page, onPage, tap };
}

describe('the demo mini program', () => {
  it('walks the whole flow: WeChat login, bind with captcha and SMS, refresh, sign out, MFA, sign out', async () => {
    const w = await world({ mock: { captchaRequired: true } });
    const { devtools, requests } = await demo(w, { captcha: true });
    const lines: string[] = [];
    const result = await walk({
      devtools,
      mock: w.mock,
      say: (line: string) => lines.push(line),
      ask: () => Promise.reject(new Error('no terminal in tests')),
      requests,
      turn: () => turn(),
      screenWidth: 300,
    });
    devtools.quit();
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
    const { devtools, start, onPage, tap } = await demo(w);
    await tap(start(), '.sign-in');
    const signIn = await onPage('/pages/sign-in/index');
    await tap(signIn, '.wechat');
    await settle(() => !!signIn.querySelector('#bind'), 'the bind form');
    const form = signIn.querySelector('#bind')!;
    form.querySelector('.eiam-bind-form__value')!.dispatchEvent('input', { detail: { value: MOBILE } });
    await tap(form, '.eiam-bind-form__send');
    await settle(() => w.mock.lastCode(MOBILE) !== undefined, 'the SMS');
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
    const { devtools, start, onPage, tap } = await demo(w);
    await tap(start(), '.sign-in');
    const signIn = await onPage('/pages/sign-in/index');
    await tap(signIn, '.wechat');
    await settle(() => !!signIn.querySelector('#bind'), 'the bind form');
    const form = signIn.querySelector('#bind')!;
    form.querySelector('.eiam-bind-form__value')!.dispatchEvent('input', { detail: { value: MOBILE } });
    await tap(form, '.eiam-bind-form__send');
    await settle(() => w.mock.lastCode(MOBILE) !== undefined, 'the SMS');
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
    await settle(() => mfa.data.sent || !!mfa.data.error, 'the MFA send');
    await tap(mfa, '.verify');
    await settle(() => !!mfa.querySelector('.error'), 'the error');
    // The mock never issued this state token: the SDK drops it and the page says to sign in again.
    expect(textOf(mfa, '.error')).toBe(errorMessage('INVALID_STATE_TOKEN', 'zh'));
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
});
