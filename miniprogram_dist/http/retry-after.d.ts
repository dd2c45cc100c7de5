/** Reads a header case-insensitively. */
export declare function headerValue(header: Record<string, string>, name: string): string | undefined;
/** `Retry-After` (seconds or an HTTP date) as milliseconds from `now`, or undefined when absent or unreadable. */
export declare function retryAfterMs(header: Record<string, string>, now: number): number | undefined;
