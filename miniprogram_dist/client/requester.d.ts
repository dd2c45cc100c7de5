import type { Endpoint } from '../api/endpoints';
import type { Clock, DeviceInfo, SessionStorage, Transport, TransportResponse } from '../platform/types';
import type { Logger } from '../util/logger';
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
    private headers;
    private readonly flights;
    constructor(config: RequesterConfig);
    /** Sends one request and processes its answer. */
    call<T>(endpoint: Endpoint, processAnswer: (res: TransportResponse, now: number) => T, body?: Record<string, unknown>, tokens?: CallTokens): Promise<T>;
    /** The common headers, built once from the device info and the persisted fingerprint. */
    private commonHeaders;
    /**
     * The device fingerprint: read from storage, or created once and persisted. Storage trouble never blocks a call:
     * the read waits at most {@link FINGERPRINT_READ_MS}, and the write is not waited for.
     */
    private fingerprint;
}
