import {
  createWxFake,
  startMockIdaas,
  type MockIdaas,
  type MockIdaasOptions,
  type WxFake,
} from 'eiam-miniprogram-sdk/testing';

/** What {@link useMockIdaas} gives each test: a fresh mock IDaaS, a wx fake and an SDK client over it. */
export interface MockIdaasWorld {
  mock: MockIdaas;
  fake: WxFake;
  api: ReturnType<typeof sdkClient>;
}

/**
 * Registers the `beforeEach`/`afterEach` that start a mock IDaaS (with `options`: by default the captcha is off, as
 * most of these tests are about something else; the mock's own default is on), build a wx fake and an
 * {@link sdkClient} for every test, and close the mock after it. Read `t.mock`, `t.fake`, `t.api` inside the tests (they change per test).
 */
export function useMockIdaas(options: MockIdaasOptions = { captchaRequired: false }): MockIdaasWorld {
  const t = {} as MockIdaasWorld;
  beforeEach(async () => {
    t.mock = await startMockIdaas(options);
    t.fake = createWxFake();
    t.api = sdkClient(t.mock, t.fake);
  });
  afterEach(() => t.mock.close());
  return t;
}

/** The headers every /api/v2/sdk call must carry. */
export function sdkHeaders(mock: MockIdaas, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'content-type': 'application/json',
    'X-device-fingerprint': '156aysdna213sc50',
    'X-operating-sys-version': 'iOS 17.2.1',
    'X-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) MicroMessenger/8.0.50',
    'X-client-id': mock.clientId,
    ...extra,
  };
}

export interface Answer {
  statusCode: number;
  data: unknown;
  header: Record<string, string>;
}

export type Outcome = { ok: true; res: Answer } | { ok: false; errMsg: string };

/** One wx.request through the fake, as a promise of its outcome (success or transport failure). */
export function wxRequest(
  fake: WxFake,
  options: {
    url: string;
    method?: 'GET' | 'POST';
    header?: Record<string, string>;
    data?: unknown;
    timeout?: number;
  },
): Promise<Outcome> {
  return new Promise((resolve) => {
    fake.wx.request({
      url: options.url,
      method: options.method ?? 'GET',
      header: options.header,
      data: options.data as string | Record<string, unknown> | undefined,
      timeout: options.timeout ?? 5000,
      success: (res) =>
        resolve({ ok: true, res: { statusCode: res.statusCode, data: res.data, header: res.header } }),
      fail: (err) => resolve({ ok: false, errMsg: err.errMsg }),
    });
  });
}

/** A client for the mock's SDK API over the wx fake, with the common headers filled in. */
export function sdkClient(mock: MockIdaas, fake: WxFake) {
  const send = async (
    method: 'GET' | 'POST',
    path: string,
    data?: unknown,
    extra: Record<string, string> = {},
    timeout?: number,
  ): Promise<Answer> => {
    const outcome = await wxRequest(fake, {
      url: `${mock.url}${path}`,
      method,
      header: sdkHeaders(mock, extra),
      data,
      timeout,
    });
    if (!outcome.ok) throw new Error(`transport failure: ${outcome.errMsg}`);
    return outcome.res;
  };
  return {
    get: (path: string, extra?: Record<string, string>) => send('GET', path, undefined, extra),
    post: (path: string, data?: unknown, extra?: Record<string, string>) => send('POST', path, data, extra),
    /** wx.login, then the login endpoint. */
    async login(): Promise<Answer> {
      const { code } = await fake.wx.login();
      return send('POST', '/api/v2/sdk/login/wechat-miniprogram', { code });
    },
  };
}

/** The body of an answer as a plain record. */
export function body(answer: Answer): Record<string, unknown> {
  return answer.data as Record<string, unknown>;
}

/** The JSON payload of a JWT, decoded without checking anything. */
export function jwtPayload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}
