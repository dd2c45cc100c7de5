// expect: TS2551 "Property 'consentAT' does not exist on type 'EiamBindFormSuccessDetail'"
import type { EiamBindFormSuccessEvent } from 'eiam-miniprogram-sdk';

export const signedIn = (e: EiamBindFormSuccessEvent): number => e.detail.consentAT;
