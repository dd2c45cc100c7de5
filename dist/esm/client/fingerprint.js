import { randomId } from '../util/random-id.js';
import { withTimeout } from '../util/with-timeout.js';
const FINGERPRINT_KEY = 'eiam.v1.device';
const FINGERPRINT_READ_MS = 400;
function readFingerprint(storage, timeoutMs, logger) {
    const slow = {};
    return withTimeout(Promise.resolve().then(() => storage.get(FINGERPRINT_KEY)), Math.min(timeoutMs, FINGERPRINT_READ_MS), () => slow)
        .catch((error) => (error === slow ? slow : undefined))
        .then((stored) => {
        if (typeof stored === 'string' && /^[0-9a-z]{16,64}$/.test(stored))
            return stored;
        const created = randomId(32);
        if (stored !== slow) {
            Promise.resolve()
                .then(() => storage.set(FINGERPRINT_KEY, created))
                .catch(() => logger.debug('fingerprint not stored'));
        }
        return created;
    });
}
export { readFingerprint };
