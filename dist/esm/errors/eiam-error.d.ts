import { type EiamErrorCode } from './codes.js';
/** What an {@link EiamError} may carry beside its code. */
export interface EiamErrorInit {
    /** The server's `error_code`, verbatim (either naming scheme). */
    serverCode?: string;
    /** The server's `error_msg`. */
    serverMessage?: string;
    /** The HTTP status of the answer, when there was one. */
    status?: number;
    /**
     * For `RATE_LIMITED`: how long to wait, in ms. For `ACCOUNT_LOCKED`: how long until the account unlocks, when the
     * server's message says it (`SDK.LOGIN.1003` "… unlocks in {0} min {1} s").
     */
    retryAfterMs?: number;
    /** For `WRONG_PASSWORD`: the sign-in attempts left, when the server's message says it ("剩余登录尝试次数:N"). */
    attemptsLeft?: number;
    /** A short, non-personal hint: the argument name, the reason, an unknown status. */
    detail?: string;
}
/**
 * The one error class of the SDK. Every rejection and every throw of the SDK is an `EiamError`.
 *
 * @example
 * ```ts
 * try { await eiam.registerBind({ mobile, verifyCode }); }
 * catch (e) { if (isEiamError(e)) console.log(e.code, e.serverCode, e.status); }
 * ```
 * `message` is English, from the SDK's code table, followed by the server's code and message when there is one.
 * Use {@link errorMessage} for Chinese.
 */
export declare class EiamError extends Error {
    /** The stable code: branch on this, never on the message. */
    readonly code: EiamErrorCode;
    readonly serverCode?: string;
    readonly serverMessage?: string;
    readonly status?: number;
    readonly retryAfterMs?: number;
    readonly attemptsLeft?: number;
    readonly detail?: string;
    constructor(code: EiamErrorCode, init?: EiamErrorInit);
    /** A plain object without the stack, safe to log or send to an error tracker. */
    toJSON(): Record<string, unknown>;
}
/**
 * Whether a value is an {@link EiamError}, also across bundle copies (it does not rely on `instanceof`).
 *
 * @example
 * ```ts
 * catch (e) { if (isEiamError(e) && e.code === 'TIMEOUT') retryLater(); }
 * ```
 */
export declare function isEiamError(value: unknown): value is EiamError;
