// src/pages/sign-in/sign-in.ts: the page calls startSignIn(eiam, (flows) => { setFlows(flows); setBind(true); })
import Taro from '@tarojs/taro';
import type { BindFormFlows, EiamBindFormInstance, EiamClient } from 'eiam-miniprogram-sdk';

export async function startSignIn(eiam: EiamClient, showForm: (flows: BindFormFlows) => void): Promise<void> {
  const r = await eiam.loginWithWeChat();
  if (r.status !== 'SOCIAL_BIND' && r.status !== 'USER_REGISTER') return;
  showForm(r.flows); // the page's setState: <eiam-bind-form id="bind"> renders
  Taro.nextTick(() => {
    const page = Taro.getCurrentInstance().page;
    (page?.selectComponent?.('#bind') as EiamBindFormInstance).setClient(eiam);
  });
}
