import { EventEmitter } from 'node:events';
import http from 'node:http';
import { createWxFake, startMockIdaas, type MockIdaas, type WxFake } from 'eiam-miniprogram-sdk/testing';
import { sdkHeaders, wxRequest } from './helpers';

let mock: MockIdaas;
let fake: WxFake;

beforeEach(async () => {
  mock = await startMockIdaas();
  fake = createWxFake();
});
afterEach(() => mock.close());

type Settled = { kind: string; res: Record<string, unknown> };

/** Calls wx.request with all three callbacks and records which fired, in order. */
function request(options: Record<string, unknown>): {
  task: unknown;
  events: Settled[];
  done: Promise<Settled[]>;
} {
  const events: Settled[] = [];
  let finish: (value: Settled[]) => void = () => undefined;
  const done = new Promise<Settled[]>((resolve) => {
    finish = resolve;
  });
  const task = fake.wx.request({
    url: `${mock.url}/api/v2/sdk/captcha`,
    header: sdkHeaders(mock),
    ...options,
    success: (res) => events.push({ kind: 'success', res: res as unknown as Record<string, unknown> }),
    fail: (res) => events.push({ kind: 'fail', res: res as unknown as Record<string, unknown> }),
    complete: (res) => {
      events.push({ kind: 'complete', res: res as unknown as Record<string, unknown> });
      finish(events);
    },
  } as WechatMiniprogram.RequestOption);
  return { task, events, done };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('wx.request', () => {
  it('returns a RequestTask, never a promise, and calls success then complete', async () => {
    const { task, done } = request({});
    expect(task).not.toBeInstanceOf(Promise);
    expect(task).toEqual(
      expect.objectContaining({ abort: expect.any(Function), onHeadersReceived: expect.any(Function) }),
    );
    const events = await done;
    expect(events.map((e) => e.kind)).toEqual(['success', 'complete']);
    expect(events[0]!.res).toMatchObject({ statusCode: 200, errMsg: 'request:ok', cookies: [] });
  });

  it('calls success for 4xx and 5xx answers too', async () => {
    mock.fault({ kind: 'status', status: 503, body: 'down' });
    const events = await request({ header: {} }).done;
    expect(events.map((e) => e.kind)).toEqual(['success', 'complete']);
    expect(events[0]!.res).toMatchObject({ statusCode: 503, data: 'down', errMsg: 'request:ok' });
    const denied = await request({ header: {} }).done;
    expect(denied[0]!.res).toMatchObject({ statusCode: 400, data: { error_code: 'IDAAS.SDK.PARAM.0001' } });
  });

  it('parses JSON only with dataType json, and keeps other bodies as strings', async () => {
    const text = await request({ dataType: 'text' }).done;
    expect(typeof text[0]!.res.data).toBe('string');
    expect(JSON.parse(text[0]!.res.data as string)).toHaveProperty('token');
    mock.fault({ kind: 'status', status: 200, body: '' });
    expect((await request({}).done)[0]!.res.data).toBe('');
  });

  it('gives an ArrayBuffer with responseType arraybuffer', async () => {
    mock.fault({ kind: 'status', status: 200, body: 'abc' });
    const data = (await request({ responseType: 'arraybuffer' }).done)[0]!.res.data as ArrayBuffer;
    expect(Object.prototype.toString.call(data)).toBe('[object ArrayBuffer]');
    expect(Buffer.from(data).toString()).toBe('abc');
  });

  it("keeps the server's header case", async () => {
    mock.fault({
      kind: 'status',
      status: 200,
      body: {},
      headers: { 'X-Request-Id': 'r1', 'retry-after': '5' },
    });
    const header = (await request({}).done)[0]!.res.header as Record<string, string>;
    expect(header['X-Request-Id']).toBe('r1');
    expect(header['retry-after']).toBe('5');
    expect(header['Content-Type']).toMatch(/application\/json/);
  });

  it('sends an object as a JSON body with content-type application/json by default', async () => {
    await wxRequest(fake, { url: `${mock.url}/anything`, method: 'POST', data: { a: 1, b: '张三' } });
    const seen = mock.requests[0]!;
    expect(seen.headers['content-type']).toBe('application/json');
    expect(seen.body).toEqual({ a: 1, b: '张三' });
  });

  it('sends a string body as is and form-encodes for x-www-form-urlencoded', async () => {
    await wxRequest(fake, {
      url: `${mock.url}/x`,
      method: 'POST',
      data: 'raw text',
      header: { 'content-type': 'text/plain' },
    });
    await wxRequest(fake, {
      url: `${mock.url}/x`,
      method: 'POST',
      data: { a: '1 2', b: 'é' },
      header: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(mock.requests[0]!.body).toBe('raw text');
    expect(mock.requests[1]!.body).toBe('a=1%202&b=%C3%A9');
  });

  it('turns GET data into a query string', async () => {
    await wxRequest(fake, { url: `${mock.url}/x?keep=1`, data: { a: 'b c', n: 2 } });
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: '/x',
      query: { keep: '1', a: 'b c', n: '2' },
    });
  });

  it('sends the header names and values it is given', async () => {
    await wxRequest(fake, {
      url: `${mock.url}/x`,
      header: { 'X-L': 'zh', 'X-Number': 42 as unknown as string },
    });
    expect(mock.requests[0]!.headers).toMatchObject({ 'x-l': 'zh', 'x-number': '42' });
  });

  it('fails with request:fail timeout after `timeout` ms, and never succeeds afterwards', async () => {
    mock.fault({ kind: 'delay', ms: 300 });
    const started = Date.now();
    const { events, done } = request({ timeout: 100 });
    await done;
    expect(Date.now() - started).toBeLessThan(280);
    await pause(300);
    expect(events.map((e) => [e.kind, e.res.errMsg])).toEqual([
      ['fail', 'request:fail timeout'],
      ['complete', 'request:fail timeout'],
    ]);
  });

  it('fails with request:fail abort on abort(), and abort after the answer does nothing', async () => {
    mock.fault({ kind: 'delay', ms: 200 });
    const first = request({});
    (first.task as WechatMiniprogram.RequestTask).abort();
    expect((await first.done).map((e) => [e.kind, e.res.errMsg])).toEqual([
      ['fail', 'request:fail abort'],
      ['complete', 'request:fail abort'],
    ]);
    const second = request({});
    await second.done;
    (second.task as WechatMiniprogram.RequestTask).abort();
    await pause(20);
    expect(second.events.map((e) => e.kind)).toEqual(['success', 'complete']);
  });

  it('fails on a URL that is not http(s) without sending', async () => {
    expect(await wxRequest(fake, { url: 'ftp://127.0.0.1/x' })).toEqual({
      ok: false,
      errMsg: 'request:fail invalid url',
    });
  });

  it('tells onHeadersReceived listeners the status and headers', async () => {
    const seen: unknown[] = [];
    const { task, done } = request({});
    (task as WechatMiniprogram.RequestTask).onHeadersReceived((res) => seen.push(res.header));
    await done;
    expect(seen).toEqual([expect.objectContaining({ 'Content-Type': expect.any(String) })]);
  });

  it('records an exception thrown by a callback and still calls complete', async () => {
    const errorSpy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const completed = await new Promise<string>((resolve) => {
      fake.wx.request({
        url: `${mock.url}/api/v1/oauth2/keys`,
        success: () => {
          throw new Error('boom');
        },
        fail: () => resolve('fail'),
        complete: () => resolve('complete'),
      });
    });
    expect(completed).toBe('complete');
    expect(fake.callbackErrors).toEqual([new Error('boom')]);
    expect(errorSpy).toHaveBeenCalled();
    errorSpy.mockRestore();
  });

  it('records every call with its arguments', async () => {
    await wxRequest(fake, { url: `${mock.url}/x`, timeout: 4321 });
    expect(fake.calls).toEqual([{ api: 'request', args: [expect.objectContaining({ timeout: 4321 })] }]);
  });
});

describe("wx.request transport failures: the net::ERR_* names of WeChat's network stack, not Node's", () => {
  /** Makes the next http.request fail with a Node error carrying `code` (and `syscall`), as the OS would. */
  function nodeFails(error: { code: string; syscall?: string; message?: string }) {
    const spy = jest.spyOn(http, 'request').mockImplementation((() => {
      const req = new EventEmitter() as EventEmitter & { end(): void; destroy(): void };
      req.end = () =>
        setImmediate(() => req.emit('error', Object.assign(new Error(error.message ?? error.code), error)));
      req.destroy = () => undefined;
      return req;
    }) as unknown as typeof http.request);
    return spy;
  }

  afterEach(() => jest.restoreAllMocks());

  it('fails with net::ERR_CONNECTION_REFUSED when nothing listens', async () => {
    const closed = await startMockIdaas();
    await closed.close();
    expect(await wxRequest(fake, { url: `${closed.url}/x` })).toEqual({
      ok: false,
      errMsg: 'request:fail net::ERR_CONNECTION_REFUSED',
    });
  });

  it('fails with net::ERR_NAME_NOT_RESOLVED for a host name that does not resolve', async () => {
    expect(await wxRequest(fake, { url: 'http://no-such-host.invalid/x' })).toEqual({
      ok: false,
      errMsg: 'request:fail net::ERR_NAME_NOT_RESOLVED',
    });
  });

  it.each([
    [{ code: 'ECONNREFUSED', syscall: 'connect' }, 'net::ERR_CONNECTION_REFUSED'],
    [{ code: 'ENOTFOUND', syscall: 'getaddrinfo' }, 'net::ERR_NAME_NOT_RESOLVED'],
    [{ code: 'EAI_AGAIN', syscall: 'getaddrinfo' }, 'net::ERR_NAME_NOT_RESOLVED'],
    [{ code: 'ECONNRESET', message: 'socket hang up' }, 'net::ERR_CONNECTION_RESET'],
    [{ code: 'ECONNRESET', syscall: 'read' }, 'net::ERR_CONNECTION_RESET'],
    [{ code: 'EPIPE', syscall: 'write' }, 'net::ERR_CONNECTION_RESET'],
    [{ code: 'EHOSTUNREACH', syscall: 'connect' }, 'net::ERR_ADDRESS_UNREACHABLE'],
    [{ code: 'ENETUNREACH', syscall: 'connect' }, 'net::ERR_ADDRESS_UNREACHABLE'],
    [{ code: 'ENETDOWN', syscall: 'connect' }, 'net::ERR_INTERNET_DISCONNECTED'],
    [{ code: 'ETIMEDOUT', syscall: 'connect' }, 'net::ERR_CONNECTION_TIMED_OUT'],
    [{ code: 'ETIMEDOUT', syscall: 'read' }, 'net::ERR_TIMED_OUT'],
    [{ code: 'ECONNABORTED', syscall: 'read' }, 'net::ERR_CONNECTION_ABORTED'],
    [{ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, 'net::ERR_CERT_AUTHORITY_INVALID'],
    [{ code: 'ERR_TLS_CERT_ALTNAME_INVALID' }, 'net::ERR_CERT_COMMON_NAME_INVALID'],
    [{ code: 'CERT_HAS_EXPIRED' }, 'net::ERR_CERT_DATE_INVALID'],
    [{ code: 'EWHATEVER', syscall: 'connect' }, 'net::ERR_FAILED'],
  ])('maps Node %j to %s', async (error, name) => {
    const spy = nodeFails(error);
    expect(await wxRequest(fake, { url: 'http://127.0.0.1:9/x' })).toEqual({
      ok: false,
      errMsg: `request:fail ${name}`,
    });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('keeps its own timeout as request:fail timeout', async () => {
    mock.fault({ kind: 'hang' });
    expect(await wxRequest(fake, { url: `${mock.url}/x`, timeout: 50 })).toEqual({
      ok: false,
      errMsg: 'request:fail timeout',
    });
  });
});

describe('wx.request faults', () => {
  it('offline: fails with ERR_INTERNET_DISCONNECTED and sends nothing', async () => {
    fake.faults.request = 'offline';
    expect(await wxRequest(fake, { url: `${mock.url}/x` })).toEqual({
      ok: false,
      errMsg: 'request:fail net::ERR_INTERNET_DISCONNECTED',
    });
    expect(mock.requests).toHaveLength(0);
  });

  it('interrupted: the server gets and handles the request, the caller gets request:fail interrupted', async () => {
    const { code } = await fake.wx.login();
    fake.faults.request = 'interrupted';
    const outcome = await wxRequest(fake, {
      url: `${mock.url}/api/v2/sdk/login/wechat-miniprogram`,
      method: 'POST',
      header: sdkHeaders(mock),
      data: { code },
    });
    expect(outcome).toEqual({ ok: false, errMsg: 'request:fail interrupted' });
    expect(mock.requestsTo('/login/wechat-miniprogram')).toHaveLength(1);
    fake.faults.request = null;
    const replay = await wxRequest(fake, {
      url: `${mock.url}/api/v2/sdk/login/wechat-miniprogram`,
      method: 'POST',
      header: sdkHeaders(mock),
      data: { code },
    });
    expect(replay.ok && replay.res.statusCode).toBe(400);
  });

  it('hang: sends nothing and never calls back', async () => {
    fake.faults.request = 'hang';
    const { task, events } = request({ timeout: 50 });
    (task as WechatMiniprogram.RequestTask).abort();
    await pause(150);
    expect(events).toEqual([]);
    expect(mock.requests).toHaveLength(0);
  });
});
