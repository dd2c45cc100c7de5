/**
 * Remembers when a code was last sent to a recipient for a type, so that a second send within the cool-down is
 * refused locally (`RATE_LIMITED` with the time left) and nothing is sent.
 */
export declare class Cooldown {
    private readonly periodMs;
    private readonly now;
    private readonly until;
    constructor(periodMs: number, now: () => number);
    /** Milliseconds left before `key` may be sent again; 0 when it may. */
    left(key: string): number;
    /** Starts the cool-down of `key`, or throws `RATE_LIMITED` when it is still running. */
    take(key: string): void;
    /** Extends the cool-down of `key` to at least `ms` from now (the server's `Retry-After`). */
    extend(key: string, ms: number): void;
    /** Forgets `key`: the server refused the send, so no code went out. */
    release(key: string): void;
}
