import fc from 'fast-check';
import { isEiamError, type Session, type SessionChangeInfo } from '../../src';
import { EMAIL, MOBILE } from '../support/fixtures';
import { closeWorlds, rejection, requestsTo, signedIn as signedInAs, world } from '../support/harness';
import { jwt, runs, settle } from './support';

afterEach(closeWorlds);

const KEY = 'eiam.v1.session';
const BIND = '/social/register-bind';
const SYNC_APIS = [
  'getStorageSync',
  'setStorageSync',
  'removeStorageSync',
  'clearStorageSync',
  'getStorageInfoSync',
];

const signedIn = (options: Parameters<typeof world>[0] = {}) =>
  signedInAs(options, { mobile: '13900139000' });

describe('S: storage', () => {
  it('S1 the session is written and read with encrypt: true where supported; no synchronous storage API is used', async () => {
    const { fake, restart, session } = await signedIn();
    await restart().getSession();
    await restart().logout();
    const sessionCalls = fake.calls.filter((c) => (c.args[0] as { key?: string } | undefined)?.key === KEY);
    const writes = sessionCalls.filter((c) => c.api === 'setStorage');
    const reads = sessionCalls.filter((c) => c.api === 'getStorage');
    expect(writes.length).toBeGreaterThanOrEqual(1);
    expect(reads.length).toBeGreaterThanOrEqual(1);
    for (const call of [...writes, ...reads])
      expect((call.args[0] as { encrypt?: boolean }).encrypt).toBe(true);
    expect(fake.calls.filter((c) => SYNC_APIS.indexOf(c.api) >= 0)).toEqual([]);
    expect(session.sessionToken.length).toBeGreaterThan(0);
  });

  it('S1 below base library 2.21.3 encrypt is not asked for, and still no synchronous API holds a secret', async () => {
    const { fake, restart } = await signedIn({ fake: { device: 'legacy', SDKVersion: '2.20.0' } });
    expect(await restart().getSession()).not.toBeNull();
    for (const call of fake.calls.filter((c) => c.api === 'setStorage' || c.api === 'getStorage')) {
      expect((call.args[0] as { encrypt?: boolean }).encrypt).toBe(false);
    }
    expect(fake.calls.filter((c) => SYNC_APIS.indexOf(c.api) >= 0)).toEqual([]);
  });

  it.each(['mobile', 'email'] as const)(
    'S2 after a bind by %s, storage holds no state token, wx code, verify_code, or plain phone/email outside the id_token',
    async (by) => {
      const { mock, fake, eiam } = await world();
      await eiam.loginWithWeChat();
      const stateToken = () => requestsTo(mock, BIND)[0]!.headers['x-state-token'] as string;
      let session: Session;
      let code: string;
      if (by === 'mobile') {
        await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
        code = mock.lastCode(MOBILE)!;
        session = await eiam.registerBind({ mobile: MOBILE, verifyCode: code });
      } else {
        await eiam.sendEmailCode({ email: EMAIL, type: 'REGISTER_EMS' });
        code = mock.lastCode(EMAIL)!;
        session = await eiam.registerBind({ email: EMAIL, verifyCode: code });
      }
      await settle();
      const everything = fake.storage
        .keys()
        .map((k) => k + '=' + JSON.stringify(fake.storage.raw(k)!.data))
        .join('\n')
        .split(session.idToken)
        .join('<id_token>');
      expect(everything).toContain('<id_token>');
      for (const secret of [stateToken(), fake.loginCodes[0]!, code, MOBILE, EMAIL, 'zhangsan']) {
        expect(secret.length).toBeGreaterThanOrEqual(6);
        expect(everything).not.toContain(secret);
      }
    },
  );

  describe('S3 corrupt stored values read as signed out (property test, 10,000 values)', () => {
    const IDT = jwt({ sub: 'u1', iat: 1, exp: 301 });
    const valid = (over: Record<string, unknown>) =>
      JSON.stringify({ v: 1, d: 'DOMAIN', c: 'test-client-id', s: 'sess-token', i: IDT, e: 4e12, ...over });
    const anyValue = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.uint8Array({ maxLength: 64 }).map((bytes) => String.fromCharCode(...bytes)),
      fc
        .integer({ min: 0, max: 5 })
        .filter((v) => v !== 1)
        .map((v) => valid({ v })),
      fc
        .constantFrom<Record<string, unknown>>(
          { v: '1' },
          { s: 12 },
          { s: '' },
          { s: null },
          { i: 'not-a-jwt' },
          { i: 7 },
          { e: '4e12' },
          { e: null },
          { c: 'another-client' },
          { d: 'https://other.example.com' },
          { s: 'x'.repeat(9000) },
          { i: jwt({ exp: 'soon' }) },
        )
        .map(valid),
      fc.nat().map((n) => valid({}).slice(0, n % valid({}).length)), // truncated JSON
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.jsonValue({ maxDepth: 2 }), // not even a string: WeChat stores any JSON value
    );
    const stored = fc.record({ value: anyValue, encrypt: fc.boolean() });

    it('S3 getSession() resolves null, the key is removed, nothing throws', async () => {
      const { mock, fake, restart } = await world();
      let count = 0;
      await fc.assert(
        fc.asyncProperty(stored, async ({ value, encrypt }) => {
          count++;
          const data = typeof value === 'string' ? value.split('DOMAIN').join(mock.url) : value;
          fake.storage.setRaw(KEY, data, { encrypt });
          const eiam = restart();
          const session = await eiam.getSession();
          expect(session).toBeNull();
          await settle(3);
          expect(fake.storage.raw(KEY)).toBeUndefined();
        }),
        runs(10000),
      );
      expect(count).toBe(10000);
      expect(fake.callbackErrors).toEqual([]);
      // 10,000 cold starts (each a relaunch of the wx fake) take 10-14 s on a loaded 2-core machine: more than jest's
      // default 15 s leaves room for.
    }, 60_000);

    it('S3 the generator is sound: an uncorrupted value does read back', async () => {
      const { mock, fake, restart } = await world();
      fake.storage.setRaw(KEY, valid({}).split('DOMAIN').join(mock.url), { encrypt: true });
      expect((await restart().getSession())!.sessionToken).toBe('sess-token');
    });
  });

  it('S4 setStorage fails (quota): the bind resolves with an in-memory session and listeners hear STORAGE_ERROR', async () => {
    const { mock, fake, eiam } = await world();
    await eiam.loginWithWeChat();
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
    const infos: SessionChangeInfo[] = [];
    eiam.onSessionChange((_s, info) => infos.push(info));
    fake.faults.setStorage = 'quota';
    const session = await eiam.registerBind({ mobile: MOBILE, verifyCode: mock.lastCode(MOBILE)! });
    expect(await eiam.getSession()).toBe(session);
    expect(infos).toHaveLength(1);
    expect(infos[0]!.reason).toBe('SIGNED_IN');
    expect(isEiamError(infos[0]!.storageError) && infos[0]!.storageError.code).toBe('STORAGE_ERROR');
    expect(fake.storage.raw(KEY)).toBeUndefined();
    expect(fake.callbackErrors).toEqual([]);
  });

  it.each<[string, (w: Awaited<ReturnType<typeof signedIn>>) => void]>([
    ['500', (w) => w.mock.fault({ path: BIND, kind: 'html', status: 500 })],
    ['400 wrong code', () => undefined],
    ['broken JSON', (w) => w.mock.fault({ path: BIND, kind: 'badJson' })],
    ['reset', (w) => w.mock.fault({ path: BIND, kind: 'reset' })],
    ['interrupted', (w) => (w.fake.faults.request = 'interrupted')],
    [
      '200 without session_token',
      (w) =>
        w.mock.fault({ path: BIND, kind: 'status', status: 200, body: { status: 'SUCCESS', expire: 5 } }),
    ],
  ])(
    'S5 a failed bind (%s) leaves an earlier stored session byte for byte as it was',
    async (_name, inject) => {
      const w = await signedIn();
      const before = JSON.stringify(w.fake.storage.raw(KEY));
      w.fake.setOpenid('o-second-openid');
      expect((await w.eiam.loginWithWeChat()).status).toBe('SOCIAL_BIND');
      await w.eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
      inject(w);
      const code = _name === '400 wrong code' ? '000000' : w.mock.lastCode(MOBILE)!;
      expect(isEiamError(await rejection(w.eiam.registerBind({ mobile: MOBILE, verifyCode: code })))).toBe(
        true,
      );
      await settle();
      expect(JSON.stringify(w.fake.storage.raw(KEY))).toBe(before);
      expect(await w.eiam.getSession()).toBe(w.session);
    },
  );

  it('S6 logout() removes the key even if everything else fails, and fires exactly one signed-out event', async () => {
    const { fake, eiam } = await signedIn();
    const events: Array<Session | null> = [];
    eiam.onSessionChange(() => {
      throw new Error('a broken listener');
    });
    eiam.onSessionChange((s) => events.push(s));
    fake.faults.request = 'offline';
    fake.faults.setStorage = 'quota';
    fake.faults.login = 'fail';
    await eiam.logout();
    await eiam.logout();
    expect(fake.storage.raw(KEY)).toBeUndefined();
    expect(events).toEqual([null]);
    expect(await eiam.getSession()).toBeNull();
  });

  it('S6 a session write that never calls back does not keep logout() from removing the key', async () => {
    const { fake, eiam, restart } = await signedIn({ client: { timeoutMs: 300 } });
    fake.faults.setStorage = 'hang';
    await eiam.refreshIdToken(); // its write never answers
    fake.faults.setStorage = null;
    await eiam.logout();
    await settle();
    expect(fake.storage.raw(KEY)).toBeUndefined();
    expect(await restart().getSession()).toBeNull();
  });

  it('S6 when removeStorage itself fails, the key no longer reads as a session, with one signed-out event', async () => {
    const { fake, eiam, restart } = await signedIn();
    const events: Array<Session | null> = [];
    eiam.onSessionChange((s) => events.push(s));
    fake.faults.removeStorage = 'fail';
    await eiam.logout();
    expect(events).toEqual([null]);
    fake.faults.removeStorage = null;
    expect(await restart().getSession()).toBeNull();
  });
});
