'use strict';

// How an integrator tests a page of their own mini program with the SDK's test kit: a real HTTP mock IDaaS, a fake
// `wx`, and the page's own code. Written only against the package's public entries.
const http = require('node:http');
const { afterEach, beforeEach, expect, it, jest: mocks } = require('@jest/globals');
const { EiamClient, errorMessage } = require('eiam-miniprogram-sdk');
const { createWxFake, loadPage, startMockIdaas } = require('eiam-miniprogram-sdk/testing');

let mock;
let fake;
let backend;
let app;

beforeEach(async () => {
  mock = await startMockIdaas();
  mock.addUser({ mobile: '13800138000', name: '张三', openid: 'o-page-test' });
  // The app's backend, stubbed: it answers the user for any bearer token (verify it for real in your backend tests).
  backend = http.createServer((req, res) => {
    const ok = /^Bearer \S+$/.test(req.headers.authorization || '');
    res.writeHead(ok ? 200 : 401, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(ok ? { name: '张三' } : { error: 'invalid_token' }));
  });
  await new Promise((resolve) => backend.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${backend.address().port}`;

  fake = createWxFake({ openid: 'o-page-test' });
  fake.wx.redirectTo = mocks.fn(); // APIs the fake does not have are added by the test
  globalThis.wx = fake.wx;
  const eiam = new EiamClient({
    domain: mock.url,
    clientId: mock.clientId,
    allowInsecureLoopback: true, // the mock runs on http://127.0.0.1
    allowedHosts: [host],
    clock: { now: () => mock.now() }, // mock.advanceTime() moves the phone's clock too
  });
  app = { eiam, apiUrl: `http://${host}` };
  globalThis.getApp = () => app;
});

afterEach(async () => {
  backend.closeAllConnections();
  await new Promise((resolve) => backend.close(resolve));
  await mock.close();
});

it('shows the signed-in user', async () => {
  await app.eiam.loginWithWeChat();
  const page = loadPage(require.resolve('./pages/profile/index.js'));
  await page.load(); // onLoad, onShow, onReady
  expect(page.data).toEqual({ name: '张三', error: '' });
});

it('sends a signed-out user to the sign-in page, and calls no backend', async () => {
  const page = loadPage(require.resolve('./pages/profile/index.js'));
  await page.load(); // onLoad, onShow, onReady
  expect(fake.wx.redirectTo).toHaveBeenCalledWith({ url: '/pages/sign-in/index' });
  expect(fake.calls.filter((c) => c.api === 'request')).toHaveLength(0);
});

it('sends the user to sign in again when the IDaaS has ended the session', async () => {
  await app.eiam.loginWithWeChat();
  mock.advanceTime(6 * 24 * 3600 * 1000); // 6 days later: the 5-day session is over
  const page = loadPage(require.resolve('./pages/profile/index.js'));
  await page.load(); // onLoad, onShow, onReady
  expect(fake.wx.redirectTo).toHaveBeenCalledTimes(1);
  expect(await app.eiam.getSession()).toBeNull();
});

it('shows a network error while offline, and keeps the user signed in', async () => {
  await app.eiam.loginWithWeChat();
  fake.faults.request = 'offline';
  const page = loadPage(require.resolve('./pages/profile/index.js'));
  await page.load(); // onLoad, onShow, onReady
  expect(page.data.error).toBe(errorMessage('NETWORK_ERROR', 'zh')); // WeChat's language in the fake is zh_CN
  expect(fake.wx.redirectTo).not.toHaveBeenCalled();
  expect(await app.eiam.getSession()).not.toBeNull();
});
