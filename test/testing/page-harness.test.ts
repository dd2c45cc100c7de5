// The page harness of eiam-miniprogram-sdk/testing: a page's logic layer (data, setData with its callback,
// lifecycle hooks, selectComponent) in a test, with no shim of the integrator's own.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { EiamClient } from 'eiam-miniprogram-sdk';
import {
  createComponentStub,
  createPage,
  createWxFake,
  loadPage,
  startMockIdaas,
  type MockIdaas,
} from 'eiam-miniprogram-sdk/testing';

const SIGN_IN = path.resolve(__dirname, '../../demo-miniprogram/pages/sign-in/index.js');

/** Waits (on later tasks) until `check()` holds; fails after 2 s. */
async function until(check: () => unknown, what: string): Promise<void> {
  const end = Date.now() + 2000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('createPage', () => {
  it('changes data at once and runs the setData callback later, after the render', async () => {
    const page = createPage({ data: { bind: false } });
    const order: string[] = [];
    page.setData({ bind: true }, () => order.push(`callback sees bind=${page.data.bind}`));
    order.push(`after setData bind=${page.data.bind}`);
    await Promise.resolve(); // a microtask is not enough: WeChat calls back after the view layer answered
    expect(order).toEqual(['after setData bind=true']);
    await page.rendered();
    expect(order).toEqual(['after setData bind=true', 'callback sees bind=true']);
  });

  it('sets path keys as WeChat does, creating objects and arrays on the way', () => {
    const page = createPage({ data: { form: { mobile: '' } } });
    page.setData({ 'form.mobile': '13800138000', 'list[1].name': 'b', 'a.b.c': 1 });
    expect(page.data).toEqual({
      form: { mobile: '13800138000' },
      list: [undefined, { name: 'b' }],
      a: { b: { c: 1 } },
    });
  });

  it('copies setData values as JSON, as they cross to the view layer', () => {
    const page = createPage();
    const flows = ['VERIFY_PHONE'];
    page.setData({ flows, when: new Date(0), fn: () => 1 });
    flows.push('VERIFY_EMAIL');
    expect(page.data).toEqual({ flows: ['VERIFY_PHONE'], when: '1970-01-01T00:00:00.000Z' });
    expect(page.setDataCalls).toEqual([{ flows: ['VERIFY_PHONE'], when: '1970-01-01T00:00:00.000Z' }]);
  });

  it('waits in rendered() for callbacks that call setData again', async () => {
    const page = createPage();
    page.setData({ step: 1 }, () => page.setData({ step: 2 }, () => page.setData({ step: 3 })));
    await page.rendered();
    expect(page.data.step).toBe(3);
  });

  it('answers selectComponent with the registered stand-in, and null for any other selector', () => {
    const bind = createComponentStub();
    const page = createPage({ components: { '#bind': bind } });
    expect(page.selectComponent('#bind')).toBe(bind);
    expect(page.selectComponent('#captcha')).toBeNull();
    const captcha = page.addComponent('#captcha', createComponentStub());
    expect(page.selectAllComponents('#captcha')).toEqual([captcha]);
  });

  it('records the calls a component stand-in gets, and keeps the client', () => {
    const stub = createComponentStub({ reset: () => 'done' });
    const client = { name: 'client' };
    stub.setClient(client);
    expect((stub.reset as () => string)()).toBe('done');
    expect(stub.client).toBe(client);
    expect(stub.calls).toEqual([
      { method: 'setClient', args: [client] },
      { method: 'reset', args: [] },
    ]);
  });
});

describe('loadPage', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eiam-harness-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function pageFile(source: string): string {
    const file = path.join(dir, `page-${Math.random().toString(36).slice(2)}.js`);
    fs.writeFileSync(file, source);
    return file;
  }

  it('runs a Page() file: its data, its methods bound to the page, and the hooks in WeChat order', async () => {
    const file = pageFile(`
      Page({
        data: { log: [] },
        onLoad(query) { this.setData({ log: [...this.data.log, 'onLoad ' + query.id] }); },
        onShow() { this.setData({ log: [...this.data.log, 'onShow'] }); },
        async onReady() { await null; this.setData({ log: [...this.data.log, 'onReady'] }); },
        onHide() { this.setData({ log: [...this.data.log, 'onHide'] }); },
        onUnload() { this.setData({ log: [...this.data.log, 'onUnload'] }); },
        name() { return this.data.log.length; },
      });`);
    const page = loadPage(file);
    expect(page.kind).toBe('Page');
    await page.load({ id: '7' });
    await page.hide();
    await page.unload();
    expect(page.options).toEqual({ id: '7' });
    expect(page.data.log).toEqual(['onLoad 7', 'onShow', 'onReady', 'onHide', 'onUnload']);
    const name = page.name;
    expect(name()).toBe(5);
  });

  it('gives each load a fresh page: the file runs again', async () => {
    const file = pageFile(`let loads = 0; loads++; Page({ data: { loads } });`);
    expect(loadPage(file).data.loads).toBe(1);
    expect(loadPage(file).data.loads).toBe(1);
  });

  it('runs a Component() page: property defaults, methods, lifetimes and page lifetimes', async () => {
    const file = pageFile(`
      Component({
        properties: { mode: { type: String, value: 'register' }, count: Number },
        data: { log: [] },
        lifetimes: { attached() { this.add('attached'); }, ready() { this.add('ready'); } },
        pageLifetimes: { show() { this.add('show'); } },
        methods: { add(e) { this.setData({ log: [...this.data.log, e] }); }, onLoad() { this.add('onLoad'); } },
      });`);
    const page = loadPage(file);
    await page.load();
    expect(page.kind).toBe('Component');
    expect(page.data).toEqual({ mode: 'register', count: 0, log: ['attached', 'onLoad', 'show', 'ready'] });
  });

  it('refuses a file that calls neither Page() nor Component()', () => {
    const file = pageFile(`module.exports = {};`);
    expect(() => loadPage(file)).toThrow('called neither Page() nor Component()');
  });

  it('leaves Page and Component as they were', () => {
    const before = (globalThis as { Page?: unknown }).Page;
    loadPage(pageFile(`Page({});`));
    expect((globalThis as { Page?: unknown }).Page).toBe(before);
  });

  describe('with the demo sign-in page, the mock IDaaS and the wx fake', () => {
    let mock: MockIdaas;
    beforeEach(async () => {
      mock = await startMockIdaas();
      const fake = createWxFake({ openid: 'o-new-user' });
      (globalThis as { wx?: unknown }).wx = fake.wx;
      const eiam = new EiamClient({ domain: mock.url, clientId: mock.clientId, allowInsecureLoopback: true });
      (globalThis as { getApp?: unknown }).getApp = () => ({ eiam, captcha: false });
    });
    afterEach(() => mock.close());

    it('hands the bind form the client once the form is rendered', async () => {
      const bind = createComponentStub();
      let renderedWhenHanded: unknown;
      bind.setClient = (client: unknown) => {
        renderedWhenHanded = page.data.bind;
        bind.client = client;
      };
      const page = loadPage(SIGN_IN, { components: { '#bind': bind } });
      await page.load();
      page.login(); // the WeChat button's tap
      await until(() => bind.client, 'setClient');
      const app = (globalThis as unknown as { getApp(): { eiam: EiamClient } }).getApp();
      expect(bind.client).toBe(app.eiam);
      expect(renderedWhenHanded).toBe(true);
      expect(page.data).toMatchObject({ bind: true, busy: false, flows: ['VERIFY_PHONE', 'VERIFY_EMAIL'] });
    });
  });
});
