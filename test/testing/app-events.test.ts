import { createWxFake, startMockIdaas } from 'eiam-miniprogram-sdk/testing';

describe('wx fake: app show / hide', () => {
  it('fires the listeners only when the test says so, in order, with the launch options', () => {
    const fake = createWxFake();
    const seen: unknown[] = [];
    const first = (res: unknown) => seen.push(['first', res]);
    const second = () => seen.push(['second']);
    fake.wx.onAppShow(first);
    fake.wx.onAppShow(second);
    fake.wx.onAppHide(() => seen.push(['hide']));
    expect(seen).toEqual([]);
    fake.appShow({ scene: 1038 });
    fake.appHide();
    expect(seen).toEqual([
      ['first', { path: 'pages/index/index', query: {}, scene: 1038, referrerInfo: {} }],
      ['second'],
      ['hide'],
    ]);
    expect(fake.appListeners()).toEqual({ show: 2, hide: 1 });
    expect(fake.calls.map((c) => c.api)).toEqual(['onAppShow', 'onAppShow', 'onAppHide']);
  });

  it('offAppShow(listener) removes that one; offAppHide() removes all', () => {
    const fake = createWxFake();
    const seen: string[] = [];
    const a = () => seen.push('a');
    fake.wx.onAppShow(a);
    fake.wx.onAppShow(() => seen.push('b'));
    fake.wx.onAppHide(() => seen.push('h1'));
    fake.wx.onAppHide(() => seen.push('h2'));
    fake.wx.offAppShow(a);
    fake.wx.offAppHide();
    fake.appShow();
    fake.appHide();
    expect(seen).toEqual(['b']);
    expect(fake.appListeners()).toEqual({ show: 1, hide: 0 });
  });

  it('records a listener that throws as WeChat does, and still calls the next one', () => {
    const fake = createWxFake();
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const seen: string[] = [];
    fake.wx.onAppShow(() => {
      throw new Error('boom');
    });
    fake.wx.onAppShow(() => seen.push('next'));
    fake.appShow();
    expect(seen).toEqual(['next']);
    expect(fake.callbackErrors).toHaveLength(1);
    error.mockRestore();
  });
});

describe('mock IDaaS: Date header', () => {
  it('follows the mock clock', async () => {
    const mock = await startMockIdaas();
    try {
      const dateOf = async () =>
        Date.parse((await fetch(`${mock.url}/api/v1/oauth2/keys`)).headers.get('date')!);
      const before = await dateOf();
      expect(Math.abs(before - mock.now())).toBeLessThanOrEqual(1000);
      mock.advanceTime(86_400_000);
      const after = await dateOf();
      expect(after - before).toBeGreaterThanOrEqual(86_400_000 - 1000);
      expect(Math.abs(after - mock.now())).toBeLessThanOrEqual(1000);
    } finally {
      await mock.close();
    }
  });
});
