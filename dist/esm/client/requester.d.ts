import type { Endpoint } from '../api/endpoints.js';
import type { Clock, DeviceInfo, Transport, TransportRequest, TransportResponse } from '../platform/types.js';
import type { Logger } from '../util/logger.js';
/** Extra time the SDK waits beyond the platform timeout before it gives up on a callback that never comes. */
export declare const BACKSTOP_MS = 500;
/** What the requester needs from the client. */
export interface RequesterConfig {
    domain: string;
    clientId: string;
    timeoutMs: number;
    language: string | undefined;
    transport: Transport;
    device: () => DeviceInfo;
    /** The device fingerprint, one per app (see `appFingerprint`). */
    fingerprint: () => Promise<string>;
    clock: Clock;
    logger: Logger;
    /** The server's clock minus the local one, in ms, shared by the clients of a session (0 before any answer). */
    server: {
        skew: number;
    };
}
/** The tokens a call carries beside the common headers. */
export interface CallTokens {
    stateToken?: string;
    sessionToken?: string;
}
/**
 * Builds each request (the documented headers, the JSON body), sends it once through the {@link Transport} with an
 * explicit timeout, and hands the raw answer to the endpoint's pure processor. It never retries.
 */
export declare class Requester {
    private readonly config;
    /** The common headers, built once (on the first call) from the device info and the persisted fingerprint. */
    private headers;
    constructor(config: RequesterConfig);
    /** Sends one request and processes its answer. */
    call<T>(endpoint: Endpoint, processAnswer: (res: TransportResponse, now: number) => T, body?: Record<string, unknown>, tokens?: CallTokens): Promise<T>;
    /**
     * Sends one request through the transport, giving up `BACKSTOP_MS` after its timeout. Resolves for every HTTP status;
     * rejects `TIMEOUT` or `NETWORK_ERROR` (whose detail tells sent from not sent).
     */
    send(req: TransportRequest): Promise<TransportResponse>;
    /** The common headers (shared: copy before changing them). */
    private commonHeaders;
}
