import type { IdTokenClaims } from '../jwt/decode';
import type { TransportResponse } from '../platform/types';
/** Processes an answer whose success has no body (the code sends). @throws {EiamError} */
export declare function processEmptyResponse(res: TransportResponse, now: number): void;
/** Processes the answer of `GET /api/v2/sdk/mobile-by-token`: the user's mobile as the server writes it. */
export declare function processMfaMobileResponse(res: TransportResponse, now: number): string;
/** A fresh id_token, and the renewed session_token when the server renewed it. */
export interface IdTokenGrant {
    idToken: string;
    claims: IdTokenClaims;
    renewed?: {
        sessionToken: string;
        expireSeconds: number;
    };
}
/** Processes the answer of `POST /api/v2/sdk/sso/session-token/id-token`. @throws {EiamError} */
export declare function processIdTokenResponse(res: TransportResponse, now: number): IdTokenGrant;
