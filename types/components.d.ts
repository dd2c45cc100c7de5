// The components' properties and events as Taro (React) and Vue templates write them: `onSuccess` for `bind:success`.
import type {
  EiamBindFormEventDetails,
  EiamBindFormProps,
  EiamCaptchaEventDetails,
  EiamCaptchaProps,
  EiamComponentEvent,
} from '../miniprogram_dist/index';

/** `{ success: D }` → `{ onSuccess?: (event: { detail: D }) => void }`. */
export type EiamEventProps<Events> = {
  [Name in keyof Events as `on${Capitalize<Name & string>}`]?: (
    event: EiamComponentEvent<Events[Name]>,
  ) => void;
};

/** Attributes every element takes in a framework template. */
export interface EiamElementAttributes {
  id?: string;
  key?: string | number;
  className?: string;
  class?: string;
  style?: string | Record<string, string | number>;
}

/** `<eiam-bind-form>` as a Taro / Vue element: properties, `onSuccess`, `onError`, `onAgreement`. */
export type EiamBindFormElement = EiamBindFormProps &
  EiamEventProps<EiamBindFormEventDetails> &
  EiamElementAttributes;

/** `<eiam-captcha>` as a Taro / Vue element: `sender`, `onSuccess`, `onFail`, `onClose`. */
export type EiamCaptchaElement = EiamCaptchaProps &
  EiamEventProps<EiamCaptchaEventDetails> &
  EiamElementAttributes;
