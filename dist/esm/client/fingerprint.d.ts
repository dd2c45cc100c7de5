import type { SessionStorage } from '../platform/types.js';
import type { Logger } from '../util/logger.js';
/**
 * The device fingerprint: read from storage, or created once and persisted. Storage trouble never blocks a call:
 * the read waits at most {@link FINGERPRINT_READ_MS}, and the write is not waited for. After a read that was too
 * slow, the new fingerprint serves this run only: the stored one may still be good, and must stay the same. A read
 * that fails (such as a plain entry read with `encrypt` after a base library upgrade) is replaced, or every run
 * would have a new one. Never rejects: the app keeps the promise (see `appOf`), so every client sends one value.
 */
export declare function readFingerprint(storage: SessionStorage, timeoutMs: number, logger: Logger): Promise<string>;
