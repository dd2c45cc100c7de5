const HIDDEN = '***';
const MAINLAND = /^((?:\+86|0086|86)?[ -]?1\d\d)[\d*]{4}(\d{4})$/;
function maskMobile(s) {
    if (typeof s !== 'string')
        return HIDDEN;
    const m = s.length < 25 && MAINLAND.exec(s);
    const head = Math.min(3, s.length >> 2);
    return m
        ? m[1] + '****' + m[2]
        : s.length < 6
            ? s && HIDDEN
            : s.slice(0, head) + '****' + s.slice(-Math.min(2, head));
}
function maskEmail(s) {
    const at = typeof s === 'string' ? s.lastIndexOf('@') : -1;
    return at < 0 ? HIDDEN : (at > 1 ? s.charAt(0) : '') + HIDDEN + s.slice(at);
}
export { maskEmail, maskMobile };
