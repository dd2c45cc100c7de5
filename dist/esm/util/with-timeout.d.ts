/**
 * Settles with `promise`, or rejects with `onTimeout()` after `ms` if the platform never calls back.
 * The timer is cleared as soon as the promise settles.
 */
export declare function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => unknown): Promise<T>;
