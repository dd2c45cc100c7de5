/**
 * @example
 * ```ts
 * safetyMarginMs(300000); // 60000 for a 5-minute id_token
 * safetyMarginMs(1000); // 500
 * ```
 * The safety margin for a lifetime: min(60 s, lifetime / 2), so short tokens stay usable.
 */
export function safetyMarginMs(lifetimeMs: number): number {
  return Math.max(0, Math.min(60000, Math.floor(lifetimeMs / 2)));
}

/** When a credential of `lifetimeMs`, received at `receivedAt` on the local clock, stops being used. */
export function usableUntil(receivedAt: number, lifetimeMs: number): number {
  return receivedAt + lifetimeMs - safetyMarginMs(lifetimeMs);
}
