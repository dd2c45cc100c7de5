/**
 * Shares one in-flight promise per key: concurrent identical calls get the same result or error, and the slot is
 * cleared when the promise settles, so the next call starts afresh.
 */
export declare class SingleFlight {
    private readonly flights;
    run<T>(key: string, start: () => Promise<T>): Promise<T>;
}
