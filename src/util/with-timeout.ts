/**
 * Settles with `promise`, or rejects with `onTimeout()` after `ms` if the platform never calls back.
 * The timer is cleared as soon as the promise settles.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), ms);
    // `then(resolve, reject)` never rejects, so the timer is always cleared (before any timer can run).
    promise.then(resolve, reject).then(() => clearTimeout(timer));
  });
}
