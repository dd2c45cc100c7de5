/** The trimmed status (a vendor example sends `" SOCIAL_BIND"`), or undefined when absent. */
export declare function rawStatus(value: unknown): string | undefined;
/** An unknown status, kept raw (up to 64 characters) in an error's `detail`; a missing one reads `status `. */
export declare function statusDetail(status?: string): string;
