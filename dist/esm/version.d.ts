/**
 * @example
 * ```ts
 * console.log(`${SDK_NAME}/${SDK_VERSION}`);
 * ```
 * The SDK's own name, sent in `X-agent`.
 */
export declare const SDK_NAME = "eiam-miniprogram-sdk";
/** The SDK's version, sent in `X-agent`; kept equal to package.json by a test. */
export declare const SDK_VERSION = "0.1.0";
