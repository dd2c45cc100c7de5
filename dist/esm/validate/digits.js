const FULL_WIDTH = /[\uFF10-\uFF19\uFF0B\uFF0D\uFF0E\uFF20\u3000]/g;
function toHalfWidth(s) {
    return s.replace(FULL_WIDTH, (ch) => ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
function typedInput(input, max) {
    return typeof input === 'string' && input.length <= max ? toHalfWidth(input.trim()) : '';
}
export { toHalfWidth, typedInput };
