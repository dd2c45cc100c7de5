import { EiamClient, SDK_VERSION, wxStorage, type SessionStorage } from '../../src';
import { MOBILE, OPENID } from '../support/fixtures';
import { closeWorlds, requestsTo, world } from '../support/harness';

afterEach(closeWorlds);

describe('request headers', () => {
  it('carries the documented headers on every call, with one persisted fingerprint', async () => {
    const { mock, eiam, fake, restart } = await world();
    await eiam.loginWithWeChat();
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
    await restart().getCaptcha();
    expect(mock.requests).toHaveLength(3);
    const fingerprints = new Set(mock.requests.map((r) => r.headers['x-device-fingerprint']));
    expect(fingerprints.size).toBe(1);
    const [fingerprint] = [...fingerprints];
    expect(fingerprint!.length).toBeGreaterThanOrEqual(16);
    expect(fake.storage.raw('eiam.v1.device')!.data).toBe(fingerprint);
    for (const r of mock.requests) {
      expect(r.headers['x-client-id']).toBe(mock.clientId);
      expect(r.headers['x-operating-sys-version']).toBe('ios17.2.1');
      expect(r.headers['x-agent']).toContain('MicroMessenger/8.0.50');
      expect(r.headers['x-agent']).toContain(`eiam-miniprogram-sdk/${SDK_VERSION}`);
      expect(r.headers['x-l']).toBe('zh');
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers['x-state-token']).toBeUndefined();
    }
  });

  it('sends a new fingerprint for one run when the cold-start read of the stored one answers after the 400 ms it may take, and keeps the stored one', async () => {
    const DEVICE_KEY = 'eiam.v1.device';
    const { mock, eiam, fake, restart } = await world();
    await eiam.getCaptcha(); // storage answered "not found": a new fingerprint, written
    const stored = mock.requests[0]!.headers['x-device-fingerprint'];
    expect(fake.storage.raw(DEVICE_KEY)!.data).toBe(stored);

    const onWx = wxStorage(() => true);
    let answerRead!: () => void;
    const late = new Promise<void>((resolve) => (answerRead = resolve));
    const get: SessionStorage['get'] = (key) =>
      key !== DEVICE_KEY ? onWx.get(key) : late.then(() => onWx.get(key)); // answers once the call has gone
    await restart({ storage: { ...onWx, get } }).getCaptcha();
    answerRead();
    await late;
    const once = mock.requests[1]!.headers['x-device-fingerprint'];
    expect(once).toMatch(/^[0-9a-z]{16,64}$/);
    expect(once).not.toBe(stored);

    await restart().getCaptcha(); // the next cold start reads storage normally
    expect(mock.requests).toHaveLength(3);
    expect(mock.requests[2]!.headers['x-device-fingerprint']).toBe(stored);
    expect(fake.storage.raw(DEVICE_KEY)!.data).toBe(stored);
  });

  it('replaces a stored fingerprint that cannot be read (plain, after a base library upgrade) and then keeps the new one', async () => {
    const DEVICE_KEY = 'eiam.v1.device';
    const { mock, fake, restart } = await world();
    // A base library before 2.21.3 stored it without encrypt; the upgraded one reads with encrypt and fails.
    fake.storage.setRaw(DEVICE_KEY, 'legacyfingerprint0123456789abcd', { encrypt: false });
    await restart().getCaptcha();
    const renewed = mock.requests[0]!.headers['x-device-fingerprint'];
    expect(renewed).not.toBe('legacyfingerprint0123456789abcd');
    await new Promise((resolve) => setTimeout(resolve, 10)); // the write is not waited for by the call
    expect(fake.storage.raw(DEVICE_KEY)).toEqual({ data: renewed, encrypt: true });

    await restart().getCaptcha();
    await restart().getCaptcha();
    expect(mock.requests.map((r) => r.headers['x-device-fingerprint'])).toEqual([renewed, renewed, renewed]);
  });

  it('reads a legacy base library through getSystemInfoSync', async () => {
    const { mock, eiam } = await world({
      fake: { device: 'legacy', system: 'Android 14', platform: 'android', language: 'en' },
    });
    await eiam.getCaptcha();
    expect(mock.requests[0]!.headers['x-operating-sys-version']).toBe('android14');
    expect(mock.requests[0]!.headers['x-agent']).toMatch(/^Mozilla\/5\.0 \(Linux; Android 14; /);
    expect(mock.requests[0]!.headers['x-l']).toBe('en');
  });

  it('uses the language option for X-L', async () => {
    const { mock, restart } = await world();
    await restart({ language: 'en_US' }).getCaptcha();
    expect(mock.requests[0]!.headers['x-l']).toBe('en');
  });

  it('touches no wx API at construction, and reads the device info once', async () => {
    const { fake, mock } = await world();
    mock.addUser({ mobile: MOBILE, openid: OPENID });
    fake.calls.length = 0;
    const eiam = new EiamClient({ domain: mock.url, clientId: mock.clientId, allowInsecureLoopback: true });
    expect(fake.calls).toHaveLength(0);
    await eiam.getCaptcha();
    await eiam.getCaptcha();
    await eiam.loginWithWeChat();
    expect(fake.calls.filter((c) => c.api === 'getDeviceInfo')).toHaveLength(1);
    expect(fake.calls.filter((c) => c.api === 'getAppBaseInfo')).toHaveLength(1);
    expect(fake.calls.filter((c) => c.api === 'getSystemInfoSync')).toHaveLength(0);
  });

  it('passes an explicit timeout to every wx.request', async () => {
    const { fake, restart } = await world();
    const eiam = restart({ timeoutMs: 4321 });
    await eiam.getCaptcha();
    await eiam.loginWithWeChat();
    const requests = fake.calls.filter((c) => c.api === 'request');
    expect(requests).toHaveLength(2);
    for (const r of requests) expect((r.args[0] as { timeout: number }).timeout).toBe(4321);
  });

  it('passes the same timeout to wx.login', async () => {
    const { fake, restart } = await world();
    await restart({ timeoutMs: 4321 }).loginWithWeChat();
    const logins = fake.calls.filter((c) => c.api === 'login');
    expect(logins).toHaveLength(1);
    expect((logins[0]!.args[0] as { timeout: number }).timeout).toBe(4321);
  });

  it('sends the state token only to step-2 endpoints', async () => {
    const { mock, eiam } = await world();
    await eiam.loginWithWeChat();
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
    await eiam.registerBind({ mobile: MOBILE, verifyCode: mock.lastCode(MOBILE)! });
    expect(requestsTo(mock, '/sms/send')[0]!.headers['x-state-token']).toBeUndefined();
    expect(requestsTo(mock, '/social/register-bind')[0]!.headers['x-state-token']).toBeTruthy();
  });
});

describe('configuration', () => {
  it.each(['http://tenant.example.com', 'ftp://x', 'tenant.example.com', '', 'https://', 'https://a b.com'])(
    'refuses the domain %p',
    (domain) => {
      expect(() => new EiamClient({ domain, clientId: 'c' })).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    },
  );

  it('allows loopback http only when asked', () => {
    expect(() => new EiamClient({ domain: 'http://127.0.0.1:8787', clientId: 'c' })).toThrow();
    expect(
      () => new EiamClient({ domain: 'http://example.com', clientId: 'c', allowInsecureLoopback: true }),
    ).toThrow();
    expect(
      () =>
        new EiamClient({
          domain: 'http://127.0.0.1:8787',
          clientId: 'c',
          allowInsecureLoopback: true,
          storageKey: 'loopback', // the default key belongs to the mock's tenant in this app
        }),
    ).not.toThrow();
  });

  it('refuses a missing client id and a bad timeout', () => {
    expect(() => new EiamClient({ domain: 'https://t.example.com', clientId: '' })).toThrow();
    expect(() => new EiamClient({ domain: 'https://t.example.com', clientId: 'c', timeoutMs: -1 })).toThrow();
  });

  it.each([
    [{ language: 5 }, 'language'],
    [{ mobileFormat: 'weird' }, 'mobileFormat'],
    [{ storageKey: '' }, 'storageKey'],
    [{ codeCooldownMs: Number.NaN }, 'codeCooldownMs'],
    [{ authHeader: 5 }, 'authHeader'],
    [{ authHeader: 'X Id\r\nX-Injected: 1' }, 'authHeader'],
    [{ authHeader: '' }, 'authHeader'],
    [{ authScheme: null }, 'authScheme'],
    [{ authScheme: 'Bearer x' }, 'authScheme'],
  ])('refuses the option %j', (extra, detail) => {
    const options = { domain: 'https://t.example.com', clientId: 'c', ...extra } as never;
    expect(() => new EiamClient(options)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', detail }),
    );
  });
});

describe('a custom transport', () => {
  const device = {
    read: () => ({
      system: 'iOS 17.2.1',
      platform: 'ios',
      brand: 'Apple',
      model: 'iPhone 15',
      wechatVersion: '8.0.50',
      sdkVersion: '3.3.4',
      language: 'zh_CN',
    }),
  };
  const storage = { get: async () => null, set: async () => undefined, remove: async () => undefined };

  it.each([undefined, null, 42, 'text', { statusCode: 'x' }, { statusCode: 200, data: '{}', header: 7 }])(
    'turns the answer %p into a typed error',
    async (answer) => {
      const eiam = new EiamClient({
        domain: 'https://t.example.com',
        clientId: 'c',
        deviceInfo: device,
        storage,
        transport: { request: async () => answer as never },
      });
      const error = await eiam.getCaptcha().catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'EiamError' });
    },
  );

  it('maps a transport that throws synchronously to NETWORK_ERROR', async () => {
    const eiam = new EiamClient({
      domain: 'https://t.example.com',
      clientId: 'c',
      deviceInfo: device,
      storage,
      transport: {
        request: () => {
          throw new TypeError('boom');
        },
      },
    });
    await expect(eiam.getCaptcha()).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });
});
