/// <reference types="@dcloudio/types" />
/// <reference types="eiam-miniprogram-sdk/vue" />

declare module '*.vue' {
  import { DefineComponent } from 'vue';
  const component: DefineComponent<{}, {}, any>;
  export default component;
}
