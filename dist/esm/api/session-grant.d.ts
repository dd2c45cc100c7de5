import { type IdTokenClaims } from '../jwt/decode.js';
/** Tokens longer than this are refused before they are decoded or stored. */
export declare const MAX_TOKEN_CHARS: number;
/** A session as the server granted it, before it is placed on the local clock. */
export interface SessionGrant {
    sessionToken: string;
    idToken: string;
    /** Lifetime of the session_token in seconds, from the moment the answer arrived. */
    expireSeconds: number;
    claims: IdTokenClaims;
}
/**
 * The field, trimmed (the vendor's examples write `" eyJ…"`), as a non-empty string of at most
 * {@link MAX_TOKEN_CHARS} printable ASCII characters without spaces (tokens go into header values), or throws
 * `INVALID_RESPONSE` naming the field.
 */
export declare function tokenField(obj: Record<string, unknown>, field: string): string;
/** `expire` as a finite number of seconds > 0, or throws `INVALID_RESPONSE`. */
export declare function expireField(obj: Record<string, unknown>): number;
/** The id_token's claims; a malformed id_token from the server is an `INVALID_RESPONSE`. */
export declare function idTokenClaims(idToken: string): IdTokenClaims;
/**
 * `{session_token, expire, id_token}` of an answer's JSON object, checked field by field.
 *
 * @throws {EiamError} `INVALID_RESPONSE` naming the first bad field.
 */
export declare function parseSessionGrant(obj: Record<string, unknown>): SessionGrant;
