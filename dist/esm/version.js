const SDK_NAME = 'eiam-miniprogram-sdk';
const SDK_VERSION = '0.1.0';
export { SDK_NAME, SDK_VERSION };
