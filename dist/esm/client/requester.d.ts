import type { Endpoint } from '../api/endpoints.js';
import type { Clock, DeviceInfo, SessionStorage, Transport, TransportRequest, TransportResponse } from '../platform/types.js';
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
    storage: SessionStorage;
    device: () => DeviceInfo;
    clock: Clock;
    logger: Logger;
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
    /** The server's clock minus the local one, in ms, from the `Date` header of the latest IDaaS answer (0 before). */
    skew: number;
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
    /**
     * The device fingerprint: read from storage, or created once and persisted. Storage trouble never blocks a call:
     * the read waits at most {@link FINGERPRINT_READ_MS}, and the write is not waited for. After a read that was too
     * slow, the new fingerprint serves this run only: the stored one may still be good, and must stay the same. A read
     * that fails (such as a plain entry read with `encrypt` after a base library upgrade) is replaced, or every run
     * would have a new one.
     */
    private fingerprint;
}
