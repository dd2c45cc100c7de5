import type { SessionStorage } from '../platform/types';
import type { Logger } from '../util/logger';
import { randomId } from '../util/random-id';
import { withTimeout } from '../util/with-timeout';

const FINGERPRINT_KEY = 'eiam.v1.device';
/** How long the first request waits for the stored fingerprint, so a call still settles within its timeout + 1 s. */
const FINGERPRINT_READ_MS = 400;

/**
 * The device fingerprint: read from storage, or created once and persisted. Storage trouble never blocks a call:
 * the read waits at most {@link FINGERPRINT_READ_MS}, and the write is not waited for. After a read that was too
 * slow, the new fingerprint serves this run only: the stored one may still be good, and must stay the same. A read
 * that fails (such as a plain entry read with `encrypt` after a base library upgrade) is replaced, or every run
 * would have a new one. Never rejects: the app keeps the promise (see `appOf`), so every client sends one value.
 */
export function readFingerprint(storage: SessionStorage, timeoutMs: number, logger: Logger): Promise<string> {
  const slow = {};
  return withTimeout(
    Promise.resolve().then(() => storage.get(FINGERPRINT_KEY)),
    Math.min(timeoutMs, FINGERPRINT_READ_MS),
    () => slow,
  )
    .catch((error: unknown) => (error === slow ? slow : undefined))
    .then((stored) => {
      if (typeof stored === 'string' && /^[0-9a-z]{16,64}$/.test(stored)) return stored;
      const created = randomId(32);
      if (stored !== slow) {
        Promise.resolve()
          .then(() => storage.set(FINGERPRINT_KEY, created))
          .catch(() => logger.debug('fingerprint not stored'));
      }
      return created;
    });
}
