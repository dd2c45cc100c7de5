// expect: TS2345 "VerifyCodeInput"
import { EiamClient } from 'eiam-miniprogram-sdk';

const eiam = new EiamClient({ domain: 'https://t.example.com', clientId: 'c' });
export const session = eiam.registerBind({ verifyCode: '232326' });
