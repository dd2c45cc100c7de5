function dropProto(key, value) {
    return key === '__proto__' ? undefined : value;
}
function safeJsonParse(text) {
    return /__proto__|\\u/.test(text) ? JSON.parse(text, dropProto) : JSON.parse(text);
}
export { safeJsonParse };
