import type { Session, SessionChangeInfo } from '../../src';
import { MOBILE, OPENID } from '../support/fixtures';
import { closeWorlds, rejection, requestsTo, signedIn, world } from '../support/harness';

afterEach(closeWorlds);

const KEY = 'eiam.v1.session';

describe('the stored session', () => {
  it('is written with encrypt on a base library that has it, and restored by a cold start with one read', async () => {
    const { fake, restart, session, mock } = await signedIn();
    expect(fake.storage.raw(KEY)!.encrypt).toBe(true);
    const requestsBefore = mock.requests.length;
    const cold = restart();
    fake.calls.length = 0;
    const restored = await Promise.all(Array.from({ length: 50 }, () => cold.getSession()));
    expect(restored[0]!.sessionToken).toBe(session.sessionToken);
    expect(restored[0]!.expiresAt).toBe(session.expiresAt);
    expect(new Set(restored).size).toBe(1);
    expect(fake.calls.filter((c) => c.api === 'getStorage')).toHaveLength(1);
    expect(mock.requests).toHaveLength(requestsBefore);
  });

  it('is written without encrypt below base library 2.21.3, and still restored', async () => {
    const { fake, restart, session } = await signedIn({ fake: { SDKVersion: '2.20.0', device: 'legacy' } });
    expect(fake.storage.raw(KEY)!.encrypt).toBe(false);
    expect((await restart().getSession())!.idToken).toBe(session.idToken);
  });

  it('holds only the versioned tokens and expiry, never a code, state token or plain mobile', async () => {
    const { fake } = await signedIn();
    const stored = JSON.parse(fake.storage.raw(KEY)!.data as string);
    expect(Object.keys(stored).sort()).toEqual(['c', 'd', 'e', 'i', 's', 'v']);
    expect(JSON.stringify(stored)).not.toContain(MOBILE);
  });

  it('reads as signed out, and is removed, when the stored value is corrupt', async () => {
    const { fake, restart } = await world();
    for (const bad of ['{', '{"v":2}', 'null', '[]', JSON.stringify({ v: 1, s: 1 })]) {
      fake.storage.setRaw(KEY, bad, { encrypt: true });
      expect(await restart().getSession()).toBeNull();
      expect(fake.storage.raw(KEY)).toBeUndefined();
    }
  });

  it('reads as signed out when the encrypt flag does not match', async () => {
    const { fake, restart } = await signedIn();
    const raw = fake.storage.raw(KEY)!;
    fake.storage.setRaw(KEY, raw.data, { encrypt: false });
    expect(await restart().getSession()).toBeNull();
  });

  it('expires on the local clock, measured from the answer, with a margin of at most 60 s', async () => {
    let now = 5_000_000;
    const { session, eiam, mock } = await signedIn({ client: { clock: { now: () => now } } });
    const lifetime = 432000 * 1000;
    expect(session.expiresAt).toBe(5_000_000 + lifetime - 60000);
    const changes: Array<[Session | null, SessionChangeInfo]> = [];
    eiam.onSessionChange((s, info) => changes.push([s, info]));
    now = session.expiresAt - 1;
    expect(await eiam.getSession()).toBe(session);
    now = session.expiresAt;
    expect(await eiam.getSession()).toBeNull();
    expect(changes).toEqual([[null, { reason: 'EXPIRED' }]]);
    expect(requestsTo(mock, '/login/wechat-miniprogram')).toHaveLength(1);
    expect(requestsTo(mock, '/sso/session-token/id-token')).toHaveLength(0);
  });

  it('does not reveal the tokens through String or JSON.stringify', async () => {
    const { session } = await signedIn();
    const shown = String(session) + JSON.stringify(session) + Object.keys(session).join(',');
    expect(shown).not.toContain(session.sessionToken);
    expect(shown).not.toContain(session.idToken.slice(0, 20));
    expect(shown).not.toContain(MOBILE);
  });
});

describe('logout and onSessionChange', () => {
  it('removes the session and tells each listener once; unsubscribe stops the calls', async () => {
    const { eiam, fake } = await signedIn();
    const seen: Array<Session | null> = [];
    const off = eiam.onSessionChange((s) => seen.push(s));
    const other: Array<Session | null> = [];
    eiam.onSessionChange((s) => other.push(s));
    await eiam.logout();
    expect(seen).toEqual([null]);
    expect(fake.storage.raw(KEY)).toBeUndefined();
    expect(await eiam.getSession()).toBeNull();
    off();
    await eiam.loginWithWeChat();
    expect(seen).toEqual([null]);
    expect(other).toHaveLength(2);
    expect(other[1]).not.toBeNull();
  });

  it('is not called on subscribing, and a throwing listener does not break the others', async () => {
    const { eiam, mock } = await world();
    mock.addUser({ mobile: MOBILE, openid: OPENID });
    const seen: string[] = [];
    eiam.onSessionChange(() => {
      throw new Error('listener bug');
    });
    eiam.onSessionChange((_s, info) => seen.push(info.reason));
    expect(seen).toEqual([]);
    await eiam.loginWithWeChat();
    expect(seen).toEqual(['SIGNED_IN']);
  });

  it('still signs in in memory when storage is full, and tells listeners STORAGE_ERROR', async () => {
    const { eiam, mock, fake } = await world();
    mock.addUser({ mobile: MOBILE, openid: OPENID });
    fake.faults.setStorage = 'quota';
    const infos: SessionChangeInfo[] = [];
    eiam.onSessionChange((_s, info) => infos.push(info));
    const result = await eiam.loginWithWeChat();
    expect(result.status).toBe('SUCCESS');
    expect(infos[0]!.storageError!.code).toBe('STORAGE_ERROR');
    expect(await eiam.getSession()).not.toBeNull();
  });

  it('removes the key on logout even when removeStorage fails', async () => {
    const { eiam, fake, restart } = await signedIn();
    fake.faults.removeStorage = 'fail';
    await eiam.logout();
    expect(await restart().getSession()).toBeNull();
  });
});

describe('refreshIdToken', () => {
  it('trades the session token for a fresh id_token, sharing one request between callers', async () => {
    let now = 1_000_000;
    const { eiam, mock, session } = await signedIn({ client: { clock: { now: () => now } } });
    mock.advanceTime(10_000);
    now += 10_000;
    const results = await Promise.all([eiam.refreshIdToken(), eiam.refreshIdToken(), eiam.refreshIdToken()]);
    const calls = requestsTo(mock, '/sso/session-token/id-token');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.headers['x-session-token']).toBe(session.sessionToken);
    expect(results[0]!.idToken).not.toBe(session.idToken);
    expect(results[0]!.sessionToken).toBe(session.sessionToken);
    // The same session_token: its expiry stays what the server granted at sign-in (`expire` is the lifetime).
    expect(results[0]!.expiresAt).toBe(session.expiresAt);
    expect(await eiam.getSession()).toBe(results[0]);
  });

  it('stores a renewed session_token with its new expiry', async () => {
    let now = 1_000_000;
    const { eiam, mock, session, restart } = await signedIn({
      mock: { renewSessionToken: true },
      client: { clock: { now: () => now } },
    });
    now += 3_600_000;
    const renewed = await eiam.refreshIdToken();
    expect(renewed.sessionToken).not.toBe(session.sessionToken);
    expect(renewed.expiresAt).toBe(now + 432000 * 1000 - 60000);
    expect((await restart().getSession())!.sessionToken).toBe(renewed.sessionToken);
    expect(requestsTo(mock, '/login/wechat-miniprogram')).toHaveLength(1);
    const refreshes = requestsTo(mock, '/sso/session-token/id-token');
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]!.headers['x-session-token']).toBe(session.sessionToken);
  });

  it('rejects NO_SESSION when signed out, without a request', async () => {
    const { eiam, mock } = await world();
    expect((await rejection(eiam.refreshIdToken())).code).toBe('NO_SESSION');
    expect(mock.requests).toHaveLength(0);
  });

  it('never resurrects a session signed out while the refresh was in flight', async () => {
    const { eiam, mock, restart } = await signedIn();
    mock.fault({ path: '/sso/session-token/id-token', kind: 'delay', ms: 100 });
    const refresh = eiam.refreshIdToken();
    await new Promise((r) => setTimeout(r, 20));
    await eiam.logout();
    expect((await rejection(refresh)).code).toBe('NO_SESSION');
    expect(await eiam.getSession()).toBeNull();
    expect(await restart().getSession()).toBeNull();
  });
});
