// expect: TS2345 "Did you mean '"REGISTER_EMS"'"
import { EiamClient } from 'eiam-miniprogram-sdk';

const eiam = new EiamClient({ domain: 'https://t.example.com', clientId: 'c' });
export const left = eiam.codeCooldownLeft({ email: 'a@example.com', type: 'REGISTER_SMS' });
