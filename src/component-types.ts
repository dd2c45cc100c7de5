/**
 * Types of the two components shipped in `miniprogram_dist/components/`: their properties, the methods of their
 * instances (what `selectComponent` gives) and the `detail` of their events. Types only: nothing here reaches
 * `index.js`.
 *
 * @example
 * ```ts
 * import type { EiamBindFormInstance, EiamBindFormSuccessEvent } from 'eiam-miniprogram-sdk';
 * (this.selectComponent('#bind') as unknown as EiamBindFormInstance).setClient(eiam);
 * function signedIn(e: EiamBindFormSuccessEvent) { console.log(e.detail.session.claims.sub); }
 * ```
 * @packageDocumentation
 */
import type { EiamClient, LoginResult } from './client/eiam-client';
import type { EiamError } from './errors/eiam-error';
import type { Session } from './session/session';

/**
 * The bind form's `flows`: the ones a login result asks for (e.g. `['VERIFY_PHONE']`), as `loginWithWeChat()` returns
 * them, and `'VERIFY_WECHAT_PHONE'`, which the form reads as "show the WeChat phone-number button" (a name the
 * vendor's pages do not list; the `wechatPhone` property does the same).
 */
export type BindFormFlows = Array<
  Extract<LoginResult, { flows: unknown }>['flows'][number] | 'VERIFY_WECHAT_PHONE'
>;

/**
 * Properties of `<eiam-bind-form>`, camelCase as the component declares them (`terms-url` in WXML is `termsUrl`).
 */
export interface EiamBindFormProps {
  /**
   * The login result's `flows`. Default `[]`: both tabs (phone and email). `VERIFY_WECHAT_PHONE` shows the WeChat
   * phone-number button.
   */
  flows?: BindFormFlows;
  /**
   * `'register'` (default): `registerBind` / `registerBindWithWeChatPhone`, binds or registers; `'bind'`: `bind` /
   * `bindWithWeChatPhone`, existing users only.
   */
  mode?: 'register' | 'bind';
  /** The slider captcha before each send. Default `true`; `false` for a tenant that turned it off. */
  captcha?: boolean;
  /** The WeChat phone-number button even when `flows` does not name `VERIFY_WECHAT_PHONE`. Default `false`. */
  wechatPhone?: boolean;
  /**
   * The agreement row (unticked at first; nothing is sent until it is ticked). Default `true`; `false` only when the
   * app got the user's consent on an earlier page (then `consentAt` is 0).
   */
  consent?: boolean;
  /** The app's page with its user agreement, opened by the link (`<navigator>`). Default `''`: only `agreement`. */
  termsUrl?: string;
  /** The app's page with its privacy policy, opened by the link. Default `''`: only the `agreement` event. */
  privacyUrl?: string;
  /** The user agreement link's text. Default `''`: 《用户协议》 / User Agreement. */
  termsTitle?: string;
  /** The privacy policy link's text. Default `''`: 《隐私政策》 / Privacy Policy. */
  privacyTitle?: string;
}

/** Properties of `<eiam-captcha>`. */
export interface EiamCaptchaProps {
  /** The mobile or email the code will go to (`verifyCaptcha`'s `sender`). Default `''`. */
  sender?: string;
}

/** A component event as the handler receives it: what matters is `detail`. */
export interface EiamComponentEvent<Detail> {
  /** The event's name, e.g. `'success'`. */
  type: string;
  /** What the component sent. */
  detail: Detail;
}

/** `detail` of `<eiam-bind-form>`'s `success` event: the new session (the user is signed in). */
export interface EiamBindFormSuccessDetail {
  session: Session;
  /**
   * When the user ticked the agreement (ms since 1970), for the app's records of consent; 0 when the `consent`
   * property turned the row off.
   */
  consentAt: number;
}

/**
 * `detail` of `<eiam-bind-form>`'s `error` event. `error.code === 'MFA_REQUIRED'` means: continue with MFA; every other
 * error is also shown in the form.
 */
export interface EiamBindFormErrorDetail {
  error: EiamError;
}

/**
 * `detail` of `<eiam-bind-form>`'s `agreement` event: a link of the agreement row was tapped. `url` is the
 * `termsUrl` / `privacyUrl` property (`''` when none was given: open the document yourself, e.g.
 * `wx.openPrivacyContract()`).
 */
export interface EiamBindFormAgreementDetail {
  doc: 'terms' | 'privacy';
  url: string;
}

/** `detail` of `<eiam-captcha>`'s `success` event: pass `captchaToken` to `sendSmsCode` / `sendEmailCode`. */
export interface EiamCaptchaSuccessDetail {
  captchaToken: string;
}

/** `detail` of `<eiam-captcha>`'s `fail` event (the component then shows a new puzzle). */
export interface EiamCaptchaFailDetail {
  error: EiamError;
}

/**
 * `detail` of `<eiam-captcha>`'s `close` event (the user closed the sheet; remove it): the component sends none, so
 * nothing in it is to be read.
 */
export type EiamCaptchaCloseDetail = Record<string, never>;

export type EiamBindFormSuccessEvent = EiamComponentEvent<EiamBindFormSuccessDetail>;
export type EiamBindFormErrorEvent = EiamComponentEvent<EiamBindFormErrorDetail>;
export type EiamBindFormAgreementEvent = EiamComponentEvent<EiamBindFormAgreementDetail>;
export type EiamCaptchaSuccessEvent = EiamComponentEvent<EiamCaptchaSuccessDetail>;
export type EiamCaptchaFailEvent = EiamComponentEvent<EiamCaptchaFailDetail>;
export type EiamCaptchaCloseEvent = EiamComponentEvent<EiamCaptchaCloseDetail>;

/** Events of `<eiam-bind-form>`, by name, with their `detail`. */
export interface EiamBindFormEventDetails {
  success: EiamBindFormSuccessDetail;
  error: EiamBindFormErrorDetail;
  agreement: EiamBindFormAgreementDetail;
}

/** Events of `<eiam-captcha>`, by name, with their `detail`. */
export interface EiamCaptchaEventDetails {
  success: EiamCaptchaSuccessDetail;
  fail: EiamCaptchaFailDetail;
  close: EiamCaptchaCloseDetail;
}

/** What `selectComponent('#bind')` gives for an `<eiam-bind-form>`: the methods a page calls. */
export interface EiamBindFormInstance {
  /** Hands the form the page's client; the form reaches the IDaaS only through it. */
  setClient(client: EiamClient): void;
}

/** What `selectComponent('#captcha')` gives for an `<eiam-captcha>`. */
export interface EiamCaptchaInstance {
  /** Hands the captcha the page's client and loads a puzzle. */
  setClient(client: EiamClient): void;
}
