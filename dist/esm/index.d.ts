/**
 * eiam-miniprogram-sdk: sign a WeChat Mini Program's users in to an enterprise IDaaS (EIAM).
 *
 * @example
 * ```ts
 * import { EiamClient, isEiamError } from 'eiam-miniprogram-sdk';
 * const eiam = new EiamClient({ domain: 'https://tenant.example.com', clientId: 'nTo1...' });
 * ```
 * @packageDocumentation
 */
export { EiamClient } from './client/eiam-client.js';
export type { LoginResult, VerifyCodeInput } from './client/eiam-client.js';
export type { CodeCooldownInput, EmailCodeInput, LoginFlow, OtherLoginFlow, SmsCodeInput, } from './client/inputs.js';
export type { AppRequestOptions, AppResponse } from './client/app-request.js';
export type { EiamClientOptions, SessionChangeInfo, SessionChangeReason, SessionListener, } from './client/options.js';
export { EiamError, isEiamError } from './errors/eiam-error.js';
export type { EiamErrorInit } from './errors/eiam-error.js';
export { ERROR_MESSAGES, errorMessage } from './errors/codes.js';
export type { EiamErrorCode, MessageLanguage } from './errors/codes.js';
export { Session } from './session/session.js';
export { decodeIdToken } from './jwt/decode.js';
export type { IdTokenClaims, DecodeIdTokenOptions } from './jwt/decode.js';
export type { Captcha } from './api/process-captcha.js';
export type { BindFormFlows, EiamBindFormProps, EiamCaptchaProps, EiamComponentEvent, EiamBindFormSuccessDetail, EiamBindFormErrorDetail, EiamBindFormAgreementDetail, EiamCaptchaSuccessDetail, EiamCaptchaFailDetail, EiamCaptchaCloseDetail, EiamBindFormSuccessEvent, EiamBindFormErrorEvent, EiamBindFormAgreementEvent, EiamCaptchaSuccessEvent, EiamCaptchaFailEvent, EiamCaptchaCloseEvent, EiamBindFormEventDetails, EiamCaptchaEventDetails, EiamBindFormInstance, EiamCaptchaInstance, } from './component-types.js';
export { parseMobile, formatMobile } from './validate/mobile.js';
export type { ParsedMobile, MobileFormat } from './validate/mobile.js';
export { parseEmail } from './validate/email.js';
export { parseVerifyCode } from './validate/verify-code.js';
export { isCodeType, SMS_CODE_TYPES, EMAIL_CODE_TYPES } from './validate/code-type.js';
export type { SmsCodeType, EmailCodeType } from './validate/code-type.js';
export { maskMobile, maskEmail } from './util/mask.js';
export { safetyMarginMs } from './session/margin.js';
export { SDK_NAME, SDK_VERSION } from './version.js';
export type { Transport, TransportRequest, TransportResponse, TransportFailure, TransportFailureKind, SessionStorage, LoginProvider, DeviceInfo, DeviceInfoProvider, Clock, AppLifecycle, } from './platform/types.js';
export { wxTransport } from './platform/wx-transport.js';
export { wxStorage } from './platform/wx-storage.js';
export { wxLogin } from './platform/wx-login.js';
export { wxDeviceInfo } from './platform/wx-device.js';
export { wxAppLifecycle } from './platform/wx-app-lifecycle.js';
export { processLoginResponse, parseFlows } from './api/process-login.js';
export type { LoginAnswer } from './api/process-login.js';
export { processSessionResponse } from './api/process-session.js';
export type { SessionAnswer } from './api/process-session.js';
export { processCaptchaResponse, processCaptchaVerifyResponse } from './api/process-captcha.js';
export { processEmptyResponse, processMfaMobileResponse, processIdTokenResponse } from './api/process-misc.js';
export type { IdTokenGrant } from './api/process-misc.js';
export type { SessionGrant } from './api/session-grant.js';
