// pages/sign-in/index.test.js (jest)
const { EiamClient } = require('eiam-miniprogram-sdk');
const {
  createComponentStub,
  createWxFake,
  loadPage,
  startMockIdaas,
} = require('eiam-miniprogram-sdk/testing');

let mock, eiam;
beforeEach(async () => {
  mock = await startMockIdaas(); // no user has openid 'o-new-user': WeChat login answers SOCIAL_BIND
  globalThis.wx = createWxFake({ openid: 'o-new-user' }).wx;
  eiam = new EiamClient({ domain: mock.url, clientId: mock.clientId, allowInsecureLoopback: true });
  globalThis.getApp = () => ({ eiam });
});
afterEach(() => mock.close());

it('hands the bind form the client once the form is rendered', async () => {
  const bind = createComponentStub();
  const page = loadPage(require.resolve('./index.js'), { components: { '#bind': bind } });
  await page.load();
  page.login(); // the WeChat button's tap
  while (!bind.client) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(bind.client).toBe(eiam);
  expect(page.data.flows).toEqual(['VERIFY_PHONE', 'VERIFY_EMAIL']);
});
