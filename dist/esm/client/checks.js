import { baseServerCode } from '../api/answer-error.js';
import { EiamError } from '../errors/eiam-error.js';
import { positiveMs, invalid } from './options.js';
const MAX_SECRET_CHARS = 8 * 1024;
const HEADER_SAFE = /^[\x21-\x7e]+$/;
const MAX_TIMEOUT_MS = 600000;
const noop = () => undefined;
function must(value, name) {
    if (!value)
        throw invalid(name);
    return value;
}
function text(value, name, max) {
    return must(typeof value === 'string' && value.length <= max ? value : null, name);
}
function headerText(value, name) {
    return must(HEADER_SAFE.test(text(value, name, 256)) ? value : null, name);
}
function timeoutMs(value, fallback, name) {
    const ms = positiveMs(value, fallback, name);
    return must(ms > MAX_TIMEOUT_MS ? null : ms, name);
}
function signedOutMeanwhile() {
    return new EiamError('NO_SESSION', { detail: 'signed out meanwhile' });
}
function refuses(error, name) {
    return (error.code === 'API_ERROR' &&
        /^SDK\.COMMON\.100[5-7]$/.test(baseServerCode(error.serverCode)) &&
        new RegExp(name + '[_ ]?token', 'i').test(error.serverMessage || ''));
}
function guard(start) {
    try {
        return start();
    }
    catch (error) {
        return Promise.reject(error);
    }
}
export { MAX_SECRET_CHARS, guard, headerText, must, noop, refuses, signedOutMeanwhile, text, timeoutMs };
