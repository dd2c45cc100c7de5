// expect: TS2561 "Did you mean to write 'agreement'"
import type { EiamBindFormEventDetails } from 'eiam-miniprogram-sdk';

type Handlers = {
  [Name in keyof EiamBindFormEventDetails]?: (detail: EiamBindFormEventDetails[Name]) => string;
};
export const handlers: Handlers = { agreemnt: (detail: { doc: string }) => detail.doc };
