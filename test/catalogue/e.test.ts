import fc from 'fast-check';
import { safetyMarginMs, type SessionChangeReason } from '../../src';
import { MOBILE, OPENID } from '../support/fixtures';
import { closeWorlds, requestsTo, world } from '../support/harness';
import type { MockIdaasOptions } from 'eiam-miniprogram-sdk/testing';
import { runs } from './support';

afterEach(closeWorlds);

const REFRESH = '/sso/session-token/id-token';
const HOUR = 3600 * 1000;

/** A client on a frozen, movable local clock, signed in as a bound user. */
async function signedInAt(start: number, mockOptions: MockIdaasOptions = {}) {
  const clock = { t: start, now: () => clock.t };
  const w = await world({ mock: mockOptions, client: { clock } });
  w.mock.addUser({ mobile: MOBILE, openid: OPENID });
  const result = await w.eiam.loginWithWeChat();
  if (result.status !== 'SUCCESS') throw new Error('expected SUCCESS');
  return { ...w, clock, session: result.session };
}

describe('E: expiry and clocks (the injected clock moves; nothing sleeps)', () => {
  it('E1 expire 432000 received at local time T is valid until T + 432000 s − margin, expired after', async () => {
    const T = 1_700_000_000_000;
    const { eiam, clock, session } = await signedInAt(T);
    const reasons: SessionChangeReason[] = [];
    eiam.onSessionChange((_s, info) => reasons.push(info.reason));
    const until = T + 432000 * 1000 - 60000;
    expect(session.expiresAt).toBe(until);
    clock.t = until - 1;
    expect(await eiam.getSession()).toBe(session);
    clock.t = until;
    expect(await eiam.getSession()).toBeNull();
    expect(reasons).toEqual(['EXPIRED']);
  });

  it.each([12, -12])(
    'E2 a device clock %i h off the server: a fresh id_token is usable for exp − iat − margin (240 s of 300 s)',
    async (hours) => {
      const local = Date.now() + hours * HOUR;
      const { mock, eiam, clock, session } = await signedInAt(local);
      const { exp, iat } = session.claims;
      expect(exp! - iat!).toBe(300);
      clock.t = local + 239_000;
      expect(await eiam.getIdToken()).toBe(session.idToken);
      expect(requestsTo(mock, REFRESH)).toHaveLength(0);
      clock.t = local + 241_000;
      const fresh = await eiam.getIdToken();
      expect(requestsTo(mock, REFRESH)).toHaveLength(1);
      expect(fresh).not.toBe(session.idToken);
      // The session_token's own expiry is a local duration, whatever the skew.
      expect(session.expiresAt).toBe(local + 432000 * 1000 - 60000);
    },
  );

  it('E3 a 300 s id_token: margin 60 s; at 239 s it is returned, at 241 s refreshed, never returned stale', async () => {
    const T = Date.now();
    const { mock, fake, eiam, clock, session } = await signedInAt(T);
    clock.t = T + 239_000;
    expect(await eiam.getIdToken()).toBe(session.idToken);
    expect(requestsTo(mock, REFRESH)).toHaveLength(0);
    clock.t = T + 241_000;
    mock.advanceTime(241_000);
    const refreshed = await eiam.getIdToken();
    expect(refreshed).not.toBe(session.idToken);
    expect(requestsTo(mock, REFRESH)).toHaveLength(1);
    // When the refresh cannot happen, the stale token is reported, not returned.
    clock.t = T + 241_000 + 241_000;
    fake.faults.request = 'offline';
    await expect(eiam.getIdToken()).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });

  it('E4 for lifetimes from 1 s to 10^7 s: 0 ≤ margin ≤ lifetime / 2 (property) and the client applies it', async () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e7 }), (seconds) => {
        const margin = safetyMarginMs(seconds * 1000);
        return margin >= 0 && margin <= (seconds * 1000) / 2 && margin <= 60000;
      }),
      runs(10000),
    );
    const T = 1_700_000_000_000;
    const { mock, eiam, clock } = await signedInAt(T);
    for (const seconds of [1, 2, 3, 119, 120, 121, 300, 1e7]) {
      mock.setOptions({ sessionExpire: seconds });
      await eiam.logout();
      clock.t = T;
      const result = await eiam.loginWithWeChat();
      if (result.status !== 'SUCCESS') throw new Error('expected SUCCESS');
      const lifetime = seconds * 1000;
      const margin = T + lifetime - result.session.expiresAt;
      expect([seconds, margin]).toEqual([seconds, Math.min(60000, Math.floor(lifetime / 2))]);
      clock.t = result.session.expiresAt - 1;
      expect(await eiam.getSession()).toBe(result.session);
    }
  });

  it('E5 the clock jumps backwards after storing: defined behaviour, no exception', async () => {
    const T = 1_700_000_000_000;
    const { eiam, clock, session, restart } = await signedInAt(T);
    const reasons: SessionChangeReason[] = [];
    eiam.onSessionChange((_s, info) => reasons.push(info.reason));
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'LOGIN_SMS' });
    expect(eiam.codeCooldownLeft({ mobile: MOBILE, type: 'LOGIN_SMS' })).toBe(60000);
    clock.t = T - 3 * 24 * HOUR;
    // A code cool-down does not turn into a three-day lock-out.
    expect(eiam.codeCooldownLeft({ mobile: MOBILE, type: 'LOGIN_SMS' })).toBe(0);
    // The session is still held (its expiry is a fixed point on the local clock) and nothing throws.
    expect(await eiam.getSession()).toBe(session);
    const cold = restart({ clock });
    expect((await cold.getSession())!.sessionToken).toBe(session.sessionToken);
    expect(typeof (await eiam.getIdToken())).toBe('string');
    expect(reasons.filter((r) => r !== 'REFRESHED')).toEqual([]);
    // Once the clock passes the expiry again, the session expires as usual.
    clock.t = session.expiresAt;
    expect(await eiam.getSession()).toBeNull();
    expect(reasons[reasons.length - 1]).toBe('EXPIRED');
  });
});
