// expect: TS2561 "'privcyUrl' does not exist in type 'EiamBindFormProps'"
import type { EiamBindFormProps } from 'eiam-miniprogram-sdk';

export const form: EiamBindFormProps = { termsUrl: '/pages/legal/terms', privcyUrl: '/pages/legal/privacy' };
