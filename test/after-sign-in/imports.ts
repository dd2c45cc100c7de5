// What the after-sign-in tests use from the SDK and the test kit: both through the package's own entries.
export {
  decodeIdToken,
  EiamClient,
  type EiamClientOptions,
  type AppLifecycle,
  type Transport,
} from '../../src';
export type { MockFault, MockIdaas, WxFake } from 'eiam-miniprogram-sdk/testing';
