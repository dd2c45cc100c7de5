import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import Taro, { useLoad } from '@tarojs/taro';
import { EiamClient } from 'eiam-miniprogram-sdk';
import type {
  BindFormFlows,
  EiamBindFormErrorEvent,
  EiamBindFormInstance,
  EiamBindFormSuccessEvent,
} from 'eiam-miniprogram-sdk';

const eiam = new EiamClient({
  domain: 'https://tenant.example.com',
  clientId: 'nTo1eRIub60vPb54WeE6aojPwYwImtl4',
});

export default function SignIn() {
  const [bind, setBind] = useState(false);
  const [flows, setFlows] = useState<BindFormFlows>([]);

  useLoad(async () => {
    const r = await eiam.loginWithWeChat();
    if (r.status === 'SOCIAL_BIND' || r.status === 'USER_REGISTER') {
      setFlows(r.flows);
      setBind(true);
    }
  });

  // Once the form is on the page (Taro.nextTick waits for the render), hand it the client.
  useEffect(() => {
    if (!bind) return;
    Taro.nextTick(() => {
      const page = Taro.getCurrentInstance().page;
      (page?.selectComponent?.('#bind') as EiamBindFormInstance).setClient(eiam);
    });
  }, [bind]);

  const signedIn = (e: EiamBindFormSuccessEvent) => console.log(e.detail.session.claims.sub);
  const onBindError = (e: EiamBindFormErrorEvent) => {
    if (e.detail.error.code === 'MFA_REQUIRED') Taro.navigateTo({ url: '/pages/mfa/index' });
  };

  return (
    <View>
      {bind && (
        <eiam-bind-form
          id="bind"
          flows={flows}
          termsUrl="/pages/legal/terms"
          onSuccess={signedIn}
          onError={onBindError}
        />
      )}
    </View>
  );
}
