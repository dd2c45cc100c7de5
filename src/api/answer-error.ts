/** The server code without the newer `IDAAS.` prefix, so both naming schemes compare equal. */
export function baseServerCode(code: string | undefined): string {
  return (code || '').replace(/^IDAAS\./i, '').toUpperCase();
}
