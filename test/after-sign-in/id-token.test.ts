import { decodeIdToken, type MockFault, type Transport } from './imports';
import { wxTransport } from '../../src';
import { closeWorlds, rejection } from '../support/harness';
import { signedIn } from './support';

afterEach(closeWorlds);

const KEY = 'eiam.v1.session';
const HOUR = 3_600_000;

/** The IDaaS answers with every id_token's `nbf` claim dropped, as a tenant whose id_tokens carry none sends them. */
const withoutNbf: Transport = {
  request: (req) =>
    wxTransport()
      .request(req)
      .then((res) => {
        if (typeof res.data !== 'string' || !res.data.includes('id_token')) return res;
        const body = JSON.parse(res.data) as { id_token: string };
        const [header, payload, signature] = body.id_token.split('.');
        const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as { nbf?: number };
        delete claims.nbf;
        const stripped = Buffer.from(JSON.stringify(claims)).toString('base64url');
        return { ...res, data: JSON.stringify({ ...body, id_token: `${header}.${stripped}.${signature}` }) };
      }),
};

describe('getIdToken()', () => {
  it.each([
    ['a device clock 25 years behind the server', 1_000_000_000_000],
    ['a device clock 12 h behind', Date.now() - 12 * HOUR],
    ['a device clock 12 h ahead', Date.now() + 12 * HOUR],
  ])(
    'E2/E3 with %s: returns the held 300 s id_token until 60 s before exp, then refreshes',
    async (_, start) => {
      const { eiam, session, refreshes, elapse } = await signedIn({}, start); // offset learned at sign-in
      elapse(239_000);
      expect(await eiam.getIdToken()).toBe(session.idToken);
      expect(refreshes()).toHaveLength(0);
      elapse(2_000);
      const fresh = await eiam.getIdToken();
      expect(fresh).not.toBe(session.idToken);
      expect(refreshes()).toHaveLength(1);
      expect(await eiam.getIdToken()).toBe(fresh);
      expect(refreshes()).toHaveLength(1);
    },
  );

  it('50 concurrent calls after the id_token expired make one refresh request and share its token', async () => {
    const { eiam, session, refreshes, elapse, restart } = await signedIn();
    elapse(300_000);
    const tokens = await Promise.all(Array.from({ length: 50 }, () => eiam.getIdToken()));
    expect(refreshes()).toHaveLength(1);
    expect(refreshes()[0]!.headers['x-session-token']).toBe(session.sessionToken);
    expect(new Set(tokens).size).toBe(1);
    expect(tokens[0]).not.toBe(session.idToken);
    expect((await restart().getSession())!.idToken).toBe(tokens[0]);
  });

  it("compares exp on the server's clock, learned from the Date header of the IDaaS's answers", async () => {
    const { eiam, mock, session, refreshes } = await signedIn();
    mock.advanceTime(250_000); // only the server's clock moves: the held token is now inside its margin
    expect(await eiam.getIdToken()).toBe(session.idToken); // nothing learned yet
    await eiam.getCaptcha();
    const fresh = await eiam.getIdToken();
    expect(fresh).not.toBe(session.idToken);
    expect(refreshes()).toHaveLength(1);
    expect(decodeIdToken(fresh).iat).toBeGreaterThanOrEqual(decodeIdToken(session.idToken).iat! + 250);
  });

  it('a cold start with the device clock 12 h behind refreshes an id_token without nbf that expired on the server', async () => {
    const { mock, session, refreshes, elapse, restart } = await signedIn(
      { client: { transport: withoutNbf } },
      Date.now() - 12 * HOUR,
    );
    expect(decodeIdToken(session.idToken).nbf).toBeUndefined();
    elapse(HOUR); // the app is started again an hour later: its offset to the server's clock is not known yet
    const token = await restart().getIdToken();
    expect(refreshes()).toHaveLength(1);
    expect(token).not.toBe(session.idToken);
    expect(decodeIdToken(token).exp! * 1000).toBeGreaterThan(mock.now());
  });

  it('keeps durations on the local clock: a server clock days ahead does not expire the session', async () => {
    const { eiam, mock, session } = await signedIn();
    mock.advanceTime(4 * 24 * HOUR);
    await eiam.getCaptcha();
    expect(await eiam.getSession()).toBe(session);
  });

  it('stores a renewed session_token from the refresh with its new expire', async () => {
    const { eiam, session, clock, elapse, restart, refreshes } = await signedIn({
      mock: { renewSessionToken: true },
    });
    clock.ms += HOUR;
    await eiam.getIdToken();
    const renewed = (await eiam.getSession())!;
    expect(renewed.sessionToken).not.toBe(session.sessionToken);
    expect(renewed.expiresAt).toBe(clock.ms + 432000 * 1000 - 60000);
    const cold = (await restart().getSession())!;
    expect([cold.sessionToken, cold.expiresAt]).toEqual([renewed.sessionToken, renewed.expiresAt]);
    elapse(300_000);
    await eiam.getIdToken();
    expect(refreshes()[1]!.headers['x-session-token']).toBe(renewed.sessionToken);
  });

  it('rejects NO_SESSION when signed out, without a request', async () => {
    const { eiam, mock } = await signedIn();
    await eiam.logout();
    const before = mock.requests.length;
    expect((await rejection(eiam.getIdToken())).code).toBe('NO_SESSION');
    expect(mock.requests).toHaveLength(before);
  });
});

describe('signing out when the session is over', () => {
  it('an expired session: every waiting caller rejects SESSION_EXPIRED, listeners hear one null, no request', async () => {
    const { eiam, session, clock, refreshes, fake } = await signedIn();
    const changes: unknown[] = [];
    eiam.onSessionChange((s, info) => changes.push([s, info.reason]));
    clock.ms = session.expiresAt;
    const errors = await Promise.all(
      [eiam.getIdToken(), eiam.getIdToken(), eiam.refreshIdToken()].map(rejection),
    );
    expect(errors.map((e) => e.code)).toEqual(['SESSION_EXPIRED', 'SESSION_EXPIRED', 'SESSION_EXPIRED']);
    expect(changes).toEqual([[null, 'EXPIRED']]);
    expect(refreshes()).toHaveLength(0);
    expect(fake.storage.raw(KEY)).toBeUndefined();
    expect(eiam.describeError(errors[0])).toBe('登录已过期，请重新登录');
    expect((await rejection(eiam.getIdToken())).code).toBe('SESSION_EXPIRED'); // until a sign-in or logout()
    await eiam.logout();
    expect(changes).toHaveLength(1);
    expect((await rejection(eiam.getIdToken())).code).toBe('NO_SESSION');
  });

  it.each([
    ['idaas', 'IDAAS.SDK.PARAM.0023'],
    ['plain', 'SDK.COMMON.1005'],
  ] as const)(
    'the server refusing the session_token (%s scheme: %s): SESSION_EXPIRED with the server code, one null',
    async (errorScheme, serverCode) => {
      const { eiam, mock, clock, fake, refreshes } = await signedIn({ mock: { errorScheme } });
      const changes: unknown[] = [];
      eiam.onSessionChange((s, info) => changes.push([s, info.reason]));
      mock.advanceTime(432001 * 1000); // the server's session is over; the local clock says it is not
      clock.ms += 300_000; // the offset learned at sign-in puts the id_token past its margin
      const errors = await Promise.all([eiam.getIdToken(), eiam.getIdToken()].map(rejection));
      expect(errors[0]).toMatchObject({ code: 'SESSION_EXPIRED', status: 400 });
      expect(errors[0]!.serverCode).toBe(serverCode);
      expect(errors[1]).toBe(errors[0]);
      expect(refreshes()).toHaveLength(1);
      expect(changes).toEqual([[null, 'EXPIRED']]);
      expect(fake.storage.raw(KEY)).toBeUndefined();
      expect(await eiam.getSession()).toBeNull();
    },
  );

  it('an HTTP 401 from the refresh endpoint signs out too', async () => {
    const { eiam, mock, elapse } = await signedIn();
    mock.fault({ path: '/sso/session-token/id-token', kind: 'status', status: 401, body: '' });
    elapse(300_000);
    expect(await rejection(eiam.getIdToken())).toMatchObject({ code: 'SESSION_EXPIRED', status: 401 });
    expect(await eiam.getSession()).toBeNull();
  });
});

describe('network trouble never signs out', () => {
  const cases: Array<[string, MockFault | 'offline', string]> = [
    ['offline', 'offline', 'NETWORK_ERROR'],
    ['a connection reset', { kind: 'reset' }, 'NETWORK_ERROR'],
    [
      'HTTP 500',
      { kind: 'status', status: 500, body: { error_code: 'SDK.COMMON.1005', error_msg: 'x' } },
      'SERVER_ERROR',
    ],
    ['an HTML 502', { kind: 'html' }, 'SERVER_ERROR'],
    ['HTTP 429', { kind: 'rateLimit' }, 'RATE_LIMITED'],
    ['truncated JSON', { kind: 'badJson' }, 'INVALID_RESPONSE'],
    [
      'a 400 about something else',
      { kind: 'status', status: 400, body: { error_code: 'SDK.COMMON.1003', error_msg: 'device' } },
      'API_ERROR',
    ],
    [
      'a 400 SDK.COMMON.1006 about another parameter',
      {
        kind: 'status',
        status: 400,
        body: { error_code: 'IDAAS.SDK.COMMON.1006', error_msg: 'client_id parameter error' },
      },
      'API_ERROR',
    ],
    ['no answer in time', { kind: 'hang' }, 'TIMEOUT'],
  ];
  it.each(cases)(
    '%s: rejects %s, keeps the session, no listener call; the next call refreshes',
    async (_, fault, code) => {
      const { eiam, mock, fake, elapse, session, refreshes } = await signedIn({ client: { timeoutMs: 500 } });
      const changes: unknown[] = [];
      eiam.onSessionChange((s) => changes.push(s));
      if (fault === 'offline') fake.faults.request = 'offline';
      else mock.fault({ path: '/sso/session-token/id-token', ...fault });
      elapse(300_000);
      expect((await rejection(eiam.getIdToken())).code).toBe(code);
      expect(await eiam.getSession()).toBe(session);
      expect(fake.storage.raw(KEY)).toBeDefined();
      fake.faults.request = null;
      const fresh = await eiam.getIdToken();
      expect(fresh).not.toBe(session.idToken);
      expect(changes).toHaveLength(1); // the refresh only
      expect(refreshes().length).toBe(fault === 'offline' ? 1 : 2);
    },
  );
});
