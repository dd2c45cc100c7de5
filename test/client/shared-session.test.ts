import v8 from 'node:v8';
import vm from 'node:vm';
import { EiamClient, wxTransport, type Session, type SessionChangeReason, type Transport } from '../../src';
import { EMAIL, MOBILE, OPENID, OTHER_MOBILE } from '../support/fixtures';
import { closeWorlds, rejection, requestsTo, world, type World } from '../support/harness';
import { startMockIdaas } from 'eiam-miniprogram-sdk/testing';
import { handClock } from '../after-sign-in/support';

afterEach(() => {
  jest.useRealTimers();
  return closeWorlds();
});

const OTHER_OPENID = 'o-other-openid';

/** Records every change a client's listeners hear, as `reason sub`. */
function heard(eiam: EiamClient): string[] {
  const seen: string[] = [];
  eiam.onSessionChange((session, { reason }) =>
    seen.push(`${reason} ${session ? String(session.claims.sub) : '-'}`),
  );
  return seen;
}

const storageReads = (w: World) =>
  w.fake.calls.filter(
    (c) => c.api === 'getStorage' && (c.args[0] as { key: string }).key === 'eiam.v1.session',
  );

/** A world with a bound user, a hand-moved clock for the clients and the mock, and `n` more clients in the same run. */
async function pages(n: number) {
  const clock = handClock();
  const w = await world({ client: { clock } });
  w.mock.addUser({ mobile: MOBILE, email: EMAIL, openid: OPENID });
  const others = Array.from({ length: n }, () => w.another());
  const elapse = (ms: number) => {
    clock.ms += ms;
    w.mock.advanceTime(ms);
  };
  return { ...w, clock, elapse, others, refreshes: () => requestsTo(w.mock, '/sso/session-token/id-token') };
}

describe('clients of one domain, client id and storage key share one session', () => {
  it('a sign-in, refresh and sign-out through one client is what the others see at once, with each listener told once and no extra request or storage read', async () => {
    const w = await pages(1);
    const [b] = w.others as [EiamClient];
    const onA = heard(w.eiam);
    const onB = heard(b);
    const result = await w.eiam.loginWithWeChat();
    if (result.status !== 'SUCCESS') throw new Error('expected SUCCESS');
    const requests = w.mock.requests.length;
    const reads = storageReads(w).length;
    expect(await b.getSession()).toBe(result.session);
    expect(await b.getIdToken()).toBe(result.session.idToken);
    expect(w.mock.requests).toHaveLength(requests);
    expect(storageReads(w)).toHaveLength(reads);
    expect(onA).toEqual(['SIGNED_IN u000001']);
    expect(onB).toEqual(['SIGNED_IN u000001']);

    const refreshed = await b.refreshIdToken();
    expect(await w.eiam.getSession()).toBe(refreshed);
    expect(await w.eiam.getIdToken()).toBe(refreshed.idToken);
    await b.logout();
    expect(await w.eiam.getSession()).toBeNull();
    expect((await rejection(w.eiam.getIdToken())).code).toBe('NO_SESSION');
    expect(onA).toEqual(['SIGNED_IN u000001', 'REFRESHED u000001', 'SIGNED_OUT -']);
    expect(onB).toEqual(onA);
    expect(storageReads(w)).toHaveLength(reads);
  });

  it("after a sign-out and another user's sign-in on page A, page B hands out the new user's id_token and refreshes with the new session_token", async () => {
    const w = await pages(1);
    const [b] = w.others as [EiamClient];
    w.mock.addUser({ mobile: OTHER_MOBILE, openid: OTHER_OPENID });
    await w.eiam.loginWithWeChat();
    expect((await b.getSession())!.claims.sub).toBe('u000001');
    await w.eiam.logout();
    w.fake.setOpenid(OTHER_OPENID);
    const second = await w.eiam.loginWithWeChat();
    if (second.status !== 'SUCCESS') throw new Error('expected SUCCESS');
    expect(second.session.claims.sub).toBe('u000002');
    expect(await b.getIdToken()).toBe(second.session.idToken);
    w.elapse(250_000); // the id_token is within its margin: B refreshes
    const renewed = await b.getIdToken();
    expect(renewed).not.toBe(second.session.idToken);
    const [refresh] = w.refreshes();
    expect(refresh!.headers['x-session-token']).toBe(second.session.sessionToken);
    expect(w.refreshes()).toHaveLength(1);
  });

  it('lets a sign-in flow started on one client finish on another, and a sign-out on any ends it for all', async () => {
    const w = await pages(2);
    const [bindPage, thirdPage] = w.others as [EiamClient, EiamClient];
    w.fake.setOpenid('o-new-wechat-user');
    expect(await w.eiam.loginWithWeChat()).toEqual({
      status: 'SOCIAL_BIND',
      flows: ['VERIFY_PHONE', 'VERIFY_EMAIL'],
    });
    expect(bindPage.hasStateToken()).toBe(true);
    await bindPage.sendSmsCode({ mobile: OTHER_MOBILE, type: 'REGISTER_SMS' });
    // The cool-down is the session's: the login page may not send the same code again.
    expect((await rejection(w.eiam.sendSmsCode({ mobile: OTHER_MOBILE, type: 'REGISTER_SMS' }))).code).toBe(
      'RATE_LIMITED',
    );
    expect(thirdPage.codeCooldownLeft({ mobile: OTHER_MOBILE, type: 'REGISTER_SMS' })).toBeGreaterThan(0);
    const session = await bindPage.registerBind({
      mobile: OTHER_MOBILE,
      verifyCode: w.mock.lastCode(OTHER_MOBILE)!,
    });
    expect(await w.eiam.getSession()).toBe(session);
    expect(w.eiam.hasStateToken()).toBe(false);

    await w.eiam.logout();
    w.fake.setOpenid(OTHER_OPENID);
    await w.eiam.loginWithWeChat(); // a new WeChat user: a new flow
    expect(thirdPage.hasStateToken()).toBe(true);
    await thirdPage.logout();
    expect(w.eiam.hasStateToken()).toBe(false);
    expect(bindPage.hasStateToken()).toBe(false);
    expect((await rejection(bindPage.registerBind({ mobile: MOBILE, verifyCode: '123456' }))).code).toBe(
      'NO_STATE_TOKEN',
    );
  });
});

describe('one device fingerprint per device', () => {
  it('sends one value from clients that start at once, stores it once, and keeps it after a relaunch, for every tenant and storage key', async () => {
    const w = await world();
    const other = await startMockIdaas({ clientId: 'other-client' });
    try {
      const clients = [
        w.eiam,
        w.another(),
        w.another({ storageKey: 'eiam.second' }),
        w.another({ domain: other.url, clientId: other.clientId, storageKey: 'eiam.other' }),
      ];
      await Promise.all(clients.map((c) => c.getCaptcha()));
      const sent = [...w.mock.requests, ...other.requests].map((r) => r.headers['x-device-fingerprint']);
      expect(sent).toHaveLength(3); // two clients of one session share one captcha request
      expect(new Set(sent).size).toBe(1);
      const writes = w.fake.calls.filter(
        (c) => c.api === 'setStorage' && (c.args[0] as { key: string }).key === 'eiam.v1.device',
      );
      expect(writes).toHaveLength(1);
      expect(w.fake.storage.raw('eiam.v1.device')!.data).toBe(sent[0]);

      await Promise.all([w.restart().getCaptcha(), w.another().getCaptcha()]);
      expect(w.mock.requests.slice(-1)[0]!.headers['x-device-fingerprint']).toBe(sent[0]);
    } finally {
      await other.close();
    }
  });
});

describe('one request in flight across clients', () => {
  it('concurrent loginWithWeChat() on two clients spend one wx.login code and one request', async () => {
    const w = await pages(1);
    const [b] = w.others as [EiamClient];
    const [ra, rb] = await Promise.all([w.eiam.loginWithWeChat(), b.loginWithWeChat()]);
    expect(ra).toBe(rb);
    expect(w.fake.loginCodes).toHaveLength(1);
    expect(requestsTo(w.mock, '/login/wechat-miniprogram')).toHaveLength(1);
  });

  it('concurrent getIdToken() on three clients after expiry make one refresh', async () => {
    const w = await pages(2);
    await w.eiam.loginWithWeChat();
    w.elapse(290_000);
    const tokens = await Promise.all([w.eiam, ...w.others].map((c) => c.getIdToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(w.refreshes()).toHaveLength(1);
  });

  it('an app show with a stale token makes one background refresh, with one app show/hide subscription for all clients', async () => {
    const w = await pages(3);
    await w.eiam.loginWithWeChat();
    await Promise.all(w.others.map((c) => c.getSession()));
    expect(w.fake.appListeners()).toEqual({ show: 1, hide: 1 });
    w.elapse(250_000);
    const refreshed = new Promise<Session>((resolve) =>
      w.others[2]!.onSessionChange((session, { reason }) => reason === 'REFRESHED' && resolve(session!)),
    );
    w.fake.appShow();
    const session = await refreshed;
    expect(await w.others[0]!.getIdToken()).toBe(session.idToken);
    expect(w.refreshes()).toHaveLength(1);
  });
});

describe('a client made per page leaks nothing', () => {
  it('constructing 10,000 clients adds no app show/hide subscription and no timer, and touches no wx API', async () => {
    const w = await pages(0);
    await w.eiam.loginWithWeChat();
    const calls = w.fake.calls.length;
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    for (let i = 0; i < 10_000; i++)
      new EiamClient({ domain: w.mock.url, clientId: w.mock.clientId, allowInsecureLoopback: true });
    expect(jest.getTimerCount()).toBe(0);
    jest.useRealTimers();
    expect(w.fake.appListeners()).toEqual({ show: 1, hide: 1 });
    expect(w.fake.calls).toHaveLength(calls);
    await w.eiam.logout();
    expect(w.fake.appListeners()).toEqual({ show: 0, hide: 0 });
  });

  it('lets dropped clients be collected, those that never subscribed and those disposed; a forgotten listener keeps only what it closes over', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const w = await pages(0);
    await w.eiam.loginWithWeChat();
    const refs: Array<WeakRef<EiamClient>> = [];
    let forgottenPage: WeakRef<object> | undefined;
    const told: number[] = [];
    (() => {
      for (let i = 0; i < 1000; i++) {
        const client = w.another();
        if (i % 2) client.onSessionChange(() => told.push(i));
        if (i % 2) client.dispose();
        refs.push(new WeakRef(client));
      }
      // A page that forgets dispose(): its listener closes over the page, not over the client.
      const page = { told, eiam: w.another() };
      page.eiam.onSessionChange(() => page.told.push(-1));
      forgottenPage = new WeakRef(page);
    })();
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    expect(refs.filter((r) => r.deref() !== undefined)).toHaveLength(0);
    expect(forgottenPage!.deref()).toBeDefined(); // held, with its client, by its listener until dispose()
    await w.eiam.logout();
    expect(told).toEqual([-1]); // only the forgotten listener is still told: disposed ones are gone
  });

  it('dispose() removes only its own listeners, and the client keeps working', async () => {
    const w = await pages(1);
    const [b] = w.others as [EiamClient];
    const onA = heard(w.eiam);
    const onB = heard(b);
    b.dispose();
    b.dispose(); // twice is harmless
    await b.loginWithWeChat();
    expect(onA).toEqual(['SIGNED_IN u000001']);
    expect(onB).toEqual([]);
    expect(await b.getSession()).not.toBeNull();
  });
});

describe("a relaunch (the wx fake's cold start)", () => {
  it('starts afresh from storage: clients made after it share nothing with clients made before it', async () => {
    const w = await pages(1);
    await w.eiam.loginWithWeChat();
    const reads = storageReads(w).length;
    const cold = w.restart();
    const onCold = heard(cold);
    expect(w.fake.appListeners()).toEqual({ show: 0, hide: 0 });
    const restored = await cold.getSession();
    expect(storageReads(w)).toHaveLength(reads + 1);
    expect(restored!.sessionToken).toBe((await w.eiam.getSession())!.sessionToken);
    await w.eiam.logout(); // a client of the run before: its session is not the new run's
    expect(await cold.getSession()).toBe(restored);
    expect(onCold).toEqual([]);
    expect(() => w.another({ clock: handClock() })).toThrow(); // the run's first client chose the clock
    w.fake.relaunch();
    expect(() => w.another({ clock: handClock() })).not.toThrow(); // a new run, a new first client
  });
});

describe('different tenants, client ids and storage keys stay isolated', () => {
  it("one tenant's sign-out leaves another tenant's session in memory and in storage", async () => {
    const w = await pages(0);
    const other = await startMockIdaas({ clientId: 'other-client' });
    try {
      other.addUser({ mobile: MOBILE, openid: OPENID });
      const b = w.another({ domain: other.url, clientId: other.clientId, storageKey: 'eiam.other' });
      const sameTenantOtherKey = w.another({ storageKey: 'eiam.second' });
      const onB = heard(b);
      const onKey = heard(sameTenantOtherKey);
      await Promise.all([w.eiam.loginWithWeChat(), b.loginWithWeChat()]);
      expect(w.fake.loginCodes).toHaveLength(2); // two sessions, two flights
      expect(await sameTenantOtherKey.getSession()).toBeNull();
      const stored = w.fake.storage.raw('eiam.other')!.data;
      await w.eiam.logout();
      expect(await b.getSession()).not.toBeNull();
      expect(w.fake.storage.raw('eiam.other')!.data).toBe(stored);
      expect(onB).toEqual(['SIGNED_IN u000001']);
      expect(onKey).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('refuses a second tenant on a storage key another tenant keeps its session under in this app', async () => {
    const w = await world();
    const error = (() => {
      try {
        w.another({ clientId: 'another-client' });
      } catch (e) {
        return e as { code: string; detail: string };
      }
      throw new Error('expected a refusal');
    })();
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', detail: 'storageKey' });
    expect(() => w.another({ clientId: 'another-client', storageKey: 'eiam.another' })).not.toThrow();
  });
});

describe('options per client and per session', () => {
  it('keeps timeoutMs, debug, language and the transport per client', async () => {
    const w = await pages(0);
    const theirs: string[] = [];
    const seen: string[] = [];
    const transport: Transport = {
      request: (req) => {
        seen.push(req.url);
        return wxTransport().request(req);
      },
    };
    const b = w.another({ timeoutMs: 4321, debug: (line) => theirs.push(line), transport, language: 'en' });
    const mine = w.logs.length;
    await b.getCaptcha();
    const [req] = requestsTo(w.mock, '/captcha');
    expect(req!.headers['x-l']).toBe('en');
    const wxCalls = w.fake.calls.filter((c) => c.api === 'request');
    expect((wxCalls[0]!.args[0] as { timeout: number }).timeout).toBe(4321);
    expect(seen).toHaveLength(1);
    expect(theirs.some((line) => line.includes('/captcha'))).toBe(true);
    expect(w.logs).toHaveLength(mine); // A's sink heard nothing of B's call
    expect(b.uiLanguage()).toBe('en');
    expect(w.eiam.uiLanguage()).toBe('zh');
    await w.eiam.loginWithWeChat();
    expect(seen).toHaveLength(1); // A's call went through wx.request, not B's transport
    expect(await b.getSession()).not.toBeNull();
  });

  it.each([
    ['mobileFormat', { mobileFormat: 'e164' }],
    ['codeCooldownMs', { codeCooldownMs: 30000 }],
    ['clock', { clock: { now: () => Date.now() } }],
    ['deviceInfo', { deviceInfo: { read: () => ({}) as never } }],
    ['appLifecycle', { appLifecycle: { subscribe: () => () => undefined } }],
  ] as const)(
    'refuses with INVALID_ARGUMENT a client whose per-session option %s differs from the session',
    async (name, extra) => {
      const w = await world();
      expect(() => w.another(extra as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT', detail: name }),
      );
    },
  );

  it('takes the session’s per-session options when a client leaves them out or repeats them', async () => {
    const clock = handClock();
    const w = await world({ client: { clock, mobileFormat: 'e164', codeCooldownMs: 30000 } });
    const page = w.another({ clock: undefined, mobileFormat: undefined, codeCooldownMs: undefined });
    const same = w.another(); // repeats clock, mobileFormat and codeCooldownMs (the world's client options)
    await w.eiam.loginWithWeChat();
    await page.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
    expect(requestsTo(w.mock, '/sms/send')[0]!.body).toMatchObject({ mobile: '+8613800138000' });
    expect(same.codeCooldownLeft({ mobile: MOBILE, type: 'REGISTER_SMS' })).toBe(30000);
  });
});

describe('the kinds of session change', () => {
  it('tells every client once per change, whichever client made it', async () => {
    const w = await pages(2);
    const lists = [w.eiam, ...w.others].map((c) => {
      const reasons: SessionChangeReason[] = [];
      c.onSessionChange((_s, { reason }) => reasons.push(reason));
      return reasons;
    });
    await w.others[0]!.loginWithWeChat();
    await w.others[1]!.refreshIdToken();
    await w.eiam.logout();
    for (const reasons of lists) expect(reasons).toEqual(['SIGNED_IN', 'REFRESHED', 'SIGNED_OUT']);
  });
});
