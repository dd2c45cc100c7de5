/** The code cool-downs of one client: see {@link cooldown}. */
export interface Cooldown {
    /** Milliseconds left before `key` may be sent again; 0 when it may, and when the clock went back past its start. */
    left(key: string): number;
    /** Starts the cool-down of `key`, or throws `RATE_LIMITED` when it is still running. */
    take(key: string): void;
    /** Extends the cool-down of `key` to at least `ms` from now (the server's `Retry-After`). */
    extend(key: string, ms: number): void;
    /** Forgets `key`: the server refused the send, so no code went out. */
    release(key: string): void;
}
/**
 * Remembers when a code was last sent to a recipient for a type, so that a second send within `periodMs` is
 * refused locally (`RATE_LIMITED` with the time left) and nothing is sent.
 */
export declare function cooldown(periodMs: number, now: () => number): Cooldown;
