import { EiamClient, type EiamClientOptions } from '../../src';
import { EMAIL, MOBILE, OPENID } from './fixtures';
import {
  createWxFake,
  startMockIdaas,
  type MockIdaas,
  type MockIdaasOptions,
  type WxFake,
  type WxFakeOptions,
} from 'eiam-miniprogram-sdk/testing';

/** One test's world: a mock IDaaS on loopback, a wx fake installed as the global `wx`, and a client. */
export interface World {
  mock: MockIdaas;
  fake: WxFake;
  eiam: EiamClient;
  /** A cold start of the app (the wx fake's `relaunch()`, same storage), and a client in it. */
  restart(options?: Partial<EiamClientOptions>): EiamClient;
  /** Another client in the same run of the app: it shares the session of `eiam` when the options allow. */
  another(options?: Partial<EiamClientOptions>): EiamClient;
  /** Debug lines the client logged. */
  logs: string[];
}

const worlds: MockIdaas[] = [];

/**
 * Starts a mock and a fake; `afterEach(closeWorlds)` stops them. The mock requires the captcha before a send by
 * default, as the vendor's send pages do; these worlds test other things, so they turn it off unless `options.mock`
 * says otherwise (test/client/vendor-answers.test.ts walks the vendor's defaults, captcha included).
 */
export async function world(
  options: { mock?: MockIdaasOptions; fake?: WxFakeOptions; client?: Partial<EiamClientOptions> } = {},
): Promise<World> {
  const mock = await startMockIdaas({ captchaRequired: false, ...options.mock });
  worlds.push(mock);
  const fake = createWxFake(options.fake);
  (globalThis as unknown as { wx: unknown }).wx = fake.wx;
  const logs: string[] = [];
  const make = (extra: Partial<EiamClientOptions> = {}) =>
    new EiamClient(clientOptions(mock, logs, options.client, extra));
  const restart = (extra?: Partial<EiamClientOptions>) => {
    fake.relaunch();
    return make(extra);
  };
  return { mock, fake, eiam: make(), restart, another: make, logs };
}

/** A test client's options: the mock's domain and client id, loopback allowed, debug lines into `logs`, then `more`. */
export function clientOptions(
  mock: MockIdaas,
  logs: string[],
  ...more: Array<Partial<EiamClientOptions> | undefined>
): EiamClientOptions {
  const base: EiamClientOptions = {
    domain: mock.url,
    clientId: mock.clientId,
    allowInsecureLoopback: true,
    debug: (line) => logs.push(line),
  };
  return Object.assign(base, ...more);
}

/** Closes every mock started by {@link world}. */
export async function closeWorlds(): Promise<void> {
  while (worlds.length) await worlds.pop()!.close();
}

/** The requests the mock received at a path ending with `suffix`. */
export function requestsTo(mock: MockIdaas, suffix: string) {
  return mock.requests.filter((r) => r.path.endsWith(suffix));
}

/** Waits until the promise settles and returns its error (fails when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<import('../../src').EiamError> {
  try {
    await promise;
  } catch (error) {
    return error as import('../../src').EiamError;
  }
  throw new Error('expected a rejection, but the promise resolved');
}

/** A world at the bind step of a new WeChat user, with an SMS code sent to `MOBILE` (`code`). */
export async function atBindStepWithCode(options: Parameters<typeof world>[0] = {}) {
  const w = await world(options);
  await w.eiam.loginWithWeChat();
  await w.eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
  return { ...w, code: w.mock.lastCode(MOBILE)! };
}

/** A world whose user (`MOBILE`, `EMAIL`, bound to `OPENID`) is signed in through WeChat. */
export async function signedIn(options: Parameters<typeof world>[0] = {}, user: { mobile?: string } = {}) {
  const w = await world(options);
  w.mock.addUser({ mobile: user.mobile || MOBILE, email: EMAIL, openid: OPENID });
  const result = await w.eiam.loginWithWeChat();
  if (result.status !== 'SUCCESS') throw new Error('expected SUCCESS');
  return { ...w, session: result.session };
}
