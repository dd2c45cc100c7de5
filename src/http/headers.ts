import type { DeviceInfo } from '../platform/types';
import { SDK_NAME, SDK_VERSION } from '../version';

/** Keeps printable ASCII only (header values must not carry anything else), or `'unknown'` when nothing is left. */
function ascii(value: string): string {
  return value.replace(/[^\x20-\x7e]/g, '').trim() || 'unknown';
}

/**
 * `X-operating-sys-version`: the lowercase OS name and version without spaces, like the doc's `windows10.1.1`.
 * `iOS 17.2.1` → `ios17.2.1`.
 */
export function osVersionHeader(info: DeviceInfo): string {
  return ascii(info.system || info.platform)
    .replace(/\s/g, '')
    .toLowerCase();
}

/** `X-L`: the primary language subtag (the first run of ASCII letters), `zh_CN` → `zh`; `zh` when there is none. */
export function languageHeader(language: string): string {
  return (/[a-z]+/i.exec(language) || ['zh'])[0]!.toLowerCase();
}

/**
 * `X-agent`: a user-agent in the shape WeChat's own web view uses, e.g.
 * `Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X; iPhone 15) MicroMessenger/8.0.50 MiniProgramEnv/ios
 * eiam-miniprogram-sdk/0.1.0`.
 */
export function agentHeader(info: DeviceInfo): string {
  const system = ascii(info.system || info.platform);
  const platform = ascii(info.platform).toLowerCase();
  const version = system.replace(/^\D*/, '');
  const device =
    platform === 'ios'
      ? `iPhone; CPU iPhone OS ${version.replace(/\./g, '_')} like Mac OS X`
      : platform === 'android'
        ? `Linux; Android ${version}`
        : system;
  return (
    `Mozilla/5.0 (${device}; ${ascii(info.model)}) MicroMessenger/${ascii(info.wechatVersion)} ` +
    `MiniProgramEnv/${platform} ${SDK_NAME}/${SDK_VERSION}`
  );
}
