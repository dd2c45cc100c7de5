/**
 * `Retry-After` (seconds or an HTTP date) as milliseconds from `now`, or undefined when absent or unreadable. Pass
 * `now` on the server's clock (the phone's plus the offset learned from `Date`): an HTTP date is the server's time.
 */
export declare function retryAfterMs(header: Record<string, string>, now: number): number | undefined;
