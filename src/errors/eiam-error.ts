import { errorMessage, type EiamErrorCode } from './codes';

const BRAND = '__eiamError';

/** What an {@link EiamError} may carry beside its code. */
export interface EiamErrorInit {
  /** The server's `error_code`, verbatim (either naming scheme). */
  serverCode?: string;
  /** The server's `error_msg`. */
  serverMessage?: string;
  /** The HTTP status of the answer, when there was one. */
  status?: number;
  /** For `RATE_LIMITED`: how long to wait, in ms. */
  retryAfterMs?: number;
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
export class EiamError extends Error {
  /** The stable code: branch on this, never on the message. */
  readonly code: EiamErrorCode;
  readonly serverCode?: string;
  readonly serverMessage?: string;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly detail?: string;

  constructor(code: EiamErrorCode, init: EiamErrorInit = {}) {
    let message = errorMessage(code, 'en');
    if (init.detail) message += ` (${init.detail})`;
    if (init.serverCode || init.serverMessage) {
      message += `: ${init.serverCode || ''}${init.serverCode && init.serverMessage ? ' ' : ''}${init.serverMessage || ''}`;
    }
    super(message);
    // Restore the prototype chain for ES5 consumers that transpile `class extends Error`.
    Object.setPrototypeOf(this, EiamError.prototype);
    this.name = 'EiamError';
    this.code = code;
    if (init.serverCode !== undefined) this.serverCode = init.serverCode;
    if (init.serverMessage !== undefined) this.serverMessage = init.serverMessage;
    if (init.status !== undefined) this.status = init.status;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    if (init.detail !== undefined) this.detail = init.detail;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** A plain object without the stack, safe to log or send to an error tracker. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      serverCode: this.serverCode,
      status: this.status,
      retryAfterMs: this.retryAfterMs,
      detail: this.detail,
    };
  }
}

/**
 * Whether a value is an {@link EiamError}, also across bundle copies (it does not rely on `instanceof`).
 *
 * @example
 * ```ts
 * catch (e) { if (isEiamError(e) && e.code === 'TIMEOUT') retryLater(); }
 * ```
 */
export function isEiamError(value: unknown): value is EiamError {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>)[BRAND] === true;
}
