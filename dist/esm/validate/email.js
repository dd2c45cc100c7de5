import { typedInput } from './digits.js';
const EMAIL = /^([\w.!#$%&'*+/=?^`{|}~-]{1,64})@([a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)*)$/i;
function parseEmail(input) {
    const address = typedInput(input, 1024);
    const m = address.length < 255 && EMAIL.exec(address);
    return m ? m[1] + '@' + m[2].toLowerCase() : null;
}
export { parseEmail };
