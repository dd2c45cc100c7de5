import { createWxFake, type WxFake } from 'eiam-miniprogram-sdk/testing';

let fake: WxFake;

beforeEach(() => {
  fake = createWxFake();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The callback form of an async wx API: which callback fired, and with what. */
function callbackForm<T>(
  call: (callbacks: object) => unknown,
): Promise<{ kind: string; res: T; completed: boolean }> {
  return new Promise((resolve) => {
    let outcome: { kind: string; res: T };
    call({
      success: (res: T) => {
        outcome = { kind: 'success', res };
      },
      fail: (res: T) => {
        outcome = { kind: 'fail', res };
      },
      complete: () => resolve({ ...outcome, completed: true }),
    });
  });
}

describe('wx.login', () => {
  it('gives wxcode.<openid>.<n> codes, new each time, and records them', async () => {
    const first = await fake.wx.login();
    const second = await fake.wx.login();
    expect(first).toEqual({
      code: expect.stringMatching(/^wxcode\.o-test-openid\.\d+$/),
      errMsg: 'login:ok',
    });
    expect(second.code).not.toBe(first.code);
    expect(fake.loginCodes).toEqual([first.code, second.code]);
  });

  it('calls back asynchronously when given callbacks, and returns no promise then', async () => {
    let returned: unknown = 'unset';
    const result = await callbackForm<{ code: string }>((cb) => {
      returned = fake.wx.login(cb);
    });
    expect(returned).toBeUndefined();
    expect(result).toMatchObject({ kind: 'success', completed: true });
  });

  it('uses the openid of the options, then of setOpenid', async () => {
    const other = createWxFake({ openid: 'o-abc' });
    expect((await other.wx.login()).code).toMatch(/^wxcode\.o-abc\./);
    other.setOpenid('o-def');
    expect((await other.wx.login()).code).toMatch(/^wxcode\.o-def\./);
  });

  it('fails with login:fail when the login fault is fail', async () => {
    fake.faults.login = 'fail';
    await expect(fake.wx.login()).rejects.toEqual({ errMsg: 'login:fail system error' });
    const result = await callbackForm((cb) => fake.wx.login(cb));
    expect(result.kind).toBe('fail');
    expect(fake.loginCodes).toEqual([]);
  });

  it('never calls back when the login fault is hang', async () => {
    fake.faults.login = 'hang';
    const settled = jest.fn();
    fake.wx.login().then(settled, settled);
    fake.wx.login({ success: settled, fail: settled, complete: settled });
    await pause(50);
    expect(settled).not.toHaveBeenCalled();
  });
});

describe('the base library version (SDKVersion) decides what exists', () => {
  it('returns no promise from a call without callbacks before 2.10.2, but still does the work', async () => {
    const old = createWxFake({ SDKVersion: '2.10.1' });
    expect(old.wx.login()).toBeUndefined();
    expect(old.wx.setStorage({ key: 'k', data: 'v' })).toBeUndefined();
    expect(old.wx.getStorage({ key: 'k' })).toBeUndefined();
    expect(old.wx.getStorageInfo()).toBeUndefined();
    expect(old.wx.removeStorage({ key: 'nope' })).toBeUndefined();
    expect(old.wx.clearStorage()).toBeUndefined();
    await pause(20);
    expect(old.loginCodes).toHaveLength(1);
    expect(old.storage.keys()).toEqual([]); // set, then cleared
    const viaCallback = await callbackForm<{ code: string }>((cb) => old.wx.login(cb));
    expect(viaCallback).toMatchObject({ kind: 'success', res: { code: expect.stringMatching(/^wxcode\./) } });
    const current = createWxFake({ SDKVersion: '2.10.2' });
    await expect(current.wx.login()).resolves.toMatchObject({ errMsg: 'login:ok' });
  });

  it('has getDeviceInfo and getAppBaseInfo from 2.20.1: below that the device is legacy', () => {
    const old = createWxFake({ SDKVersion: '2.20.0' });
    expect(old.device).toBe('legacy');
    expect(old.wx.getDeviceInfo).toBeUndefined();
    expect(old.wx.getAppBaseInfo).toBeUndefined();
    expect(old.wx.canIUse('getAppBaseInfo')).toBe(false);
    expect(old.wx.getSystemInfoSync().SDKVersion).toBe('2.20.0');
    const modern = createWxFake({ SDKVersion: '2.20.1' });
    expect(modern.device).toBe('modern');
    expect(modern.wx.getAppBaseInfo!().SDKVersion).toBe('2.20.1');
    expect(createWxFake({ device: 'legacy', SDKVersion: '2.10.0' }).device).toBe('legacy');
  });

  it('refuses a device that contradicts the SDKVersion', () => {
    expect(() => createWxFake({ device: 'modern', SDKVersion: '2.20.0' })).toThrow(/2\.20\.1/);
    expect(() => createWxFake({ device: 'legacy', SDKVersion: '3.3.4' })).toThrow(/2\.20\.1/);
  });
});

describe('wx storage', () => {
  it('round-trips a value through setStorage and getStorage, promise form', async () => {
    await expect(fake.wx.setStorage({ key: 'k', data: { a: [1, '张三'] } })).resolves.toEqual({
      errMsg: 'setStorage:ok',
    });
    await expect(fake.wx.getStorage({ key: 'k' })).resolves.toEqual({
      data: { a: [1, '张三'] },
      errMsg: 'getStorage:ok',
    });
  });

  it('round-trips in callback form, calling back asynchronously', async () => {
    let called = false;
    fake.wx.setStorage({ key: 'k', data: 'v', success: () => (called = true) });
    expect(called).toBe(false);
    await pause(20);
    expect(called).toBe(true);
    const read = await callbackForm<{ data: string }>((cb) => fake.wx.getStorage({ key: 'k', ...cb }));
    expect(read).toEqual({ kind: 'success', res: { data: 'v', errMsg: 'getStorage:ok' }, completed: true });
  });

  it("stores a structured clone, not the caller's object", async () => {
    const value = { n: 1, when: new Date(0) };
    await fake.wx.setStorage({ key: 'k', data: value });
    value.n = 2;
    const { data } = await fake.wx.getStorage<{ n: number; when: Date }>({ key: 'k' });
    expect(data.n).toBe(1);
    expect(data.when).toEqual(new Date(0));
    data.n = 3;
    expect(fake.storage.raw('k')!.data).toEqual({ n: 1, when: new Date(0) });
  });

  it('fails getStorage of a missing key with "data not found"', async () => {
    await expect(fake.wx.getStorage({ key: 'nope' })).rejects.toEqual({
      errMsg: 'getStorage:fail data not found',
    });
    const result = await callbackForm((cb) => fake.wx.getStorage({ key: 'nope', ...cb }));
    expect(result).toEqual({
      kind: 'fail',
      res: { errMsg: 'getStorage:fail data not found' },
      completed: true,
    });
  });

  it('reads an encrypted value only with encrypt, and a plain one only without', async () => {
    await fake.wx.setStorage({ key: 'secret', data: 'token', encrypt: true });
    await fake.wx.setStorage({ key: 'plain', data: 'value' });
    expect(fake.storage.raw('secret')).toEqual({ data: 'token', encrypt: true });
    await expect(fake.wx.getStorage({ key: 'secret', encrypt: true })).resolves.toMatchObject({
      data: 'token',
    });
    await expect(fake.wx.getStorage({ key: 'secret' })).rejects.toEqual({
      errMsg: expect.stringMatching(/^getStorage:fail /),
    });
    await expect(fake.wx.getStorage({ key: 'plain', encrypt: true })).rejects.toEqual({
      errMsg: expect.stringMatching(/^getStorage:fail /),
    });
  });

  it('ignores encrypt below base library 2.21.3', async () => {
    for (const old of [createWxFake({ device: 'legacy' }), createWxFake({ SDKVersion: '2.21.2' })]) {
      await old.wx.setStorage({ key: 'k', data: 'v', encrypt: true });
      expect(old.storage.raw('k')).toEqual({ data: 'v', encrypt: false });
      await expect(old.wx.getStorage({ key: 'k', encrypt: true })).resolves.toMatchObject({ data: 'v' });
      expect(old.wx.canIUse('setStorage.object.encrypt')).toBe(false);
    }
    expect(fake.wx.canIUse('getStorage.object.encrypt')).toBe(true);
  });

  it('has sync APIs: missing is "", encrypted reads as ciphertext, writes are plain', () => {
    expect(fake.wx.getStorageSync('nope')).toBe('');
    fake.wx.setStorageSync('k', { a: 1 });
    expect(fake.wx.getStorageSync('k')).toEqual({ a: 1 });
    expect(fake.storage.raw('k')!.encrypt).toBe(false);
    fake.storage.setRaw('secret', { token: 'abc' }, { encrypt: true });
    const seen = fake.wx.getStorageSync('secret');
    expect(seen).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(seen).not.toContain('abc');
    fake.wx.removeStorageSync('k');
    expect(fake.wx.getStorageInfoSync()).toEqual({ keys: ['secret'], currentSize: 1, limitSize: 10240 });
    fake.wx.clearStorageSync();
    expect(fake.storage.keys()).toEqual([]);
  });

  it('removes and clears asynchronously; removing a missing key succeeds', async () => {
    fake.storage.setRaw('a', 1);
    fake.storage.setRaw('b', 2);
    await expect(fake.wx.removeStorage({ key: 'a' })).resolves.toEqual({ errMsg: 'removeStorage:ok' });
    await expect(fake.wx.removeStorage({ key: 'a' })).resolves.toEqual({ errMsg: 'removeStorage:ok' });
    expect(fake.storage.keys()).toEqual(['b']);
    await expect(fake.wx.getStorageInfo()).resolves.toMatchObject({ keys: ['b'] });
    await fake.wx.clearStorage();
    expect(fake.storage.keys()).toEqual([]);
  });

  it('refuses a non-string key, an entry over 1 MB, and an unserialisable value', async () => {
    await expect(fake.wx.setStorage({ key: undefined as unknown as string, data: 1 })).rejects.toEqual({
      errMsg: 'setStorage:fail parameter error: parameter.key should be String instead of Undefined;',
    });
    await expect(fake.wx.setStorage({ key: 'big', data: 'x'.repeat(1024 * 1024) })).rejects.toEqual({
      errMsg: 'setStorage:fail entry size limit reached',
    });
    await expect(fake.wx.setStorage({ key: 'fn', data: { f: () => 1 } })).rejects.toEqual({
      errMsg: expect.stringMatching(/^setStorage:fail parameter error/),
    });
    expect(() => fake.wx.getStorageSync(42 as unknown as string)).toThrow(
      /should be String instead of Number/,
    );
  });

  // wx.setStorage's doc: encrypted data grows about 1.4 times, so with encrypt one key holds at most 0.7 MB and all
  // the data 7.1 MB (instead of 1 MB and 10 MB).
  const MB = 1024 * 1024;
  /** A string whose stored size (key + JSON) with key `k` is `bytes`. */
  const sized = (bytes: number) => 'x'.repeat(bytes - 3);

  it('keeps an encrypted entry to 0.7 MB, a plain one to 1 MB', async () => {
    const limit = Math.floor(0.7 * MB);
    await expect(fake.wx.setStorage({ key: 'k', data: sized(limit), encrypt: true })).resolves.toEqual({
      errMsg: 'setStorage:ok',
    });
    await expect(fake.wx.setStorage({ key: 'k', data: sized(limit + 1), encrypt: true })).rejects.toEqual({
      errMsg: 'setStorage:fail entry size limit reached',
    });
    await expect(fake.wx.setStorage({ key: 'k', data: sized(limit + 1) })).resolves.toEqual({
      errMsg: 'setStorage:ok',
    });
    const old = createWxFake({ SDKVersion: '2.21.2' }); // encrypt ignored: stored plain, plain limits
    await expect(old.wx.setStorage({ key: 'k', data: sized(limit + 1), encrypt: true })).resolves.toEqual({
      errMsg: 'setStorage:ok',
    });
  });

  it('holds 7.1 MB of encrypted data in all: an encrypted byte counts 10/7.1 of a plain one against the 10 MB', async () => {
    const put = (key: string, megabytes: number, encrypt: boolean) =>
      fake.wx.setStorage({ key, data: 'x'.repeat(megabytes * MB - 5), encrypt }); // with its 3-character key
    for (let i = 10; i < 24; i += 1) await put(`e${i}`, 0.5, true); // 7.0 MB
    await expect(put('e24', 0.5, true)).rejects.toEqual({
      errMsg: 'setStorage:fail exceed storage max size 10MB',
    });
    expect(fake.wx.getStorageInfoSync().currentSize).toBeGreaterThan(9.8 * 1024); // KB as stored, encrypted
    fake.wx.clearStorageSync();
    for (let i = 10; i < 22; i += 1) await put(`p${i}`, 0.5, false); // 6 MB plain leaves room for 2.8 MB encrypted
    for (let i = 10; i < 15; i += 1) await put(`e${i}`, 0.5, true);
    const full = { errMsg: 'setStorage:fail exceed storage max size 10MB' };
    await expect(put('e15', 0.5, true)).rejects.toEqual(full);
    await expect(put('e15', 0.4, true)).rejects.toEqual(full);
    await expect(put('p22', 0.4, false)).resolves.toEqual({ errMsg: 'setStorage:ok' });
  });

  it('fails setStorage with the quota message under the quota fault, keeping the old value', async () => {
    fake.storage.setRaw('k', 'old');
    fake.faults.setStorage = 'quota';
    await expect(fake.wx.setStorage({ key: 'k', data: 'new' })).rejects.toEqual({
      errMsg: 'setStorage:fail exceed storage max size 10MB',
    });
    expect(fake.storage.raw('k')!.data).toBe('old');
  });

  it('never answers getStorage under the hang fault', async () => {
    fake.storage.setRaw('k', 'v');
    fake.faults.getStorage = 'hang';
    const settled = jest.fn();
    fake.wx.getStorage({ key: 'k' }).then(settled, settled);
    await pause(50);
    expect(settled).not.toHaveBeenCalled();
  });

  it('fails removeStorage under the fail fault, keeping the value', async () => {
    fake.storage.setRaw('k', 'v');
    fake.faults.removeStorage = 'fail';
    await expect(fake.wx.removeStorage({ key: 'k' })).rejects.toEqual({
      errMsg: 'removeStorage:fail system error',
    });
    expect(fake.storage.keys()).toEqual(['k']);
  });

  it('lets tests read and write raw entries', () => {
    expect(fake.storage.raw('k')).toBeUndefined();
    fake.storage.setRaw('k', 'v', { encrypt: true });
    expect(fake.storage.raw('k')).toEqual({ data: 'v', encrypt: true });
    fake.storage.clear();
    expect(fake.storage.keys()).toEqual([]);
  });
});

describe('device information', () => {
  it('modern: getDeviceInfo, getAppBaseInfo and getSystemInfoSync with the defaults', () => {
    expect(fake.wx.getDeviceInfo!()).toMatchObject({
      system: 'iOS 17.2.1',
      platform: 'ios',
      brand: 'Apple',
      model: 'iPhone 15',
    });
    expect(fake.wx.getAppBaseInfo!()).toMatchObject({
      SDKVersion: '3.3.4',
      version: '8.0.50',
      language: 'zh_CN',
    });
    expect(fake.wx.getSystemInfoSync()).toMatchObject({ system: 'iOS 17.2.1', SDKVersion: '3.3.4' });
  });

  it('legacy: only getSystemInfoSync, with an old base library', () => {
    const legacy = createWxFake({
      device: 'legacy',
      system: 'Android 9',
      platform: 'android',
      brand: 'HUAWEI',
    });
    expect(legacy.wx.getDeviceInfo).toBeUndefined();
    expect(legacy.wx.getAppBaseInfo).toBeUndefined();
    expect(legacy.wx.canIUse('getDeviceInfo')).toBe(false);
    expect(legacy.wx.getSystemInfoSync()).toMatchObject({
      system: 'Android 9',
      platform: 'android',
      brand: 'HUAWEI',
      model: 'iPhone 15',
      version: '8.0.50',
      SDKVersion: '2.19.4',
      language: 'zh_CN',
    });
  });

  it('takes overrides for every value', () => {
    const custom = createWxFake({ model: 'Pixel 8', version: '8.0.49', SDKVersion: '3.0.0', language: 'en' });
    expect(custom.wx.getAppBaseInfo!()).toMatchObject({
      version: '8.0.49',
      SDKVersion: '3.0.0',
      language: 'en',
    });
    expect(custom.wx.getDeviceInfo!().model).toBe('Pixel 8');
  });

  it('refuses an unknown option or device', () => {
    expect(() => createWxFake({ nope: 1 } as object)).toThrow(/unknown wx fake option nope/);
    expect(() => createWxFake({ device: 'future' as 'modern' })).toThrow(/device/);
  });
});

describe('the controls', () => {
  it('count every wx call by API', async () => {
    fake.wx.getSystemInfoSync();
    fake.wx.getStorageSync('k');
    await fake.wx.login();
    expect(fake.calls.map((c) => c.api)).toEqual(['getSystemInfoSync', 'getStorageSync', 'login']);
    expect(fake.calls[1]!.args).toEqual(['k']);
  });

  it('reset clears calls, codes, storage and faults', async () => {
    await fake.wx.login();
    fake.storage.setRaw('k', 1);
    fake.faults.request = 'offline';
    fake.reset();
    expect([fake.calls, fake.loginCodes, fake.storage.keys()]).toEqual([[], [], []]);
    expect(fake.faults).toEqual({
      login: null,
      request: null,
      setStorage: null,
      getStorage: null,
      removeStorage: null,
    });
  });

  it('is unaffected by jest fake timers in the test', async () => {
    jest.useFakeTimers();
    try {
      const read = fake.wx.login();
      await expect(read).resolves.toMatchObject({ errMsg: 'login:ok' });
    } finally {
      jest.useRealTimers();
    }
  });
});
