/**
 * `Retry-After` (seconds or an HTTP date) as milliseconds from `now`, or undefined when absent or unreadable. Pass
 * `now` on the server's clock (the phone's plus the offset learned from `Date`): an HTTP date is the server's time.
 */
export function retryAfterMs(header: Record<string, string>, now: number): number | undefined {
  for (const name in header) {
    if (/^retry-after$/i.test(name)) {
      const text = String(header[name]).trim();
      const when = /^\d{1,9}$/.test(text) ? now + +text * 1000 : Date.parse(text);
      return isNaN(when) ? undefined : Math.max(0, when - now);
    }
  }
  return undefined;
}
