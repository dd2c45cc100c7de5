import { ENDPOINTS } from '../api/endpoints.js';
import { mfaWireMobile, processEmptyResponse } from '../api/process-misc.js';
import { isCodeType } from '../validate/code-type.js';
import { parseEmail } from '../validate/email.js';
import { formatMobile, parseMobile } from '../validate/mobile.js';
import { guard, must, text, MAX_SECRET_CHARS } from './checks.js';
import { invalid } from './options.js';
function recipient(c, key, value) {
    if (key === 'email')
        return must(parseEmail(value), key);
    return typeof value === 'string' && value === c.s.mfaMobile
        ? mfaWireMobile(value, c.s.settings.mobileFormat)
        : formatMobile(must(parseMobile(value), key), c.s.settings.mobileFormat);
}
function sendCode(c, key, input) {
    const { cooldown, flights } = c.s;
    return guard(() => {
        const to = recipient(c, key, input && input[key]);
        const { type, captchaToken } = input;
        const sms = key === 'mobile';
        if (!isCodeType(type, sms ? 'sms' : 'email'))
            throw invalid('type');
        const body = { [key]: to, type };
        if (captchaToken != null && captchaToken !== '') {
            body.captcha_token = text(captchaToken, 'captchaToken', MAX_SECRET_CHARS);
        }
        const id = `${to}|${type}`;
        return flights.run(`send ${id}`, () => {
            cooldown.take(id);
            return c.requester
                .call(sms ? ENDPOINTS.smsSend : ENDPOINTS.emailSend, processEmptyResponse, body)
                .catch((error) => {
                if (error.code === 'RATE_LIMITED')
                    cooldown.extend(id, error.retryAfterMs || 0);
                else if (/^(API|CAPTCHA)_/.test(error.code) || error.detail === 'not-sent')
                    cooldown.release(id);
                throw error;
            });
        });
    });
}
function codeCooldownLeft(c, input) {
    try {
        const key = input.email !== undefined ? 'email' : 'mobile';
        return c.s.cooldown.left(`${recipient(c, key, input[key])}|${input.type}`);
    }
    catch (_a) {
        return 0;
    }
}
export { codeCooldownLeft, recipient, sendCode };
