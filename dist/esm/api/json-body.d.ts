import { EiamError } from '../errors/eiam-error.js';
/** An `INVALID_RESPONSE` error for an answer (status 200 unless said), naming what is wrong with it. */
export declare function invalidResponse(detail: string, status?: number): EiamError;
/**
 * The body of an answer as a JSON value: raw text is size-checked (64 KiB unless said) and parsed; an empty body is
 * `undefined`; a value a custom transport already parsed is taken as it is.
 *
 * @throws {EiamError} `INVALID_RESPONSE` when the text is too large or not JSON.
 */
export declare function jsonBody(data: unknown, status: number, maxChars?: number): unknown;
/** The value as a plain object, or `undefined`. */
export declare function asObject(value: unknown): Record<string, unknown> | undefined;
