import type { EiamClient, EiamClientOptions } from 'eiam-miniprogram-sdk';
import type { MockIdaasOptions, WxFakeOptions } from 'eiam-miniprogram-sdk/testing';
import { clientOptions, world, type World } from './harness';

/** The SDK as built and published (`miniprogram_dist/`), what `require('eiam-miniprogram-sdk')` gives. */
export type BuiltSdk = typeof import('eiam-miniprogram-sdk');

/**
 * A fresh copy of the built SDK, loaded in an isolated module registry: whatever it reads from the globals (such
 * as `Promise`) while it loads, it reads from the globals of this moment.
 */
export function loadBuiltSdk(): BuiltSdk {
  let sdk: BuiltSdk | undefined;
  jest.isolateModules(() => {
    sdk = jest.requireActual<BuiltSdk>('eiam-miniprogram-sdk');
  });
  return sdk!;
}

/** {@link World} with clients of a built SDK copy in place of `src/`'s. */
export interface BuiltWorld extends Omit<World, 'eiam' | 'restart' | 'another'> {
  eiam: EiamClient;
  restart(options?: Partial<EiamClientOptions>): EiamClient;
  another(options?: Partial<EiamClientOptions>): EiamClient;
}

/** {@link world} (the mock IDaaS over real HTTP, the wx fake as the global `wx`), with clients from `sdk`. */
export async function builtWorld(
  sdk: BuiltSdk,
  options: { mock?: MockIdaasOptions; fake?: WxFakeOptions; client?: Partial<EiamClientOptions> } = {},
): Promise<BuiltWorld> {
  const { mock, fake, logs } = await world({ mock: options.mock, fake: options.fake });
  const make = (extra: Partial<EiamClientOptions> = {}) =>
    new sdk.EiamClient(clientOptions(mock, logs, options.client, extra));
  const restart = (extra?: Partial<EiamClientOptions>) => {
    fake.relaunch();
    return make(extra);
  };
  return { mock, fake, logs, eiam: make(), restart, another: make };
}
