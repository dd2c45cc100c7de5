/** The SDK's own name and version, sent in `X-agent`. Kept equal to package.json by a test. */
export const SDK_NAME = 'eiam-miniprogram-sdk';
export const SDK_VERSION = '0.1.0';
