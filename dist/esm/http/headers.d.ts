import type { DeviceInfo } from '../platform/types.js';
/**
 * `X-operating-sys-version`: the lowercase OS name and version without spaces, like the doc's `windows10.1.1`.
 * `iOS 17.2.1` → `ios17.2.1`.
 */
export declare function osVersionHeader(info: DeviceInfo): string;
/** `X-L`: the primary language subtag (the first run of ASCII letters), `zh_CN` → `zh`; `zh` when there is none. */
export declare function languageHeader(language: string): string;
/**
 * `X-agent`: a user-agent in the shape WeChat's own web view uses, e.g.
 * `Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X; iPhone 15) MicroMessenger/8.0.50 MiniProgramEnv/ios
 * eiam-miniprogram-sdk/0.1.0`.
 */
export declare function agentHeader(info: DeviceInfo): string;
