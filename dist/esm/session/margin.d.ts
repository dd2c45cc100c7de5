import type { IdTokenClaims } from '../jwt/decode.js';
/**
 * @example
 * ```ts
 * safetyMarginMs(300000); // 60000 for a 5-minute id_token
 * safetyMarginMs(1000); // 500
 * ```
 * The safety margin for a lifetime: min(60 s, lifetime / 2), so short tokens stay usable.
 */
export declare function safetyMarginMs(lifetimeMs: number): number;
/** When a credential of `lifetimeMs`, received at `receivedAt` on the local clock, stops being used. */
export declare function usableUntil(receivedAt: number, lifetimeMs: number): number;
/**
 * @example
 * ```ts
 * idTokenFresh(decodeIdToken(idToken), Date.now() + skew); // false within 60 s of a 5-minute token's exp
 * ```
 * Whether an id_token with these claims may still be sent at `serverNow` (ms on the server's clock): more than the
 * safety margin of its lifetime (`exp - iat`; 60 s without `iat`) left before `exp`, and not before `nbf` (without
 * `nbf`: `iat`) less that margin. Without a numeric `exp` it is never fresh.
 */
export declare function idTokenFresh(claims: IdTokenClaims, serverNow: number): boolean;
