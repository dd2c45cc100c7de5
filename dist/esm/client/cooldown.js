import { EiamError } from '../errors/eiam-error.js';
function cooldown(periodMs, now) {
    const spans = {};
    const left = (key) => {
        const span = spans[key];
        const t = now();
        return span && t >= span[0] ? Math.max(0, span[1] - t) : 0;
    };
    const extend = (key, ms) => {
        const t = now();
        spans[key] = [t, t + Math.max(left(key), ms)];
    };
    return {
        left,
        extend,
        take(key) {
            const wait = left(key);
            if (wait > 0)
                throw new EiamError('RATE_LIMITED', { retryAfterMs: wait, detail: 'code cool-down' });
            extend(key, periodMs);
        },
        release(key) {
            delete spans[key];
        },
    };
}
export { cooldown };
