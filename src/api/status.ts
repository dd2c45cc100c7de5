/** The trimmed status (a vendor example sends `" SOCIAL_BIND"`), or undefined when absent. */
export function rawStatus(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim() : undefined;
}

/** An unknown status, kept raw (up to 64 characters) in an error's `detail`; a missing one reads `status `. */
export function statusDetail(status: string = ''): string {
  return 'status ' + status.slice(0, 64);
}
