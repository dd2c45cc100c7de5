import { EiamError } from '../errors/eiam-error.js';
const LOOPBACK = /^(127(\.\d{1,3}){3}|localhost|\[::1\])$/i;
function invalid(detail) {
    return new EiamError('INVALID_ARGUMENT', { detail });
}
function checkDomain(domain, allowInsecureLoopback) {
    const trimmed = typeof domain === 'string' && domain.length <= 2048 ? domain.trim() : '';
    const match = /^(https?):\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?(\/[^\s?#]*)?$/.exec(trimmed);
    if (!match || (match[1] !== 'https' && !(allowInsecureLoopback && LOOPBACK.test(match[2])))) {
        throw invalid('domain');
    }
    return trimmed.replace(/\/+$/, '');
}
function positiveMs(value, fallback, name, allowZero = false) {
    if (value === undefined)
        return fallback;
    if (typeof value !== 'number' || !isFinite(value) || value < 0 || (value === 0 && !allowZero))
        throw invalid(name);
    return value;
}
export { LOOPBACK, checkDomain, invalid, positiveMs };
