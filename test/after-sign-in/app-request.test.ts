import { wxTransport, type EiamClientOptions, type TransportRequest } from '../../src';
import type { MockFault } from './imports';
import { closeWorlds, rejection } from '../support/harness';
import { bearerOf, closeBackends, signedIn, startBackend, type AppBackend } from './support';

afterEach(async () => {
  await closeWorlds();
  await closeBackends();
});

async function setUp(client: Partial<EiamClientOptions> = {}) {
  const backend = await startBackend();
  const w = await signedIn({ client: { allowedHosts: [backend.host], ...client } });
  return { ...w, backend, api: (path: string) => backend.url + path };
}

function tokensSent(backend: AppBackend): Array<string | undefined> {
  return backend.calls.map(bearerOf);
}

describe('eiam.request()', () => {
  it('sends Authorization: Bearer <id_token> with the caller’s options and resolves like wx.request', async () => {
    const { eiam, backend, api, session } = await setUp();
    const res = await eiam.request({
      url: api('/orders'),
      method: 'POST',
      data: { item: '咖啡' },
      header: { 'X-Trace': 't-1', authorization: 'Bearer forged' },
    });
    expect(res).toMatchObject({ statusCode: 200, data: { call: 1 } });
    expect(res.header['X-Call']).toBe('1');
    expect(backend.calls).toHaveLength(1);
    const [call] = backend.calls;
    expect(call).toMatchObject({ method: 'POST', url: '/orders' });
    expect(call!.headers.authorization).toBe(`Bearer ${session.idToken}`);
    expect(call!.headers['x-trace']).toBe('t-1');
    expect(JSON.parse(call!.body)).toEqual({ item: '咖啡' });
  });

  it('refreshes a stale id_token before sending it', async () => {
    const { eiam, backend, api, session, elapse, refreshes } = await setUp();
    elapse(250_000);
    await eiam.request({ url: api('/me'), data: { q: 1 } });
    expect(refreshes()).toHaveLength(1);
    expect(backend.calls[0]!.url).toBe('/me?q=1');
    expect(bearerOf(backend.calls[0]!)).not.toBe(session.idToken);
    expect(bearerOf(backend.calls[0]!)).toBe((await eiam.getSession())!.idToken);
  });

  it.each(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'] as const)(
    'a 401 to a %s: one refresh, then one repeat with the new id_token',
    async (method) => {
      const { eiam, backend, api, session, refreshes } = await setUp();
      backend.statuses.push(401);
      const res = await eiam.request({ url: api('/me'), method });
      expect(res.statusCode).toBe(200);
      expect(refreshes()).toHaveLength(1);
      expect(backend.calls.map((c) => c.method)).toEqual([method, method]);
      const fresh = (await eiam.getSession())!.idToken;
      expect(fresh).not.toBe(session.idToken);
      expect(tokensSent(backend)).toEqual([session.idToken, fresh]);
    },
  );

  it('a 401 to a POST: one refresh, no repeat; the 401 is the answer and the next call carries the new token', async () => {
    const { eiam, backend, api, session, refreshes } = await setUp();
    backend.statuses.push(401);
    const res = await eiam.request({ url: api('/orders'), method: 'POST', data: { n: 1 } });
    expect(res.statusCode).toBe(401);
    expect(backend.calls).toHaveLength(1);
    expect(refreshes()).toHaveLength(1);
    await eiam.request({ url: api('/orders'), method: 'POST', data: { n: 1 } });
    expect(tokensSent(backend)[1]).not.toBe(session.idToken);
    expect(refreshes()).toHaveLength(1);
  });

  it.each<[string, MockFault | undefined]>([
    ['succeeds', undefined],
    ['fails with a 503', { kind: 'status', status: 503 }],
    ['gets no answer in time', { kind: 'hang' }],
  ])('a 401 to a POST whose refresh %s: the 401 is the answer, the POST sent once', async (_, fault) => {
    const { eiam, backend, api, mock, refreshes } = await setUp({ timeoutMs: 500 });
    backend.statuses.push(401);
    if (fault) mock.fault({ path: '/sso/session-token/id-token', ...fault });
    const res = await eiam.request({ url: api('/orders'), method: 'POST', data: { n: 1 } });
    expect(res).toMatchObject({ statusCode: 401, data: { call: 1 } });
    expect(backend.calls.map((c) => c.method)).toEqual(['POST']);
    expect(refreshes()).toHaveLength(1);
  });

  it('a 401 to a POST whose refresh is refused for good: rejects SESSION_EXPIRED, signed out, the POST sent once', async () => {
    const { eiam, backend, api, mock, refreshes } = await setUp();
    const reasons: string[] = [];
    eiam.onSessionChange((_s, info) => reasons.push(info.reason));
    backend.statuses.push(401);
    mock.fault({ path: '/sso/session-token/id-token', kind: 'status', status: 401 });
    const error = await rejection(eiam.request({ url: api('/orders'), method: 'POST', data: { n: 1 } }));
    expect(error.code).toBe('SESSION_EXPIRED');
    expect(reasons).toEqual(['EXPIRED']);
    expect(await eiam.getSession()).toBeNull();
    expect(backend.calls.map((c) => c.method)).toEqual(['POST']);
    expect(refreshes()).toHaveLength(1);
  });

  it('a 401 to a POST with repeatOn401: repeated once', async () => {
    const { eiam, backend, api, refreshes } = await setUp();
    backend.statuses.push(401);
    const res = await eiam.request({
      url: api('/orders'),
      method: 'post' as 'POST',
      data: {},
      repeatOn401: true,
    });
    expect(res.statusCode).toBe(200);
    expect(backend.calls.map((c) => c.method)).toEqual(['POST', 'POST']);
    expect(refreshes()).toHaveLength(1);
  });

  it('a second 401 is the answer: never more than one refresh and one repeat', async () => {
    const { eiam, backend, api, refreshes } = await setUp();
    backend.statuses.push(401, 401, 401);
    const res = await eiam.request({ url: api('/me') });
    expect(res).toMatchObject({ statusCode: 401, data: { call: 2 } });
    expect(backend.calls).toHaveLength(2);
    expect(refreshes()).toHaveLength(1);
  });

  it('five concurrent GETs answered 401 share one refresh', async () => {
    const { eiam, backend, api, refreshes } = await setUp();
    backend.statuses.push(401, 401, 401, 401, 401);
    const answers = await Promise.all(Array.from({ length: 5 }, () => eiam.request({ url: api('/me') })));
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 200]);
    expect(backend.calls).toHaveLength(10);
    expect(refreshes()).toHaveLength(1);
  });

  it('other statuses (403, 500) are answers: no refresh, no repeat', async () => {
    const { eiam, backend, api, refreshes } = await setUp();
    backend.statuses.push(403, 500);
    expect((await eiam.request({ url: api('/a') })).statusCode).toBe(403);
    expect((await eiam.request({ url: api('/b') })).statusCode).toBe(500);
    expect(backend.calls).toHaveLength(2);
    expect(refreshes()).toHaveLength(0);
  });

  it('a 401 whose refresh finds the session refused rejects SESSION_EXPIRED and signs out', async () => {
    const { eiam, backend, api, mock } = await setUp();
    backend.statuses.push(401);
    mock.advanceTime(432001 * 1000);
    expect((await rejection(eiam.request({ url: api('/me') }))).code).toBe('SESSION_EXPIRED');
    expect(backend.calls).toHaveLength(1);
    expect(await eiam.getSession()).toBeNull();
  });

  it('a backend that cannot be reached: NETWORK_ERROR, nothing repeated, the session kept', async () => {
    const { eiam, backend, api, session, refreshes } = await setUp();
    await backend.close();
    // The port is closed: the connection was never made (wx: request:fail net::ERR_CONNECTION_REFUSED).
    expect(await rejection(eiam.request({ url: api('/me') }))).toMatchObject({
      code: 'NETWORK_ERROR',
      detail: 'not-sent',
    });
    expect(refreshes()).toHaveLength(0);
    expect(await eiam.getSession()).toBe(session);
  });

  it('rejects NO_SESSION when signed out, and sends nothing', async () => {
    const { eiam, backend, api } = await setUp();
    await eiam.logout();
    expect((await rejection(eiam.request({ url: api('/me') }))).code).toBe('NO_SESSION');
    expect(backend.calls).toHaveLength(0);
  });

  it('refuses a method or a timeout it cannot use: INVALID_ARGUMENT naming it, nothing sent', async () => {
    const { eiam, backend, api, refreshes, elapse } = await setUp();
    elapse(250_000); // stale: a request that got past the checks would refresh first
    const cases: Array<[object, string]> = [
      [{ method: 1 }, 'method'],
      [{ method: {} }, 'method'],
      [{ method: 'FETCH' }, 'method'],
      [{ timeout: 600_001 }, 'timeout'],
      [{ timeout: 0 }, 'timeout'],
    ];
    for (const [options, detail] of cases) {
      const error = await rejection(eiam.request({ url: api('/me'), ...options }));
      expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', detail });
    }
    expect(backend.calls).toHaveLength(0);
    expect(refreshes()).toHaveLength(0);
  });

  it('takes the header name and scheme from the options', async () => {
    const { eiam, backend, api, session } = await setUp({ authHeader: 'X-Id-Token', authScheme: '' });
    await eiam.request({ url: api('/me'), header: { 'x-id-token': 'forged' } });
    expect(backend.calls[0]!.headers['x-id-token']).toBe(session.idToken);
    expect(backend.calls[0]!.headers.authorization).toBeUndefined();
  });
});

describe('the allow-list', () => {
  it('never sends the id_token to a host outside it: INVALID_ARGUMENT, nothing sent, no refresh', async () => {
    const { eiam, backend, fake, session, elapse, refreshes } = await setUp();
    elapse(250_000); // stale: a request that got past the check would refresh first
    const port = backend.host.split(':')[1];
    const refused = [
      `http://localhost:${port}/me`,
      `http://127.0.0.2:${port}/me`,
      `http://127.0.0.1:1/me`,
      `http://127.0.0.1/me`,
      `http://127.0.0.1:${port}@evil.example/me`,
      `http://evil.example/?next=http://127.0.0.1:${port}`,
      `http://evil.example#@127.0.0.1:${port}`,
      `http://127.0.0.1:${port}.evil.example/me`,
      `http://evil.example\\@127.0.0.1:${port}/me`,
      ` http://127.0.0.1:${port}/me`,
      `http://127.0.0.1:${port}/m e`,
      `ftp://127.0.0.1:${port}/me`,
      `//127.0.0.1:${port}/me`,
      '/me',
      '',
    ];
    for (const url of [...refused, undefined, 42]) {
      const error = await rejection(eiam.request({ url: url as string }));
      expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', detail: 'url' });
    }
    expect(backend.calls).toHaveLength(0);
    expect(refreshes()).toHaveLength(0);
    const sentAnywhere = fake.calls.filter(
      (c) => c.api === 'request' && JSON.stringify(c.args).includes(session.idToken),
    );
    expect(sentAnywhere).toHaveLength(0);
  });

  it('accepts listed hosts case-insensitively, https only (loopback http only with allowInsecureLoopback)', async () => {
    const seen: TransportRequest[] = [];
    const inner = wxTransport();
    const transport = {
      request(req: TransportRequest) {
        if (!/api\.example\.com/i.test(req.url)) return inner.request(req);
        seen.push(req);
        return Promise.resolve({ statusCode: 200, data: { ok: true }, header: {} });
      },
    };
    const { eiam, session } = await signedIn({ client: { transport, allowedHosts: ['API.example.com'] } });
    const res = await eiam.request({ url: 'https://api.EXAMPLE.com/me', timeout: 3000 });
    expect(res).toEqual({ statusCode: 200, data: { ok: true }, header: {} });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'GET', timeout: 3000, dataType: 'json' });
    expect(seen[0]!.header.Authorization).toBe(`Bearer ${session.idToken}`);
    const error = await rejection(eiam.request({ url: 'http://api.example.com/me' }));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(seen).toHaveLength(1);
  });

  it('refuses everything by default', async () => {
    const backend = await startBackend();
    const { eiam } = await signedIn();
    expect((await rejection(eiam.request({ url: `${backend.url}/me` }))).code).toBe('INVALID_ARGUMENT');
    expect(backend.calls).toHaveLength(0);
  });
});
