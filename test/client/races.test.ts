import { EiamClient, isEiamError, type SessionStorage } from '../../src';
import { MOBILE, OPENID } from '../support/fixtures';
import { closeWorlds, rejection, requestsTo, world } from '../support/harness';

afterEach(closeWorlds);

const KEY = 'eiam.v1.session';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A storage seam whose operations can be slowed down or hung, to race the client against its own writes. */
function slowStorage() {
  const data = new Map<string, string>();
  const delay = { get: 0, set: 0, remove: 0 };
  const hang = { get: false, set: false, remove: false };
  const wait = (op: keyof typeof delay) => (hang[op] ? new Promise<void>(() => {}) : sleep(delay[op]));
  const storage: SessionStorage = {
    async get(key) {
      await wait('get');
      return data.has(key) ? data.get(key)! : null;
    },
    async set(key, value) {
      await wait('set');
      data.set(key, value);
    },
    async remove(key) {
      await wait('remove');
      data.delete(key);
    },
  };
  return { storage, data, delay, hang };
}

describe('state tokens across overlapping flows', () => {
  it('keeps a newer state token when an older bind fails late with INVALID_STATE_TOKEN', async () => {
    const { mock, eiam } = await world();
    await eiam.loginWithWeChat();
    mock.advanceTime(24 * 3600 * 1000);
    mock.fault({ path: '/social/register-bind', kind: 'delay', ms: 150 });
    const stale = eiam.registerBind({ mobile: MOBILE, verifyCode: '123456' });
    await sleep(20);
    await eiam.loginWithWeChat();
    expect((await rejection(stale)).code).toBe('INVALID_STATE_TOKEN');
    expect(eiam.hasStateToken()).toBe(true);
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
    await expect(
      eiam.registerBind({ mobile: MOBILE, verifyCode: mock.lastCode(MOBILE)! }),
    ).resolves.toBeTruthy();
  });
});

describe('sign-out while a call is in flight', () => {
  it('does not sign back in when logout() ran during loginWithWeChat()', async () => {
    const { mock, eiam, fake } = await world();
    mock.addUser({ mobile: MOBILE, openid: OPENID });
    const reasons: string[] = [];
    eiam.onSessionChange((_s, info) => reasons.push(info.reason));
    mock.fault({ path: '/login/wechat-miniprogram', kind: 'delay', ms: 120 });
    const login = eiam.loginWithWeChat();
    await sleep(20);
    await eiam.logout();
    const error = await rejection(login);
    expect(error).toMatchObject({ code: 'NO_SESSION', detail: 'signed out meanwhile' });
    expect(await eiam.getSession()).toBeNull();
    expect(fake.storage.raw(KEY)).toBeUndefined();
    expect(reasons).toEqual(['SIGNED_OUT']);
    expect(requestsTo(mock, '/login/wechat-miniprogram')).toHaveLength(1);
  });

  it('lets a loginWithWeChat() called after logout() make its own request, while the older one rejects', async () => {
    const { mock, eiam } = await world();
    mock.addUser({ mobile: MOBILE, openid: OPENID });
    mock.fault({ path: '/login/wechat-miniprogram', kind: 'delay', ms: 300 });
    const before = eiam.loginWithWeChat();
    await sleep(20);
    await eiam.logout();
    const after = await eiam.loginWithWeChat();
    if (after.status !== 'SUCCESS') throw new Error('expected SUCCESS');
    expect(requestsTo(mock, '/login/wechat-miniprogram')).toHaveLength(2);
    expect(await rejection(before)).toMatchObject({ code: 'NO_SESSION', detail: 'signed out meanwhile' });
    expect(await eiam.getSession()).toBe(after.session);
  });

  it('does not hand a getIdToken() after logout() and a new sign-in the NO_SESSION of a refresh from before', async () => {
    const { mock, restart } = await world();
    mock.addUser({ mobile: MOBILE, openid: OPENID });
    const eiam = restart({ clock: { now: () => mock.now() } });
    await eiam.loginWithWeChat();
    mock.advanceTime(250_000); // the id_token is inside its margin: getIdToken() refreshes
    mock.fault({ path: '/sso/session-token/id-token', kind: 'delay', ms: 300 });
    const before = eiam.getIdToken();
    await sleep(20);
    await eiam.logout();
    const again = await eiam.loginWithWeChat();
    if (again.status !== 'SUCCESS') throw new Error('expected SUCCESS');
    expect(await eiam.getIdToken()).toBe(again.session.idToken);
    expect(await rejection(before)).toMatchObject({ code: 'NO_SESSION', detail: 'signed out meanwhile' });
    expect(requestsTo(mock, '/sso/session-token/id-token')).toHaveLength(1);
    expect(await eiam.getSession()).toBe(again.session);
  });

  it('does not sign in, nor keep a state token, when logout() ran during a bind', async () => {
    const { mock, eiam, fake } = await world();
    await eiam.loginWithWeChat();
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
    mock.fault({ path: '/social/register-bind', kind: 'delay', ms: 120 });
    const bind = eiam.registerBind({ mobile: MOBILE, verifyCode: mock.lastCode(MOBILE)! });
    await sleep(20);
    await eiam.logout();
    expect((await rejection(bind)).code).toBe('NO_SESSION');
    expect(eiam.hasStateToken()).toBe(false);
    expect(fake.storage.raw(KEY)).toBeUndefined();
  });

  it('fires one signed-out event for two logouts in a row', async () => {
    const { mock, eiam } = await world();
    mock.addUser({ mobile: MOBILE, openid: OPENID });
    await eiam.loginWithWeChat();
    const seen: unknown[] = [];
    eiam.onSessionChange((s) => seen.push(s));
    await eiam.logout();
    await eiam.logout();
    expect(seen).toEqual([null]);
  });
});

describe('storage that is slow or never answers', () => {
  async function clientOn(storage: SessionStorage, timeoutMs = 200) {
    const w = await world();
    w.mock.addUser({ mobile: MOBILE, openid: OPENID });
    return { ...w, client: w.restart({ storage, timeoutMs }) };
  }

  it('never lets a write that outlived its timeout land after a newer sign-out', async () => {
    const slow = slowStorage();
    const { client } = await clientOn(slow.storage);
    slow.delay.set = 300;
    const infos: string[] = [];
    client.onSessionChange((_s, info) => infos.push(info.storageError ? 'storage-error' : info.reason));
    await client.loginWithWeChat();
    expect(infos).toEqual(['storage-error']);
    await client.logout();
    await sleep(400);
    expect(slow.data.has(KEY)).toBe(false);
    expect(await client.getSession()).toBeNull();
  });

  it('reports a change whose own write lands without storageError, even after a write that stalled past the timeout', async () => {
    const slow = slowStorage();
    const { client, restart } = await clientOn(slow.storage); // timeout 200 ms
    slow.delay.set = 600;
    const infos: string[] = [];
    client.onSessionChange((_s, info) =>
      infos.push(info.storageError ? `${info.reason} ${info.storageError.code}` : info.reason),
    );
    await client.loginWithWeChat(); // its write stalls past the timeout
    await client.logout(); // waits the timeout for that write, then its own removal lands at once
    expect(infos).toEqual(['SIGNED_IN STORAGE_ERROR', 'SIGNED_OUT']);
    await sleep(600); // the stalled write lands at last; the newest change is written again
    expect(slow.data.has(KEY)).toBe(false);
    expect(await restart({ storage: slow.storage }).getSession()).toBeNull();
  });

  it('undoes a write that lands after the removal of a newer sign-out: storage ends signed out', async () => {
    const slow = slowStorage();
    const { client, restart } = await clientOn(slow.storage);
    slow.delay.set = 700;
    await client.loginWithWeChat();
    await client.logout(); // waits for the stuck write at most the timeout, then removes the key
    await sleep(800);
    expect(slow.data.has(KEY)).toBe(false);
    expect(await restart({ storage: slow.storage }).getSession()).toBeNull();
  });

  it('keeps a stored session when the cold-start read is merely slow, and finds it on the next call', async () => {
    const slow = slowStorage();
    const { client, restart } = await clientOn(slow.storage);
    await client.loginWithWeChat();
    slow.delay.get = 300;
    const cold = restart({ storage: slow.storage, timeoutMs: 200 });
    expect(await cold.getSession()).toBeNull();
    expect(slow.data.has(KEY)).toBe(true);
    slow.delay.get = 0;
    expect(await cold.getSession()).not.toBeNull();
  });

  it('does not let a slow cold-start read overwrite a sign-in that finished meanwhile', async () => {
    const slow = slowStorage();
    const { client, restart, mock } = await clientOn(slow.storage);
    await client.loginWithWeChat();
    await client.logout();
    slow.delay.get = 150;
    const cold = restart({ storage: slow.storage, timeoutMs: 1000 });
    const reading = cold.getSession();
    const login = await cold.loginWithWeChat();
    if (login.status !== 'SUCCESS') throw new Error('expected SUCCESS');
    await reading;
    expect(await cold.getSession()).toBe(login.session);
    expect(requestsTo(mock, '/login/wechat-miniprogram')).toHaveLength(2);
  });

  it.each(['getSession', 'logout', 'getCaptcha'] as const)(
    'settles %s within the timeout plus 1 s when storage never answers',
    async (method) => {
      const slow = slowStorage();
      slow.hang.get = slow.hang.set = slow.hang.remove = true;
      const { client } = await clientOn(slow.storage, 300);
      const started = Date.now();
      await client[method]().catch((e: unknown) => expect(isEiamError(e)).toBe(true));
      expect(Date.now() - started).toBeLessThan(300 + 1000);
    },
  );
});

describe('seams that misbehave', () => {
  it('reads a clock that is a class instance with its own this', async () => {
    class Clock {
      t = 1_000_000;
      now() {
        return this.t;
      }
    }
    const clock = new Clock();
    const { mock, restart } = await world();
    const eiam = restart({ clock });
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
    clock.t += 1000;
    const error = await rejection(eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' }));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 59000 });
    expect(requestsTo(mock, '/sms/send')).toHaveLength(1);
  });

  it('turns a throwing login seam into WX_LOGIN_FAILED', async () => {
    const { mock, restart } = await world();
    const eiam = restart({
      login: {
        login: () => {
          throw new TypeError('boom');
        },
      },
    });
    expect((await rejection(eiam.loginWithWeChat())).code).toBe('WX_LOGIN_FAILED');
    expect(mock.requests).toHaveLength(0);
  });

  it('still sends the documented headers when the device seam throws', async () => {
    const { mock, restart } = await world();
    const eiam = restart({
      deviceInfo: {
        read: () => {
          throw new Error('no device');
        },
      },
    });
    await eiam.getCaptcha();
    expect(mock.requests[0]!.headers['x-operating-sys-version']).toBe('unknown');
    expect(mock.requests[0]!.headers['x-agent']).toContain('eiam-miniprogram-sdk/');
  });

  it('signs in although the debug sink throws', async () => {
    const { mock, restart } = await world();
    mock.addUser({ mobile: MOBILE, openid: OPENID });
    const eiam = restart({
      debug: () => {
        throw new Error('sink');
      },
    });
    expect((await eiam.loginWithWeChat()).status).toBe('SUCCESS');
  });

  it('refuses a state token that could not be a header value, before using it', async () => {
    const { mock, eiam } = await world();
    mock.fault({
      path: '/login/wechat-miniprogram',
      kind: 'status',
      status: 200,
      body: { status: 'SOCIAL_BIND', state_token: 'abc\r\nX-Evil: 1', data: null },
    });
    expect(await rejection(eiam.loginWithWeChat())).toMatchObject({
      code: 'INVALID_RESPONSE',
      detail: 'state_token',
    });
    expect(eiam.hasStateToken()).toBe(false);
  });

  it.each([
    [{ clientId: 'has space' }, 'clientId'],
    [{ timeoutMs: 3e9 }, 'timeoutMs'],
  ])('refuses the option %j', (extra, detail) => {
    expect(() => new EiamClient({ domain: 'https://t.example.com', clientId: 'c', ...extra })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', detail }),
    );
  });

  it('lets the user send again at once when the send surely never left (offline)', async () => {
    const { mock, eiam, fake } = await world();
    fake.faults.request = 'offline';
    expect(await rejection(eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' }))).toMatchObject({
      code: 'NETWORK_ERROR',
      detail: 'not-sent',
    });
    fake.faults.request = null;
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
    expect(requestsTo(mock, '/sms/send')).toHaveLength(1);
  });
});
