import type { IdTokenClaims } from '../jwt/decode.js';
/**
 * A signed-in session. The tokens are readable properties, but not enumerable: `String(session)`,
 * `JSON.stringify(session)` and object spreads never reveal them.
 *
 * @example
 * ```ts
 * const session = await eiam.getSession();
 * if (session) request({ header: { 'X-session-token': session.sessionToken } });
 * ```
 */
export declare class Session {
    /** The opaque session_token. */
    readonly sessionToken: string;
    /** The raw id_token (a JWT; short-lived, 5 minutes by default). */
    readonly idToken: string;
    /** When the session_token stops being used: ms on the local clock, safety margin already taken off. */
    readonly expiresAt: number;
    /** The id_token's payload, decoded and NOT verified. */
    readonly claims: IdTokenClaims;
    constructor(sessionToken: string, idToken: string, expiresAt: number, claims: IdTokenClaims);
    /** Redacted: no token, no claim but the subject. */
    toJSON(): {
        expiresAt: number;
        sub?: string;
    };
    /** Redacted. */
    toString(): string;
}
