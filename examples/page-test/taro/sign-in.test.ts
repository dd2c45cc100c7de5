// src/pages/sign-in/sign-in.test.ts (jest)
import { EiamClient } from 'eiam-miniprogram-sdk';
import {
  createComponentStub,
  createPage,
  createWxFake,
  startMockIdaas,
  type MockIdaas,
} from 'eiam-miniprogram-sdk/testing';
import { startSignIn } from './sign-in';

const mockPage = createPage({ components: { '#bind': createComponentStub() } });
jest.mock(
  '@tarojs/taro',
  () => ({
    __esModule: true,
    default: {
      getCurrentInstance: () => ({ page: mockPage }),
      // Taro.nextTick runs after the page's pending render: a setData callback
      nextTick: (fn: () => void) => mockPage.setData({}, fn),
    },
  }),
  { virtual: true }, // only where @tarojs/taro is not installed
);

let mock: MockIdaas;
beforeEach(async () => {
  mock = await startMockIdaas();
  (globalThis as { wx?: unknown }).wx = createWxFake({ openid: 'o-new-user' }).wx;
});
afterEach(() => mock.close());

it('shows the bind form to a new user and hands it the client once it is rendered', async () => {
  const eiam = new EiamClient({ domain: mock.url, clientId: mock.clientId, allowInsecureLoopback: true });
  const shown: unknown[] = [];
  await startSignIn(eiam, (flows) => shown.push(flows));
  expect(shown).toEqual([['VERIFY_PHONE', 'VERIFY_EMAIL']]);
  await mockPage.rendered();
  expect(mockPage.selectComponent('#bind').client).toBe(eiam);
});
