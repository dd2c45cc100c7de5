function retryAfterMs(header, now) {
    for (const name in header) {
        if (/^retry-after$/i.test(name)) {
            const text = String(header[name]).trim();
            const when = /^\d{1,9}$/.test(text) ? now + +text * 1000 : Date.parse(text);
            return isNaN(when) ? undefined : Math.max(0, when - now);
        }
    }
    return undefined;
}
export { retryAfterMs };
