// expect: TS2820 "offlin"
import { createWxFake } from 'eiam-miniprogram-sdk/testing';

const fake = createWxFake();
fake.faults.request = 'offlin';
export { fake };
