import { ENDPOINTS } from '../api/endpoints.js';
import { processCaptchaResponse, processCaptchaVerifyResponse } from '../api/process-captcha.js';
import { guard, text, MAX_SECRET_CHARS } from './checks.js';
import { recipient } from './codes.js';
import { invalid } from './options.js';
function getCaptcha(c) {
    return c.s.flights.run('captcha', () => c.requester.call(ENDPOINTS.captcha, processCaptchaResponse));
}
function verifyCaptcha(c, input) {
    return guard(() => {
        const token = text(input && input.token, 'token', MAX_SECRET_CHARS);
        const x = input.x;
        if (typeof x !== 'number' || !(x >= 0 && x <= 10000))
            throw invalid('x');
        const rounded = Math.round(x * 100) / 100;
        const sender = recipient(c, typeof input.sender === 'string' && input.sender.indexOf('@') >= 0 ? 'email' : 'mobile', input.sender);
        const pointJson = `{"x":${rounded % 1 === 0 ? rounded.toFixed(1) : String(rounded)},"y":5.0}`;
        const body = { point_json: pointJson, token, sender };
        return c.s.flights.run(`captcha-verify ${JSON.stringify(body)}`, () => c.requester.call(ENDPOINTS.captchaVerify, processCaptchaVerifyResponse, body));
    });
}
export { getCaptcha, verifyCaptcha };
