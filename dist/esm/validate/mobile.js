import { typedInput } from './digits.js';
const MOBILE = /^(?:(?:\+86|0086|86)?(1[3-9]\d{9})|\+(?!86)(?=[1-9]\d{7,14}$)([17]|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[124]|9[0-58]|\d{3})(\d+))$/;
const MOBILE_FILLER = /[ \u00a0\u200b-\u200f\u202a-\u202e\u2060\ufeff-]/g;
function parseMobile(input) {
    const m = MOBILE.exec(typedInput(input, 32).replace(MOBILE_FILLER, ''));
    if (!m)
        return null;
    const [, mainland, countryCode = '86', national = mainland] = m;
    return { countryCode, national, e164: '+' + countryCode + national };
}
function formatMobile(m, format) {
    return format === 'national' && m.countryCode === '86'
        ? m.national
        : '+' + m.countryCode + (format === 'e164-dash' ? '-' : '') + m.national;
}
export { formatMobile, parseMobile };
