import type { TransportResponse } from '../platform/types';
/**
 * The JSON body of a successful (2xx) answer. Any other status, or a 2xx that carries an error envelope, throws the
 * matching {@link EiamError}.
 */
export declare function okBody(res: TransportResponse, now: number, maxChars?: number): unknown;
