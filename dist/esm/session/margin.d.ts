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
/**
 * @example
 * ```ts
 * refreshedExpiry(session, { sessionToken: session.sessionToken, expireSeconds: 604800 }, Date.now()); // unchanged
 * ```
 * When a session refreshed at `now` (local clock) stops being used. Only a different session_token is a renewal:
 * it lives `expireSeconds` from now. The same token (or none) keeps the expiry the server granted: its `expire` is
 * the tenant's configured lifetime, not the time left, so it may shorten the local expiry but never extend it.
 */
export declare function refreshedExpiry(before: {
    sessionToken: string;
    expiresAt: number;
}, renewed: {
    sessionToken: string;
    expireSeconds: number;
} | undefined, now: number): number;
