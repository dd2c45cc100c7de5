const HEX = '0123456789abcdef';
function dataLength(s) {
    const m = /^([\w-]*)(=?=?)$/.exec(s);
    const end = m ? m[1].length : 1;
    return end % 4 === 1 || (m && m[2] && s.length % 4) ? -1 : end;
}
function isBase64Url(s) {
    return dataLength(s) >= 0;
}
function base64UrlToEscapes(s) {
    const end = dataLength(s);
    if (end < 0)
        return null;
    let out = '';
    let buffer = 0;
    let bits = 0;
    for (let i = 0; i < end; i++) {
        const c = s.charCodeAt(i);
        buffer = (buffer << 6) | (c > 96 ? c - 71 : c > 90 ? 63 : c > 64 ? c - 65 : c > 47 ? c + 4 : 62);
        bits += 6;
        if (bits > 7) {
            const byte = (buffer >> (bits -= 8)) & 255;
            out +=
                byte < 128 && byte !== 37
                    ? String.fromCharCode(byte)
                    : '%' + HEX.charAt(byte >> 4) + HEX.charAt(byte & 15);
        }
    }
    return out;
}
export { base64UrlToEscapes, isBase64Url };
