import { EiamError } from '../errors/eiam-error.js';
export declare const MAX_SECRET_CHARS: number;
export declare const noop: () => undefined;
/** `value`, or throws `INVALID_ARGUMENT` naming it when it is empty or `null`. */
export declare function must<T>(value: T | null, name: string): T;
export declare function text(value: unknown, name: string, max: number): string;
/** A non-empty, header-safe string of at most 256 characters, or throws `INVALID_ARGUMENT` naming it. */
export declare function headerText(value: unknown, name: string): string;
/** A timeout in ms (default `fallback`), at most {@link MAX_TIMEOUT_MS}, or throws `INVALID_ARGUMENT` naming it. */
export declare function timeoutMs(value: unknown, fallback: number, name: string): number;
/** A refusal with the NO_SESSION code: the session a call started with was signed out (or replaced) meanwhile. */
export declare function signedOutMeanwhile(): EiamError;
/**
 * Whether the server refused the `<name>_token` its message names: `SDK.COMMON.1005`–`1007` (expired, parameter
 * error, parameter type error) in either naming scheme. A 1005–1007 about another parameter refuses nothing held.
 */
export declare function refuses(error: EiamError, name: 'state' | 'session'): boolean;
/** Runs `start`, turning a synchronous validation throw into a rejection. */
export declare function guard<T>(start: () => Promise<T>): Promise<T>;
