// expect: TS2345 "not assignable to type 'undefined'"
import { EiamClient } from 'eiam-miniprogram-sdk';

const eiam = new EiamClient({ domain: 'https://t.example.com', clientId: 'c' });
export const session = eiam.bind({ mobile: '13800138000', email: 'a@example.com', verifyCode: '232326' });
