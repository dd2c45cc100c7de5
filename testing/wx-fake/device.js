'use strict';

const DEFAULTS = {
  system: 'iOS 17.2.1',
  platform: 'ios',
  brand: 'Apple',
  model: 'iPhone 15',
  version: '8.0.50',
  SDKVersion: '3.3.4',
  language: 'zh_CN',
};
// A base library before 2.20.1 has no getDeviceInfo / getAppBaseInfo, and before 2.21.3 no storage encryption.
const LEGACY_SDK_VERSION = '2.19.4';
// WeChat's docs: getDeviceInfo / getAppBaseInfo "基础库 2.20.1 开始支持"; "基础库 2.10.2 版本起，异步 API 支持 callback &
// promise 两种调用方式" (a call without success / fail / complete returns a promise).
const DEVICE_INFO_SDK_VERSION = '2.20.1';
const PROMISE_SDK_VERSION = '2.10.2';

/** Compares dotted versions: -1, 0 or 1. */
function compareVersions(a, b) {
  const pa = String(a).split('.').map(Number);
  const pb = String(b).split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d > 0 ? 1 : -1;
  }
  return 0;
}

/** Storage encryption (`encrypt: true` on setStorage / getStorage) arrived in base library 2.21.3. */
function supportsStorageEncryption(profile) {
  return compareVersions(profile.SDKVersion, '2.21.3') >= 0;
}

/** Async APIs return a promise when called without callbacks from base library 2.10.2. */
function supportsPromises(profile) {
  return compareVersions(profile.SDKVersion, PROMISE_SDK_VERSION) >= 0;
}

/**
 * 'modern' (getDeviceInfo / getAppBaseInfo) or 'legacy' (only getSystemInfoSync): `options.device`, else what the
 * profile's SDKVersion has. Throws a TypeError when the two contradict each other.
 */
function deviceKind(options, profile) {
  const modern = compareVersions(profile.SDKVersion, DEVICE_INFO_SDK_VERSION) >= 0;
  const device = options.device === undefined ? (modern ? 'modern' : 'legacy') : options.device;
  if (device !== 'modern' && device !== 'legacy') throw new TypeError(`device must be 'modern' or 'legacy'`);
  if ((device === 'modern') !== modern) {
    throw new TypeError(
      `device '${device}' contradicts SDKVersion ${profile.SDKVersion}: getDeviceInfo and getAppBaseInfo ` +
        `exist from base library ${DEVICE_INFO_SDK_VERSION}`,
    );
  }
  return device;
}

function deviceProfile(options) {
  const legacy = options.device === 'legacy';
  const profile = { ...DEFAULTS, SDKVersion: legacy ? LEGACY_SDK_VERSION : DEFAULTS.SDKVersion };
  for (const key of Object.keys(DEFAULTS))
    if (options[key] !== undefined) profile[key] = String(options[key]);
  return profile;
}

/** getDeviceInfo / getAppBaseInfo (modern only) and getSystemInfoSync, answering from a profile. */
function deviceApis(profile, modern) {
  const screen = { pixelRatio: 3, screenWidth: 393, screenHeight: 852, windowWidth: 393, windowHeight: 852 };
  const apis = {
    getSystemInfoSync: () => ({
      brand: profile.brand,
      model: profile.model,
      ...screen,
      statusBarHeight: 59,
      language: profile.language,
      version: profile.version,
      system: profile.system,
      platform: profile.platform,
      fontSizeSetting: 16,
      SDKVersion: profile.SDKVersion,
      benchmarkLevel: -1,
      theme: 'light',
      host: { env: 'WeChat' },
      enableDebug: false,
    }),
  };
  if (modern) {
    apis.getDeviceInfo = () => ({
      abi: '',
      deviceAbi: '',
      benchmarkLevel: -1,
      brand: profile.brand,
      model: profile.model,
      system: profile.system,
      platform: profile.platform,
      cpuType: 'unknown',
      memorySize: 'unknown',
    });
    apis.getAppBaseInfo = () => ({
      SDKVersion: profile.SDKVersion,
      enableDebug: false,
      host: { env: 'WeChat' },
      language: profile.language,
      version: profile.version,
      theme: 'light',
      fontSizeSetting: 16,
    });
  }
  return apis;
}

module.exports = {
  deviceProfile,
  deviceKind,
  deviceApis,
  supportsStorageEncryption,
  supportsPromises,
  compareVersions,
  DEFAULTS,
  LEGACY_SDK_VERSION,
};
