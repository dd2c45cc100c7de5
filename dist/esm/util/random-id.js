function randomId(length) {
    let out = '';
    while (out.length < length)
        out += ((Math.random() * 36) | 0).toString(36);
    return out;
}
export { randomId };
