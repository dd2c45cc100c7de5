// Opt-in JSX declarations for Taro (React): `<eiam-bind-form>` and `<eiam-captcha>` in TSX, with their properties and
// events typed. Add once, e.g. in `types/global.d.ts`:
//   /// <reference types="eiam-miniprogram-sdk/taro" />
import type { EiamBindFormElement, EiamCaptchaElement } from './components';

export type {
  EiamBindFormElement,
  EiamCaptchaElement,
  EiamEventProps,
  EiamElementAttributes,
} from './components';

interface EiamIntrinsicElements {
  'eiam-bind-form': EiamBindFormElement;
  'eiam-captcha': EiamCaptchaElement;
}

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends EiamIntrinsicElements {}
  }
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends EiamIntrinsicElements {}
  }
}
