import type { ClientCore } from './core.js';
/** Which recipient a code goes to; the key is also the wire field. */
export type Recipient = 'mobile' | 'email';
/** What `sendSmsCode` / `sendEmailCode` take. */
export interface SendCodeInput {
    mobile?: string;
    email?: string;
    type: string;
    captchaToken?: string;
}
/** A valid mobile in the wire format (the MFA mobile the server gave is sent back as it was), or a valid email. */
export declare function recipient(c: ClientCore, key: Recipient, value: unknown): string;
/** Sends an SMS or email code, under the session's cool-down (shared by its clients). */
export declare function sendCode(c: ClientCore, key: Recipient, input: SendCodeInput): Promise<void>;
/** Milliseconds before a code may be sent again to this recipient for this type (0 when it may). */
export declare function codeCooldownLeft(c: ClientCore, input: {
    mobile?: string;
    email?: string;
    type: string;
}): number;
