// expect: TS2820 "REGISTR_SMS"
import { EiamClient } from 'eiam-miniprogram-sdk';

const eiam = new EiamClient({ domain: 'https://t.example.com', clientId: 'c' });
export const sent = eiam.sendSmsCode({ mobile: '13800138000', type: 'REGISTR_SMS' });
