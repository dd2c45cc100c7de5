import type { AppLifecycle, EiamClient, Session } from '../../src';
import { MOBILE, OPENID } from '../support/fixtures';
import { closeWorlds, world } from '../support/harness';
import { handClock, signedIn } from './support';

afterEach(() => {
  jest.useRealTimers();
  return closeWorlds();
});

/** The session of the next `REFRESHED` change. */
function nextRefresh(eiam: EiamClient): Promise<Session> {
  return new Promise((resolve) => {
    eiam.onSessionChange((session, info) => {
      if (info.reason === 'REFRESHED') resolve(session!);
    });
  });
}

/** Lets every callback already queued run (the wx fake answers on later macrotasks). */
async function settle() {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('app show / hide', () => {
  it('listens only while a session exists: after the first sign-in, until logout()', async () => {
    const { eiam, fake, mock } = await world({ client: { clock: handClock() } });
    mock.addUser({ mobile: MOBILE, openid: OPENID });
    expect(await eiam.getSession()).toBeNull();
    expect(fake.appListeners()).toEqual({ show: 0, hide: 0 });
    await eiam.loginWithWeChat();
    expect(fake.appListeners()).toEqual({ show: 1, hide: 1 });
    await eiam.loginWithWeChat(); // a second sign-in does not subscribe twice
    expect(fake.appListeners()).toEqual({ show: 1, hide: 1 });
    await eiam.logout();
    expect(fake.appListeners()).toEqual({ show: 0, hide: 0 });
    expect(fake.calls.filter((c) => c.api === 'offAppShow' || c.api === 'offAppHide')).toHaveLength(2);
    await eiam.loginWithWeChat();
    expect(fake.appListeners()).toEqual({ show: 1, hide: 1 });
  });

  it('a cold start subscribes once the stored session has been read', async () => {
    const { fake, restart } = await signedIn();
    const cold = restart();
    expect(fake.appListeners().show).toBe(0); // the first run's listeners went with it
    expect(await cold.getSession()).not.toBeNull();
    expect(fake.appListeners().show).toBe(1);
  });

  it('on show, refreshes a stale id_token once in the background, however often it is shown', async () => {
    const { eiam, fake, elapse, session, refreshes } = await signedIn();
    elapse(250_000);
    const refreshed = nextRefresh(eiam);
    fake.appShow();
    fake.appShow({ scene: 1038 });
    const renewed = await refreshed; // started by the show alone
    expect(renewed.idToken).not.toBe(session.idToken);
    expect(refreshes()).toHaveLength(1);
    fake.appShow();
    expect(await eiam.getIdToken()).toBe(renewed.idToken);
    await settle();
    expect(refreshes()).toHaveLength(1);
  });

  it('on show with a fresh id_token, sends nothing', async () => {
    const { eiam, fake, elapse, session, mock } = await signedIn();
    elapse(200_000);
    const before = mock.requests.length;
    fake.appShow();
    expect(await eiam.getIdToken()).toBe(session.idToken);
    await settle();
    expect(mock.requests).toHaveLength(before);
  });

  it('on hide, starts nothing, even with a stale id_token', async () => {
    const { fake, elapse, mock } = await signedIn();
    elapse(280_000);
    const before = fake.calls.length;
    fake.appHide();
    await settle();
    expect(fake.calls.slice(before).map((c) => c.api)).toEqual([]);
    expect(mock.requestsTo('/sso/session-token/id-token')).toHaveLength(0);
  });

  it('on show after the session expired: signs out with one null, and stops listening', async () => {
    const { eiam, fake, clock, session, refreshes } = await signedIn();
    const changes: unknown[] = [];
    eiam.onSessionChange((s, info) => changes.push([s, info.reason]));
    clock.ms = session.expiresAt;
    fake.appShow();
    await settle();
    expect(changes).toEqual([[null, 'EXPIRED']]);
    expect(fake.appListeners()).toEqual({ show: 0, hide: 0 });
    expect(refreshes()).toHaveLength(0);
  });

  it('leaves no timer running between calls', async () => {
    jest.useFakeTimers(); // the wx fake and the mock keep real timers: only the SDK's are counted
    const { eiam, elapse, fake } = await signedIn();
    elapse(250_000);
    fake.appShow();
    await eiam.getIdToken();
    expect(jest.getTimerCount()).toBe(0);
  });

  it('goes through the appLifecycle seam; a seam that throws never breaks sign-in', async () => {
    const log: string[] = [];
    let show: () => void = () => undefined;
    const appLifecycle: AppLifecycle = {
      subscribe(onShow, onHide) {
        log.push('subscribe');
        show = onShow;
        onHide();
        return () => log.push('unsubscribe');
      },
    };
    const { eiam, fake, elapse, refreshes } = await signedIn({ client: { appLifecycle } });
    expect(fake.appListeners().show).toBe(0);
    elapse(250_000);
    const refreshed = nextRefresh(eiam);
    show();
    await refreshed;
    expect(refreshes()).toHaveLength(1);
    await eiam.logout();
    expect(log).toEqual(['subscribe', 'unsubscribe']);

    const broken: AppLifecycle = {
      subscribe() {
        throw new Error('no onAppShow here');
      },
    };
    const other = await signedIn({ client: { appLifecycle: broken } });
    expect(await other.eiam.getSession()).toBe(other.session);
  });
});
