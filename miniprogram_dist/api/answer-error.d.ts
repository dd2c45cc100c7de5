import { EiamError } from '../errors/eiam-error';
import type { TransportResponse } from '../platform/types';
/** The server's `{error_code, error_msg}` envelope, if the body is one. */
export declare function errorEnvelope(body: unknown): {
    code: string;
    message?: string;
} | undefined;
/**
 * The error for an answer that is not a success: 429 is `RATE_LIMITED` (with `Retry-After`), 5xx is `SERVER_ERROR`
 * whatever the body, any other status is `API_ERROR`. The server's code and message are kept when the body is an
 * error envelope; no other body text is.
 */
export declare function errorFromAnswer(res: TransportResponse, now: number): EiamError;
/** The server code without the newer `IDAAS.` prefix, so both naming schemes compare equal. */
export declare function baseServerCode(code: string | undefined): string;
