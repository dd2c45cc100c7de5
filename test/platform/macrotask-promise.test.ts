// On iOS 15 and older the WeChat base library's `Promise` is a polyfill that runs every callback on a later
// setTimeout (see toolchain-notes.md): a macrotask, not a microtask. The built SDK looks `Promise` up globally, so
// here the same flows run twice, once on the engine's promises and once with the global `Promise` replaced by
// promise-polyfill scheduling through setTimeout(fn, 0), and must give the same outcome, step by step.
import type { EiamClient, Session, SessionChangeInfo } from 'eiam-miniprogram-sdk';
import { builtWorld, loadBuiltSdk, type BuiltSdk, type BuiltWorld } from '../support/built-sdk';
import { EMAIL, MOBILE, MOBILE_KEY, OPENID } from '../support/fixtures';
import { closeWorlds, rejection, requestsTo } from '../support/harness';

type PolyfillConstructor = PromiseConstructor & {
  _immediateFn(fn: () => void): void;
  _unhandledRejectionFn(reason: unknown): void;
};

const KEY = 'eiam.v1.session';
const LOGIN = '/login/wechat-miniprogram';
const BIND = '/social/register-bind';
const REFRESH = '/sso/session-token/id-token';

const NativePromise = globalThis.Promise;
const realSetTimeout = setTimeout;
/** The engine's own promise: what async functions return, whatever the global `Promise` is. */
const IntrinsicPromise = (async () => undefined)().constructor;

const MacrotaskPromise = jest.requireActual<PolyfillConstructor>('promise-polyfill');
let hops = 0;
MacrotaskPromise._immediateFn = (fn) => {
  hops++;
  realSetTimeout(fn, 0);
};
const unhandled: unknown[] = [];
MacrotaskPromise._unhandledRejectionFn = (reason) => unhandled.push(reason);

/** Real time passes (the engine's promise, so that waiting does not depend on the promise under test). */
const sleep = (ms: number) => new NativePromise<void>((resolve) => realSetTimeout(resolve, ms));

/** Waits until `done()` holds; fails when it never does (an expected request that never came). */
async function until(done: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400 && !done(); i++) await sleep(5);
  if (!done()) throw new Error(`never happened: ${what}`);
}

afterEach(closeWorlds);
afterAll(() => {
  globalThis.Promise = NativePromise;
  expect(globalThis.Promise).toBe(IntrinsicPromise);
});

it('starts on the engine promise: no other test file left its Promise in this one', () => {
  expect(NativePromise).toBe(IntrinsicPromise);
  expect(MacrotaskPromise).not.toBe(NativePromise);
});

describe.each([
  ['native', NativePromise],
  ['macrotask (setTimeout polyfill)', MacrotaskPromise],
] as const)('with %s promises', (_name, P) => {
  const macrotask = P === MacrotaskPromise;
  let sdk: BuiltSdk;
  let hopsBefore = 0;

  beforeAll(() => {
    globalThis.Promise = P;
    sdk = loadBuiltSdk(); // loaded with P as the global, in case a build ever captures Promise at load
  });
  afterAll(() => {
    globalThis.Promise = NativePromise;
  });
  beforeEach(() => {
    hopsBefore = hops;
  });
  afterEach(() => {
    // Under the polyfill every flow ran its promise callbacks as setTimeout macrotasks; natively, none did.
    if (macrotask) expect(hops).toBeGreaterThan(hopsBefore);
    else expect(hops).toBe(hopsBefore);
  });

  /** A call into the SDK: its promise must be one of the promise under test, else this test proves nothing. */
  function call<T>(promise: Promise<T>): Promise<T> {
    expect(promise).toBeInstanceOf(P);
    if (macrotask) expect(promise).not.toBeInstanceOf(NativePromise);
    return promise;
  }

  /** What listeners heard, as `REASON` or `REASON+storage-error`, with any `mark()` between. */
  function trace(eiam: EiamClient) {
    const seen: string[] = [];
    eiam.onSessionChange((_s: Session | null, info: SessionChangeInfo) =>
      seen.push(info.storageError ? `${info.reason}+storage-error` : info.reason),
    );
    return { seen, mark: (step: string) => seen.push(step) };
  }

  const wxLogins = (w: BuiltWorld) => w.fake.calls.filter((c) => c.api === 'login');
  const stored = (w: BuiltWorld) => {
    const raw = w.fake.storage.raw(KEY);
    return raw ? (JSON.parse(raw.data as string) as { s: string; i: string }) : undefined;
  };

  /** A world whose client's clock is the mock's (so `mock.advanceTime` moves both), with a bound user. */
  async function boundWorld(client: Parameters<BuiltWorld['restart']>[0] = {}) {
    const w = await builtWorld(sdk);
    const user = w.mock.addUser({ mobile: MOBILE, email: EMAIL, openid: OPENID });
    const eiam = w.restart({ clock: { now: () => w.mock.now() }, ...client });
    return { ...w, eiam, user };
  }

  async function signedIn(client: Parameters<BuiltWorld['restart']>[0] = {}) {
    const w = await boundWorld(client);
    const result = await call(w.eiam.loginWithWeChat());
    if (result.status !== 'SUCCESS') throw new Error('expected SUCCESS');
    return { ...w, session: result.session };
  }

  it('its promises are of this kind: a callback on a settled one runs on a microtask only natively', async () => {
    const { eiam } = await signedIn();
    const settled = call(eiam.getSession());
    await settled;
    let ran = false;
    void settled.then(() => (ran = true));
    for (let i = 0; i < 10; i++) await NativePromise.resolve(); // microtask turns only
    expect(ran).toBe(!macrotask);
    await sleep(5); // a macrotask turn
    expect(ran).toBe(true);
  });

  it('loginWithWeChat() of a bound user: SUCCESS, stored, one SIGNED_IN heard before it resolves', async () => {
    const w = await boundWorld();
    const { seen, mark } = trace(w.eiam);
    const result = await call(w.eiam.loginWithWeChat());
    mark('resolved');
    if (result.status !== 'SUCCESS') throw new Error(`expected SUCCESS, got ${result.status}`);
    expect(result.session.claims.sub).toBe(w.user.id);
    expect(seen).toEqual(['SIGNED_IN', 'resolved']);
    expect(await call(w.eiam.getSession())).toBe(result.session);
    expect(stored(w)!.s).toBe(result.session.sessionToken);
    expect(requestsTo(w.mock, LOGIN)).toHaveLength(1);
    expect(wxLogins(w)).toHaveLength(1);
  });

  it('login → SOCIAL_BIND → sendSmsCode → registerBind: signed in, stored, one SIGNED_IN', async () => {
    const w = await builtWorld(sdk);
    const { seen, mark } = trace(w.eiam);
    const login = await call(w.eiam.loginWithWeChat());
    expect(login).toEqual({ status: 'SOCIAL_BIND', flows: ['VERIFY_PHONE', 'VERIFY_EMAIL'] });
    expect(w.eiam.hasStateToken()).toBe(true);
    await call(w.eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' }));
    const code = w.mock.lastCode(MOBILE)!;
    const session = await call(w.eiam.registerBind({ mobile: MOBILE, verifyCode: code }));
    mark('resolved');
    expect(session.claims.mobile).toBe(MOBILE_KEY);
    expect(seen).toEqual(['SIGNED_IN', 'resolved']);
    expect(w.eiam.hasStateToken()).toBe(false);
    expect(await call(w.eiam.getSession())).toBe(session);
    expect(stored(w)!.s).toBe(session.sessionToken);
    expect((await call(w.restart().getSession()))!.sessionToken).toBe(session.sessionToken);
    expect(requestsTo(w.mock, BIND)).toHaveLength(1);
    expect(w.mock.outbox).toHaveLength(1);
  });

  it('10 concurrent loginWithWeChat() share one wx.login and one request', async () => {
    const w = await boundWorld();
    const { seen } = trace(w.eiam);
    const results = await Promise.all(Array.from({ length: 10 }, () => call(w.eiam.loginWithWeChat())));
    expect(new Set(results).size).toBe(1);
    expect(results[0]!.status).toBe('SUCCESS');
    expect(wxLogins(w)).toHaveLength(1);
    expect(requestsTo(w.mock, LOGIN)).toHaveLength(1);
    expect(seen).toEqual(['SIGNED_IN']);
  });

  it('identical concurrent sendSmsCode() and registerBind() calls share one request each', async () => {
    const w = await builtWorld(sdk);
    const { seen } = trace(w.eiam);
    await call(w.eiam.loginWithWeChat());
    const send = { mobile: MOBILE, type: 'REGISTER_SMS' } as const;
    await Promise.all(Array.from({ length: 5 }, () => call(w.eiam.sendSmsCode(send))));
    const input = { mobile: MOBILE, verifyCode: w.mock.lastCode(MOBILE)! };
    const sessions = await Promise.all(Array.from({ length: 5 }, () => call(w.eiam.registerBind(input))));
    expect(new Set(sessions).size).toBe(1);
    expect(requestsTo(w.mock, '/sms/send')).toHaveLength(1);
    expect(requestsTo(w.mock, BIND)).toHaveLength(1);
    expect(seen).toEqual(['SIGNED_IN']);
  });

  it('20 concurrent getIdToken() after the id_token expired make one refresh and share its token', async () => {
    const w = await signedIn();
    const { seen } = trace(w.eiam);
    w.mock.advanceTime(300_000);
    const tokens = await Promise.all(Array.from({ length: 20 }, () => call(w.eiam.getIdToken())));
    expect(new Set(tokens).size).toBe(1);
    expect(tokens[0]).not.toBe(w.session.idToken);
    expect(requestsTo(w.mock, REFRESH)).toHaveLength(1);
    expect(requestsTo(w.mock, REFRESH)[0]!.headers['x-session-token']).toBe(w.session.sessionToken);
    expect(seen).toEqual(['REFRESHED']);
    expect(stored(w)!.i).toBe(tokens[0]);
    expect(await call(w.eiam.getIdToken())).toBe(tokens[0]);
    expect(requestsTo(w.mock, REFRESH)).toHaveLength(1);
  });

  it('logout() during an in-flight registerBind(): the bind rejects NO_SESSION and nobody is signed in', async () => {
    const w = await builtWorld(sdk);
    const { seen, mark } = trace(w.eiam);
    await call(w.eiam.loginWithWeChat());
    await call(w.eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' }));
    w.mock.fault({ path: BIND, kind: 'delay', ms: 150 });
    const bind = call(w.eiam.registerBind({ mobile: MOBILE, verifyCode: w.mock.lastCode(MOBILE)! }));
    await until(() => requestsTo(w.mock, BIND).length === 1, 'the bind request reached the mock');
    await call(w.eiam.logout());
    mark('logged out');
    expect(await rejection(bind)).toMatchObject({ code: 'NO_SESSION', detail: 'signed out meanwhile' });
    await sleep(20);
    // No sign-in was ever heard, and nothing after the sign-out. (Whether a sign-out with no session held is heard
    // is not this case's business.)
    expect(seen).not.toContain('SIGNED_IN');
    expect(seen.slice(seen.indexOf('logged out'))).toEqual(['logged out']);
    expect(w.eiam.hasStateToken()).toBe(false);
    expect(await call(w.eiam.getSession())).toBeNull();
    expect(w.fake.storage.raw(KEY)).toBeUndefined();
    expect(await call(w.restart().getSession())).toBeNull();
    expect(requestsTo(w.mock, BIND)).toHaveLength(1);
  });

  it('a cold start restores the stored session with no request, sharing one storage read', async () => {
    const w = await signedIn();
    const requestsBefore = w.mock.requests.length;
    w.fake.calls.length = 0;
    const cold = w.restart({ clock: { now: () => w.mock.now() } });
    const { seen } = trace(cold);
    const sessions = await Promise.all(Array.from({ length: 5 }, () => call(cold.getSession())));
    expect(new Set(sessions).size).toBe(1);
    expect(sessions[0]!.sessionToken).toBe(w.session.sessionToken);
    expect(await call(cold.getIdToken())).toBe(w.session.idToken);
    expect(w.mock.requests).toHaveLength(requestsBefore);
    const reads = w.fake.calls.filter((c) => c.api === 'getStorage');
    expect(reads.map((c) => (c.args[0] as { key: string }).key)).toEqual([KEY]);
    expect(seen).toEqual([]);
  });

  it('S6: a session write that never calls back does not keep logout() from removing the key', async () => {
    const w = await signedIn({ timeoutMs: 300 });
    const { seen, mark } = trace(w.eiam);
    w.fake.faults.setStorage = 'hang';
    await call(w.eiam.refreshIdToken()); // its write never answers: it resolves after the timeout
    mark('refreshed');
    w.fake.faults.setStorage = null;
    await call(w.eiam.logout());
    mark('logged out');
    await sleep(50);
    // One signed-out event, without a storage error: its removal waited for the stuck write, then landed.
    expect(seen).toEqual(['REFRESHED+storage-error', 'refreshed', 'SIGNED_OUT', 'logged out']);
    expect(w.fake.storage.raw(KEY)).toBeUndefined();
    expect(await call(w.eiam.getSession())).toBeNull();
    expect(await call(w.restart().getSession())).toBeNull();
  });
});

it('under the polyfill, the SDK left no rejection unhandled', () => {
  expect(unhandled).toEqual([]);
});
