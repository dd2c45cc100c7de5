import { maskEmail, maskMobile } from '../util/mask.js';
const HIDDEN = '[redacted]';
function redactBody(body) {
    if (!body)
        return '';
    const parts = Object.keys(body).map((key) => {
        const value = body[key];
        const shown = typeof value !== 'string'
            ? HIDDEN
            : key === 'type' || key === 'point_json'
                ? value
                : key === 'email' || (key === 'sender' && value.indexOf('@') >= 0)
                    ? maskEmail(value)
                    : key === 'mobile' || key === 'sender'
                        ? maskMobile(value)
                        : HIDDEN;
        return `${key}=${shown}`;
    });
    return ` {${parts.join(', ')}}`;
}
export { redactBody };
