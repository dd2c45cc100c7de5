import type { Session } from '../../src';
import { MOBILE } from '../support/fixtures';
import { closeWorlds, rejection, signedIn, world } from '../support/harness';
import { settle } from './support';

afterEach(closeWorlds);

const KEY = 'eiam.v1.session';

/** Every wx.request and wx.login option the client passed. */
const options = (fake: { calls: Array<{ api: string; args: unknown[] }> }, api: string) =>
  fake.calls.filter((c) => c.api === api).map((c) => c.args[0] as { timeout?: unknown });

describe('T: timeouts and offline', () => {
  it.each([
    ['the default', undefined, 10000],
    ['a configured', 3000, 3000],
  ])(
    'T1 every wx.request and wx.login carries an explicit timeout: %s one',
    async (_name, timeoutMs, expected) => {
      const { mock, fake, eiam } = await world({ client: timeoutMs ? { timeoutMs } : {} });
      await eiam.loginWithWeChat();
      await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
      await eiam.registerBind({ mobile: MOBILE, verifyCode: mock.lastCode(MOBILE)! });
      await eiam.refreshIdToken();
      await eiam.getCaptcha();
      const requests = options(fake, 'request');
      expect(requests.length).toBeGreaterThanOrEqual(5);
      for (const req of requests) expect(req.timeout).toBe(expected);
      expect(expected).toBeLessThanOrEqual(15000);
      for (const login of options(fake, 'login')) expect(login.timeout).toBe(expected);
    },
  );

  it('T2 request:fail while offline gives NETWORK_ERROR, leaves the stored session untouched and fires no sign-out', async () => {
    const { fake, eiam, session } = await signedIn();
    const stored = fake.storage.raw(KEY);
    const events: Array<Session | null> = [];
    eiam.onSessionChange((s) => events.push(s));
    fake.faults.request = 'offline';
    for (const call of [
      () => eiam.refreshIdToken(),
      () => eiam.loginWithWeChat(),
      () => eiam.sendSmsCode({ mobile: MOBILE, type: 'LOGIN_SMS' }),
      () => eiam.getCaptcha(),
    ]) {
      expect(await rejection(call())).toMatchObject({ code: 'NETWORK_ERROR', detail: 'not-sent' });
    }
    await settle();
    expect(fake.storage.raw(KEY)).toEqual(stored);
    expect(events).toEqual([]);
    expect(await eiam.getSession()).toBe(session);
  });

  it('T3 after three network failures in a row, a valid stored session is still returned (also after a cold start)', async () => {
    const { mock, fake, eiam, session, restart } = await signedIn();
    fake.faults.request = 'offline';
    expect((await rejection(eiam.refreshIdToken())).code).toBe('NETWORK_ERROR');
    fake.faults.request = 'interrupted';
    expect((await rejection(eiam.refreshIdToken())).code).toBe('NETWORK_ERROR');
    fake.faults.request = null;
    mock.fault({ path: '/sso/session-token/id-token', kind: 'reset' });
    expect((await rejection(eiam.refreshIdToken())).code).toBe('NETWORK_ERROR');
    expect(await eiam.getSession()).toBe(session);
    const cold = await restart().getSession();
    expect(cold && cold.sessionToken).toBe(session.sessionToken);
  });
});
