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
  deviceApis,
  supportsStorageEncryption,
  compareVersions,
  DEFAULTS,
  LEGACY_SDK_VERSION,
};
