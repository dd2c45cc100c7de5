/** `Retry-After` (seconds or an HTTP date) as milliseconds from `now`, or undefined when absent or unreadable. */
export declare function retryAfterMs(header: Record<string, string>, now: number): number | undefined;
