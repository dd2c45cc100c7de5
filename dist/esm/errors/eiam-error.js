import { ERROR_MESSAGES } from './codes.js';
const BRAND = '__eiamError';
const FIELDS = 'name code message serverCode status retryAfterMs attemptsLeft detail serverMessage'.split(' ');
class EiamError extends Error {
    constructor(code, init = {}) {
        const server = [init.serverCode, init.serverMessage].filter(Boolean).join(' ');
        super(ERROR_MESSAGES[code].en + (init.detail ? ` (${init.detail})` : '') + (server && ': ' + server));
        Object.setPrototypeOf(this, EiamError.prototype);
        this.name = 'EiamError';
        this.code = code;
        const fields = this;
        for (const key of FIELDS.slice(3)) {
            const value = init[key];
            if (value !== undefined)
                fields[key] = value;
        }
    }
    toJSON() {
        const json = {};
        for (const key of FIELDS.slice(0, 8))
            json[key] = this[key];
        return json;
    }
}
EiamError.prototype[BRAND] = true;
function isEiamError(value) {
    return !!value && value[BRAND] === true;
}
export { EiamError, isEiamError };
