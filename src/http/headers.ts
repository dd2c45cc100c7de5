import type { DeviceInfo } from '../platform/types';
import { SDK_NAME, SDK_VERSION } from '../version';

/** Keeps printable ASCII only: header values must not carry anything else. */
function ascii(value: string): string {
  return value.replace(/[^\x20-\x7e]/g, '').trim();
}

/**
 * `X-operating-sys-version`: the lowercase OS name and version without spaces, like the doc's `windows10.1.1`.
 * `iOS 17.2.1` → `ios17.2.1`.
 */
export function osVersionHeader(info: DeviceInfo): string {
  return (
    ascii(info.system || info.platform)
      .replace(/\s+/g, '')
      .toLowerCase() || 'unknown'
  );
}

/** `X-L`: the primary language subtag, `zh_CN` → `zh`; `zh` when unknown. */
export function languageHeader(language: string): string {
  return (
    ascii(language)
      .split(/[_-]/)[0]!
      .toLowerCase()
      .replace(/[^a-z]/g, '') || 'zh'
  );
}

/**
 * `X-agent`: a user-agent in the shape WeChat's own web view uses, e.g.
 * `Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X; iPhone 15) MicroMessenger/8.0.50 MiniProgramEnv/ios
 * eiam-miniprogram-sdk/0.1.0`.
 */
export function agentHeader(info: DeviceInfo): string {
  const system = ascii(info.system);
  const model = ascii(info.model) || 'unknown';
  const platform = ascii(info.platform).toLowerCase() || 'unknown';
  const version = system.replace(/^[^\d]*/, '');
  let device: string;
  if (platform === 'ios')
    device = `iPhone; CPU iPhone OS ${version.replace(/\./g, '_')} like Mac OS X; ${model}`;
  else if (platform === 'android') device = `Linux; Android ${version}; ${model}`;
  else device = `${system || platform}; ${model}`;
  return (
    `Mozilla/5.0 (${device}) MicroMessenger/${ascii(info.wechatVersion) || 'unknown'} ` +
    `MiniProgramEnv/${platform} ${SDK_NAME}/${SDK_VERSION}`
  );
}
