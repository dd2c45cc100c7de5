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
export { EiamClient } from './client/eiam-client';
export type { LoginResult, VerifyCodeInput } from './client/eiam-client';
export type {
  CodeCooldownInput,
  EmailCodeInput,
  LoginFlow,
  OtherLoginFlow,
  SmsCodeInput,
} from './client/inputs';
export type { AppRequestOptions, AppResponse } from './client/app-request';
export type {
  EiamClientOptions,
  SessionChangeInfo,
  SessionChangeReason,
  SessionListener,
} from './client/options';
export { EiamError, isEiamError } from './errors/eiam-error';
export type { EiamErrorInit } from './errors/eiam-error';
export { ERROR_MESSAGES, errorMessage } from './errors/codes';
export type { EiamErrorCode, MessageLanguage } from './errors/codes';
export { Session } from './session/session';
export { decodeIdToken } from './jwt/decode';
export type { IdTokenClaims, DecodeIdTokenOptions } from './jwt/decode';
export type { Captcha } from './api/process-captcha';
export type {
  BindFormFlows,
  EiamBindFormProps,
  EiamCaptchaProps,
  EiamComponentEvent,
  EiamBindFormSuccessDetail,
  EiamBindFormErrorDetail,
  EiamBindFormAgreementDetail,
  EiamCaptchaSuccessDetail,
  EiamCaptchaFailDetail,
  EiamCaptchaCloseDetail,
  EiamBindFormSuccessEvent,
  EiamBindFormErrorEvent,
  EiamBindFormAgreementEvent,
  EiamCaptchaSuccessEvent,
  EiamCaptchaFailEvent,
  EiamCaptchaCloseEvent,
  EiamBindFormEventDetails,
  EiamCaptchaEventDetails,
  EiamBindFormInstance,
  EiamCaptchaInstance,
} from './component-types';
export { parseMobile, formatMobile } from './validate/mobile';
export type { ParsedMobile, MobileFormat } from './validate/mobile';
export { parseEmail } from './validate/email';
export { parseVerifyCode } from './validate/verify-code';
export { isCodeType, SMS_CODE_TYPES, EMAIL_CODE_TYPES } from './validate/code-type';
export type { SmsCodeType, EmailCodeType } from './validate/code-type';
export { maskMobile, maskEmail } from './util/mask';
export { safetyMarginMs } from './session/margin';
export { SDK_NAME, SDK_VERSION } from './version';
export type {
  Transport,
  TransportRequest,
  TransportResponse,
  TransportFailure,
  TransportFailureKind,
  SessionStorage,
  LoginProvider,
  DeviceInfo,
  DeviceInfoProvider,
  Clock,
  AppLifecycle,
} from './platform/types';
export { wxTransport } from './platform/wx-transport';
export { wxStorage } from './platform/wx-storage';
export { wxLogin } from './platform/wx-login';
export { wxDeviceInfo } from './platform/wx-device';
export { wxAppLifecycle } from './platform/wx-app-lifecycle';
export { processLoginResponse, parseFlows } from './api/process-login';
export type { LoginAnswer } from './api/process-login';
export { processSessionResponse } from './api/process-session';
export type { SessionAnswer } from './api/process-session';
export { processCaptchaResponse, processCaptchaVerifyResponse } from './api/process-captcha';
export { processEmptyResponse, processMfaMobileResponse, processIdTokenResponse } from './api/process-misc';
export type { IdTokenGrant } from './api/process-misc';
export type { SessionGrant } from './api/session-grant';
