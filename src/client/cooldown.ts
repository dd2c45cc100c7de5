import { EiamError } from '../errors/eiam-error';

/**
 * Remembers when a code was last sent to a recipient for a type, so that a second send within the cool-down is
 * refused locally (`RATE_LIMITED` with the time left) and nothing is sent.
 */
export class Cooldown {
  /** Per key: `[when it started, when it ends]`, on the injected clock. */
  private readonly until: { [key: string]: number[] | undefined } = {};

  constructor(
    private readonly periodMs: number,
    private readonly now: () => number,
  ) {}

  /** Milliseconds left before `key` may be sent again; 0 when it may, and when the clock went back past its start. */
  left(key: string): number {
    const span = this.until[key];
    const now = this.now();
    return span && now >= span[0]! ? Math.max(0, span[1]! - now) : 0;
  }

  /** Starts the cool-down of `key`, or throws `RATE_LIMITED` when it is still running. */
  take(key: string): void {
    const left = this.left(key);
    if (left > 0) throw new EiamError('RATE_LIMITED', { retryAfterMs: left, detail: 'code cool-down' });
    this.extend(key, this.periodMs);
  }

  /** Extends the cool-down of `key` to at least `ms` from now (the server's `Retry-After`). */
  extend(key: string, ms: number): void {
    const now = this.now();
    this.until[key] = [now, now + Math.max(this.left(key), ms)];
  }

  /** Forgets `key`: the server refused the send, so no code went out. */
  release(key: string): void {
    delete this.until[key];
  }
}
