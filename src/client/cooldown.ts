import { EiamError } from '../errors/eiam-error';

/**
 * Remembers when a code was last sent to a recipient for a type, so that a second send within the cool-down is
 * refused locally (`RATE_LIMITED` with the time left) and nothing is sent.
 */
export class Cooldown {
  private readonly until: { [key: string]: number | undefined } = {};

  constructor(
    private readonly periodMs: number,
    private readonly now: () => number,
  ) {}

  /** Milliseconds left before `key` may be sent again; 0 when it may. */
  left(key: string): number {
    const until = this.until[key];
    return until === undefined ? 0 : Math.max(0, until - this.now());
  }

  /** Starts the cool-down of `key`, or throws `RATE_LIMITED` when it is still running. */
  take(key: string): void {
    const left = this.left(key);
    if (left > 0) throw new EiamError('RATE_LIMITED', { retryAfterMs: left, detail: 'code cool-down' });
    this.until[key] = this.now() + this.periodMs;
  }

  /** Extends the cool-down of `key` to at least `ms` from now (the server's `Retry-After`). */
  extend(key: string, ms: number): void {
    this.until[key] = Math.max(this.until[key] || 0, this.now() + ms);
  }

  /** Forgets `key`: the server refused the send, so no code went out. */
  release(key: string): void {
    delete this.until[key];
  }
}
