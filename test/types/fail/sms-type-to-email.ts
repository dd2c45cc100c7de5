// expect: TS2820 "REGISTER_SMS"
import { EiamClient } from 'eiam-miniprogram-sdk';

const eiam = new EiamClient({ domain: 'https://t.example.com', clientId: 'c' });
export const sent = eiam.sendEmailCode({ email: 'a@example.com', type: 'REGISTER_SMS' });
