/** The server code without the newer `IDAAS.` prefix, so both naming schemes compare equal. */
export declare function baseServerCode(code: string | undefined): string;
