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
/** The `flows` a login result asks for (e.g. `['VERIFY_PHONE']`), as `loginWithWeChat()` returns them. */
export type BindFormFlows = Extract<LoginResult, {
    flows: unknown;
}>['flows'];
/** Properties of `<eiam-bind-form>`. */
export interface EiamBindFormProps {
    /** The login result's `flows`. Default `[]`: both tabs (phone and email). */
    flows?: BindFormFlows;
    /** `'register'` (default): `registerBind`, binds or registers; `'bind'`: `bind`, existing users only. */
    mode?: 'register' | 'bind';
    /** Show the slider captcha before each send. Default `false`. */
    captcha?: boolean;
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
}
/**
 * `detail` of `<eiam-bind-form>`'s `error` event. `error.code === 'MFA_REQUIRED'` means: continue with MFA; every other
 * error is also shown in the form.
 */
export interface EiamBindFormErrorDetail {
    error: EiamError;
}
/** `detail` of `<eiam-captcha>`'s `success` event: pass `captchaToken` to `sendSmsCode` / `sendEmailCode`. */
export interface EiamCaptchaSuccessDetail {
    captchaToken: string;
}
/** `detail` of `<eiam-captcha>`'s `fail` event (the component then shows a new puzzle). */
export interface EiamCaptchaFailDetail {
    error: EiamError;
}
export type EiamBindFormSuccessEvent = EiamComponentEvent<EiamBindFormSuccessDetail>;
export type EiamBindFormErrorEvent = EiamComponentEvent<EiamBindFormErrorDetail>;
export type EiamCaptchaSuccessEvent = EiamComponentEvent<EiamCaptchaSuccessDetail>;
export type EiamCaptchaFailEvent = EiamComponentEvent<EiamCaptchaFailDetail>;
/** Events of `<eiam-bind-form>`, by name, with their `detail`. */
export interface EiamBindFormEventDetails {
    success: EiamBindFormSuccessDetail;
    error: EiamBindFormErrorDetail;
}
/** Events of `<eiam-captcha>`, by name, with their `detail`. */
export interface EiamCaptchaEventDetails {
    success: EiamCaptchaSuccessDetail;
    fail: EiamCaptchaFailDetail;
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
