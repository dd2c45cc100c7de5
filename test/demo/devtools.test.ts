/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// The demo runner's stand-in for DevTools: its page stack answers the navigation APIs as WeChat does.
import simulate, { settle } from '../components/simulate';
import { closeWorlds, world } from '../support/harness';
import { stageDemo } from './stage';
/* eslint-disable @typescript-eslint/no-require-imports -- the demo runner's plain-JS helpers */
const { launch } = require('../../scripts/demo/devtools') as typeof import('../../scripts/demo/devtools');
/* eslint-enable @typescript-eslint/no-require-imports */

const stage = stageDemo();
afterAll(() => stage.remove());
afterEach(closeWorlds);

type Result = { errMsg: string };
type Navigation = (options: {
  url?: string;
  delta?: number;
  success?: (r: Result) => void;
  fail?: (r: Result) => void;
  complete?: (r: Result) => void;
}) => unknown;

/** Calls a navigation API of the global wx; resolves with the callbacks it ran, in order, and their errMsg. */
function navigate(api: keyof typeof wx, options: { url?: string; delta?: number } = {}): Promise<string[]> {
  return new Promise((resolve) => {
    const ran: string[] = [];
    (wx[api] as unknown as Navigation)({
      ...options,
      success: (r) => ran.push(`success: ${r.errMsg}`),
      fail: (r) => ran.push(`fail: ${r.errMsg}`),
      complete: (r) => {
        ran.push(`complete: ${r.errMsg}`);
        resolve(ran);
      },
    });
  });
}

/** What a navigation that went through runs. */
const ok = (api: string) => [`success: ${api}:ok`, `complete: ${api}:ok`];

/** The demo launched on its first page (the home page). */
async function launched() {
  const w = await world();
  const navigations: string[] = [];
  const devtools = launch({
    simulate,
    isolate: (fn) => jest.isolateModules(fn),
    root: stage.root,
    config: { domain: w.mock.url, clientId: w.mock.clientId, allowInsecureLoopback: true, debug: false },
    onNavigate: (line: string) => navigations.push(line),
  });
  devtools.start();
  const urls = () => devtools.stack.map((p: { url: string }) => p.url);
  const routes = () => getCurrentPages().map((p) => p.route);
  return { devtools, navigations, urls, routes };
}

describe('the demo runner (a DevTools stand-in)', () => {
  it('refuses to go back from the first page, as WeChat does', async () => {
    const { devtools, navigations, urls } = await launched();
    const refused = 'navigateBack:fail cannot navigate back at first page.';
    expect(await navigate('navigateBack')).toEqual([`fail: ${refused}`, `complete: ${refused}`]);
    expect(urls()).toEqual(['/pages/home/index']);
    expect(navigations).toEqual([`navigateBack (${refused})`]);
    devtools.quit();
  });

  it('goes back to the first page when delta is larger than the stack', async () => {
    const { devtools, urls } = await launched();
    await navigate('navigateTo', { url: '/pages/sign-in/index' });
    await navigate('navigateTo', { url: '/pages/home/index' });
    expect(await navigate('navigateBack', { delta: 5 })).toEqual(ok('navigateBack'));
    expect(urls()).toEqual(['/pages/home/index']);
    devtools.quit();
  });

  it('lists the open pages, first to top, with getCurrentPages(), through each kind of navigation', async () => {
    const { devtools, urls, routes } = await launched();
    expect(routes()).toEqual(['pages/home/index']);
    expect(await navigate('navigateTo', { url: '/pages/sign-in/index' })).toEqual(ok('navigateTo'));
    expect(routes()).toEqual(['pages/home/index', 'pages/sign-in/index']);
    expect(await navigate('redirectTo', { url: '/pages/mfa/index' })).toEqual(ok('redirectTo'));
    expect(routes()).toEqual(['pages/home/index', 'pages/mfa/index']);
    const mfa = devtools.page()!.comp;
    expect(getCurrentPages()[1]).toBe(mfa.instance);
    await settle(() => mfa.data.expired, 'the MFA page without an MFA step');
    expect(await navigate('reLaunch', { url: '/pages/sign-in/index' })).toEqual(ok('reLaunch'));
    expect(routes()).toEqual(['pages/sign-in/index']);
    expect(urls()).toEqual(['/pages/sign-in/index']);
    devtools.quit();
    expect(getCurrentPages()).toEqual([]);
  });
});
