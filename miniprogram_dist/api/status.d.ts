/** The login flow statuses the API documents. */
export type FlowStatus = 'SUCCESS' | 'SOCIAL_BIND' | 'USER_REGISTER' | 'ACCESS_DENIED' | 'MFA_AUTH' | 'PASSWORD_WARN' | 'PASSWORD_EXPIRED';
/** The trimmed status (a vendor example sends `" SOCIAL_BIND"`), or undefined when absent. */
export declare function rawStatus(value: unknown): string | undefined;
/** Whether the trimmed status is one the API documents. */
export declare function isFlowStatus(status: string | undefined): status is FlowStatus;
/** An unknown status, kept raw (up to 64 characters) in an error's `detail`. */
export declare function statusDetail(status: string): string;
