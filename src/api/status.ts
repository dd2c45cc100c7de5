/** The login flow statuses the API documents. */
export type FlowStatus =
  | 'SUCCESS'
  | 'SOCIAL_BIND'
  | 'USER_REGISTER'
  | 'ACCESS_DENIED'
  | 'MFA_AUTH'
  | 'PASSWORD_WARN'
  | 'PASSWORD_EXPIRED';

const KNOWN: FlowStatus[] = [
  'SUCCESS',
  'SOCIAL_BIND',
  'USER_REGISTER',
  'ACCESS_DENIED',
  'MFA_AUTH',
  'PASSWORD_WARN',
  'PASSWORD_EXPIRED',
];

/** The trimmed status (a vendor example sends `" SOCIAL_BIND"`), or undefined when absent. */
export function rawStatus(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim() : undefined;
}

/** Whether the trimmed status is one the API documents. */
export function isFlowStatus(status: string | undefined): status is FlowStatus {
  return status !== undefined && KNOWN.indexOf(status as FlowStatus) >= 0;
}

/** An unknown status, kept raw (up to 64 characters) in an error's `detail`. */
export function statusDetail(status: string): string {
  return `status ${status.slice(0, 64)}`;
}
