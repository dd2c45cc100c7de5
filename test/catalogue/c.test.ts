import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { EiamClient, isEiamError, type Session, type SessionStorage, type Transport } from '../../src';
import { MOBILE, OPENID } from '../support/fixtures';
import { closeWorlds, rejection, requestsTo, signedIn, world } from '../support/harness';
import { answer, bodyOf, jwt, runs, settle } from './support';

afterEach(closeWorlds);

const KEY = 'eiam.v1.session';
const LOGIN = '/login/wechat-miniprogram';
const wxLogins = (fake: { calls: Array<{ api: string }> }) => fake.calls.filter((c) => c.api === 'login');

describe('C: concurrency', () => {
  it('C1 100 concurrent loginWithWeChat() with no session share one wx.login and one request', async () => {
    const { mock, fake, eiam } = await world();
    mock.addUser({ mobile: MOBILE, openid: OPENID });
    const results = await Promise.all(Array.from({ length: 100 }, () => eiam.loginWithWeChat()));
    expect(wxLogins(fake)).toHaveLength(1);
    expect(requestsTo(mock, LOGIN)).toHaveLength(1);
    expect(new Set(results).size).toBe(1);
    expect(results[0]!.status).toBe('SUCCESS');
  });

  it('C2 100 concurrent loginWithWeChat() where wx.login fails all reject WX_LOGIN_FAILED; the 101st starts afresh', async () => {
    const { mock, fake, eiam } = await world();
    mock.addUser({ mobile: MOBILE, openid: OPENID });
    fake.faults.login = 'fail';
    const outcomes = await Promise.allSettled(Array.from({ length: 100 }, () => eiam.loginWithWeChat()));
    const errors = outcomes.map((o) => (o.status === 'rejected' ? o.reason : o.value));
    expect(errors.every((e) => isEiamError(e) && e.code === 'WX_LOGIN_FAILED')).toBe(true);
    expect(new Set(errors).size).toBe(1);
    expect(wxLogins(fake)).toHaveLength(1);
    expect(mock.requests).toHaveLength(0);
    fake.faults.login = null;
    expect((await eiam.loginWithWeChat()).status).toBe('SUCCESS');
    expect(wxLogins(fake)).toHaveLength(2);
    expect(requestsTo(mock, LOGIN)).toHaveLength(1);
  });

  it('C3 100 concurrent loginWithWeChat() where the request fails all reject with the same error; the next succeeds', async () => {
    const { mock, fake, eiam } = await world();
    mock.addUser({ mobile: MOBILE, openid: OPENID });
    mock.fault({ path: LOGIN, kind: 'html', status: 502 });
    const outcomes = await Promise.allSettled(Array.from({ length: 100 }, () => eiam.loginWithWeChat()));
    const errors = outcomes.map((o) => (o.status === 'rejected' ? o.reason : o.value));
    expect(new Set(errors).size).toBe(1);
    expect(errors[0]).toMatchObject({ code: 'SERVER_ERROR', status: 502 });
    expect(requestsTo(mock, LOGIN)).toHaveLength(1);
    expect((await eiam.loginWithWeChat()).status).toBe('SUCCESS');
    expect(requestsTo(mock, LOGIN)).toHaveLength(2);
    expect(new Set(fake.loginCodes).size).toBe(2);
  });

  it('C4 50 concurrent getSession() at cold start make one storage read', async () => {
    const { mock, fake, eiam, restart } = await world();
    mock.addUser({ mobile: MOBILE, openid: OPENID });
    await eiam.loginWithWeChat();
    fake.calls.length = 0;
    const cold = restart();
    const sessions = await Promise.all(Array.from({ length: 50 }, () => cold.getSession()));
    const reads = fake.calls.filter((c) => c.api === 'getStorage' || c.api === 'getStorageSync');
    expect(reads).toHaveLength(1);
    expect((reads[0]!.args[0] as { key: string }).key).toBe(KEY);
    expect(new Set(sessions).size).toBe(1);
    expect(sessions[0]).not.toBeNull();
  });

  it('C5 a late failure of an old flight never deletes a newer session', async () => {
    const { mock, fake, eiam } = await world({ mock: { renewSessionToken: true } });
    mock.addUser({ mobile: MOBILE, openid: OPENID });
    const first = await eiam.loginWithWeChat();
    if (first.status !== 'SUCCESS') throw new Error('expected SUCCESS');
    // An old refresh is answered late with a definite rejection, after a newer sign-in replaced its session.
    mock.fault({
      path: '/sso/session-token/id-token',
      kind: 'status',
      status: 401,
      body: { error_code: 'IDAAS.SDK.COMMON.1010', error_msg: 'session_token invalid' },
      delayMs: 150,
    });
    const old = eiam.refreshIdToken();
    await new Promise((r) => setTimeout(r, 30));
    await eiam.logout();
    const second = await eiam.loginWithWeChat();
    if (second.status !== 'SUCCESS') throw new Error('expected SUCCESS');
    expect(isEiamError(await rejection(old))).toBe(true);
    await settle();
    expect(await eiam.getSession()).toBe(second.session);
    const stored = JSON.parse(fake.storage.raw(KEY)!.data as string) as { s: string };
    expect(stored.s).toBe(second.session.sessionToken);
    expect(requestsTo(mock, '/sso/session-token/id-token')).toHaveLength(1);
  });

  it('C6 with the wx fake never calling back, every public method settles within the timeout plus 1 s (on a fake clock)', async () => {
    const TIMEOUT = 2000;
    const { mock, fake, restart } = await world();
    mock.addUser({ mobile: MOBILE, openid: OPENID });
    await restart().loginWithWeChat(); // a stored session, so the cold read below has something to find
    fake.setOpenid('o-unbound-openid');
    const eiam = restart({ timeoutMs: TIMEOUT, allowedHosts: ['api.example.com'] });
    await eiam.loginWithWeChat(); // a held state token, so the step-2 methods reach wx
    fake.faults = {
      login: 'hang',
      request: 'hang',
      getStorage: 'hang',
      setStorage: 'hang',
      removeStorage: 'hang',
    };
    const calls: Record<string, () => Promise<unknown>> = {
      loginWithWeChat: () => eiam.loginWithWeChat(),
      sendSmsCode: () => eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' }),
      sendEmailCode: () => eiam.sendEmailCode({ email: 'a@b.co', type: 'REGISTER_EMS' }),
      registerBind: () => eiam.registerBind({ mobile: MOBILE, verifyCode: '123456' }),
      bind: () => eiam.bind({ mobile: MOBILE, verifyCode: '654321' }),
      registerBindWithWeChatPhone: () => eiam.registerBindWithWeChatPhone({ wechatCode: 'p1' }),
      bindWithWeChatPhone: () => eiam.bindWithWeChatPhone({ wechatCode: 'p2' }),
      bindWithPassword: () => eiam.bindWithPassword({ userName: 'zhangsan', password: 'pw' }),
      getCaptcha: () => eiam.getCaptcha(),
      verifyCaptcha: () => eiam.verifyCaptcha({ token: 't', x: 10, sender: MOBILE }),
      getMfaMobile: () => eiam.getMfaMobile(),
      verifyMfaSms: () => eiam.verifyMfaSms({ mobile: MOBILE, verifyCode: '111111' }),
      verifyMfaEmail: () => eiam.verifyMfaEmail({ email: 'a@b.co', verifyCode: '222222' }),
      refreshIdToken: () => eiam.refreshIdToken(),
      getSession: () => eiam.getSession(),
      logout: () => eiam.logout(),
    };
    calls.getIdToken = () => eiam.getIdToken();
    calls.request = () => eiam.request({ url: 'https://api.example.com/me' });
    // Every promise-returning public method is in the list above.
    const sync = [
      'constructor',
      'codeCooldownLeft',
      'onSessionChange',
      'describeError',
      'uiLanguage',
      'hasStateToken',
      'dispose',
    ];
    const source = fs.readFileSync(path.join(__dirname, '../../src/client/eiam-client.ts'), 'utf8');
    const privates = (source.match(/^ {2}private (?:async )?\w+(?=[<(])/gm) || []).map((m) =>
      m.split(' ').pop()!,
    );
    const publicMethods = Object.getOwnPropertyNames(EiamClient.prototype).filter(
      (name) => sync.indexOf(name) < 0 && privates.indexOf(name) < 0,
    );
    expect(publicMethods).toContain('loginWithWeChat');
    for (const name of publicMethods) expect(Object.keys(calls)).toContain(name);

    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      const settled: Record<string, string> = {};
      for (const name of Object.keys(calls)) {
        calls[name]!().then(
          () => (settled[name] = 'resolved'),
          (e: unknown) => (settled[name] = isEiamError(e) ? e.code : 'not an EiamError'),
        );
      }
      await settle();
      expect(Object.keys(settled).length).toBeLessThan(Object.keys(calls).length); // the hangs are real
      await jest.advanceTimersByTimeAsync(TIMEOUT + 1000);
      await settle();
      expect(Object.keys(settled).sort()).toEqual(Object.keys(calls).sort());
      expect(Object.values(settled)).not.toContain('not an EiamError');
      expect(settled.loginWithWeChat).toBe('WX_LOGIN_FAILED');
      expect(settled.registerBind).toBe('TIMEOUT');
    } finally {
      jest.useRealTimers();
    }
  });

  it('C6 a change queued behind a session write that never answers settles within the timeout plus 1 s too (on a fake clock)', async () => {
    const TIMEOUT = 2000;
    const { eiam, fake } = await signedIn({ client: { timeoutMs: TIMEOUT } });
    fake.faults.setStorage = 'hang';
    fake.faults.removeStorage = 'hang';
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      const settled: string[] = [];
      void eiam.logout().then(() => settled.push('first'));
      await jest.advanceTimersByTimeAsync(TIMEOUT / 2);
      await settle();
      expect(settled).toEqual([]);
      void eiam.logout().then(() => settled.push('second')); // its removal waits for the first, which never answers
      await jest.advanceTimersByTimeAsync(TIMEOUT / 2);
      await settle();
      expect(settled).toEqual(['first']);
      await jest.advanceTimersByTimeAsync(TIMEOUT / 2 + 1000);
      await settle();
      expect(settled).toEqual(['first', 'second']);
    } finally {
      jest.useRealTimers();
    }
  });
});

// ---- C7: a race test over an in-process transport and storage whose answers the scheduler orders ----

type Op =
  | { kind: 'login'; bound: boolean; fail: boolean }
  | { kind: 'bind'; fail: boolean }
  | { kind: 'logout' }
  | { kind: 'getSession' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('login' as const), bound: fc.boolean(), fail: fc.boolean() }),
  fc.record({ kind: fc.constant('bind' as const), fail: fc.boolean() }),
  fc.constant({ kind: 'logout' as const }),
  fc.constant({ kind: 'getSession' as const }),
);

const DOMAIN = 'https://tenant.example.com';
const CLIENT_ID = 'race-client';

describe('C: races (property test with fc.scheduler)', () => {
  it('C7 random interleavings of login, bind, logout and getSession keep storage and getSession() in agreement and never resurrect a cleared session', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.array(op, { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        async (s, ops, stored) => {
          const data = new Map<string, string>();
          /** Which op started the flight that produced each session token; -1 for the one stored before start. */
          const origin = new Map<string, number>();
          let started = -1; // the op running synchronously right now
          let order = 0; // how many ops have started
          let lastLogout = -1; // the start order of the last logout
          const later = <T>(label: string, f: () => T): Promise<T> =>
            s.schedule(Promise.resolve(label)).then(f);
          const storage: SessionStorage = {
            get: (key) => later(`get ${key}`, () => (data.has(key) ? data.get(key)! : null)),
            set: (key, value) => later(`set ${key}`, () => void data.set(key, value)),
            remove: (key) => later(`remove ${key}`, () => void data.delete(key)),
          };
          const idToken = jwt({ sub: 'u1', iat: 1, exp: 301 });
          const grant = (token: string) => ({
            status: 'SUCCESS',
            session_token: token,
            expire: 3600,
            id_token: idToken,
          });
          const transport: Transport = {
            request: (req) => {
              const body = bodyOf(req);
              let res;
              if (req.url.endsWith(LOGIN)) {
                const [, n, bound, fail] = String(body.code).split('.');
                if (fail === 'f') res = answer(502, '<html>bad gateway</html>');
                else if (bound === 'b') res = answer(200, grant(`s-login-${n}`));
                else res = answer(200, { status: 'SOCIAL_BIND', state_token: `st-${n}`, data: null });
              } else {
                const n = Number(body.verify_code) - 100000;
                res = (ops[n] as { fail: boolean }).fail
                  ? answer(400, { error_code: 'IDAAS.SDK.LOGIN.1001', error_msg: 'code wrong' })
                  : answer(200, grant(`s-bind-${n}`));
              }
              return later(`answer ${req.url.slice(-20)}`, () => res);
            },
          };
          const login = {
            login: () => {
              const o = ops[started] as { bound: boolean; fail: boolean };
              origin.set(`s-login-${started}`, order);
              return Promise.resolve(`wx.${started}.${o.bound ? 'b' : 'u'}.${o.fail ? 'f' : 'o'}`);
            },
          };
          const owner = { domain: DOMAIN, clientId: CLIENT_ID };
          if (stored) {
            data.set(
              'eiam.v1.session',
              JSON.stringify({
                v: 1,
                d: owner.domain,
                c: owner.clientId,
                s: 's-initial',
                i: idToken,
                e: 4e12,
              }),
            );
            origin.set('s-initial', -1);
          }
          const eiam = new EiamClient({
            domain: DOMAIN,
            clientId: CLIENT_ID,
            transport,
            storage,
            login,
            deviceInfo: {
              read: () => ({
                system: 'iOS 17',
                platform: 'ios',
                brand: 'A',
                model: 'B',
                wechatVersion: '8',
                sdkVersion: '3.3.4',
                language: 'zh_CN',
              }),
            },
            clock: { now: () => 1_000_000 },
          });
          const done: Array<Promise<unknown>> = [];
          ops.forEach((o, i) => {
            done.push(
              later(`start ${i} ${o.kind}`, () => {
                started = i;
                order++;
                let p: Promise<unknown>;
                if (o.kind === 'login') p = eiam.loginWithWeChat();
                else if (o.kind === 'bind') {
                  origin.set(`s-bind-${i}`, order);
                  p = eiam.registerBind({ mobile: MOBILE, verifyCode: String(100000 + i) });
                } else if (o.kind === 'logout') {
                  lastLogout = order;
                  p = eiam.logout();
                } else p = eiam.getSession();
                started = -1;
                return p.catch((e: unknown) => {
                  if (!isEiamError(e)) throw e;
                });
              }),
            );
          });
          await s.waitFor(Promise.all(done));
          await s.waitAll();
          const session: Session | null = await s.waitFor(eiam.getSession());
          await s.waitAll();
          const raw = data.get('eiam.v1.session');
          const inStorage = raw ? (JSON.parse(raw) as { s: string }).s : null;
          // Storage holds exactly the session getSession() returns.
          expect(inStorage).toBe(session ? session.sessionToken : null);
          // A session cleared by logout() never comes back: whatever is held started after the last logout.
          if (session) expect(origin.get(session.sessionToken)!).toBeGreaterThanOrEqual(lastLogout); // -1 only without a logout
          // A cold start reads the same.
          const cold = new EiamClient({
            domain: DOMAIN,
            clientId: CLIENT_ID,
            transport,
            // A copy of the storage seam: a new run of the app (clients on one storage object share their session).
            storage: { get: storage.get, set: storage.set, remove: storage.remove },
            login,
            clock: { now: () => 1_000_000 },
          });
          const coldSession = await s.waitFor(cold.getSession());
          expect(coldSession ? coldSession.sessionToken : null).toBe(inStorage);
        },
      ),
      runs(1000),
    );
  });
});
