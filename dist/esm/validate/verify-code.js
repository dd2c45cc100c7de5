import { typedInput } from './digits.js';
function parseVerifyCode(input) {
    const code = typedInput(input, 64);
    return /^\d{4,8}$/.test(code) ? code : null;
}
export { parseVerifyCode };
