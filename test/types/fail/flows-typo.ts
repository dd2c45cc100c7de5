// expect: TS2345 "VERIFY_PHON"
import { EiamClient } from 'eiam-miniprogram-sdk';

const eiam = new EiamClient({ domain: 'https://t.example.com', clientId: 'c' });
export const phone = eiam
  .loginWithWeChat()
  .then((r) => r.status === 'SOCIAL_BIND' && r.flows.indexOf('VERIFY_PHON') >= 0);
