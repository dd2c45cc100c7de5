// Opt-in declarations for Vue templates (uni-app): `<eiam-bind-form>` and `<eiam-captcha>` as global components, so
// `vue-tsc --strictTemplates` knows their properties and events. Add once, e.g. in `src/env.d.ts`:
//   /// <reference types="eiam-miniprogram-sdk/vue" />
import type { DefineComponent } from 'vue';
import type { EiamBindFormElement, EiamCaptchaElement } from './components';

export type {
  EiamBindFormElement,
  EiamCaptchaElement,
  EiamEventProps,
  EiamElementAttributes,
} from './components';

declare module 'vue' {
  interface GlobalComponents {
    'eiam-bind-form': DefineComponent<EiamBindFormElement>;
    EiamBindForm: DefineComponent<EiamBindFormElement>;
    'eiam-captcha': DefineComponent<EiamCaptchaElement>;
    EiamCaptcha: DefineComponent<EiamCaptchaElement>;
  }
}
