/** Reads a header case-insensitively. */
export function headerValue(header: Record<string, string>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const key of Object.keys(header)) if (key.toLowerCase() === wanted) return header[key];
  return undefined;
}

/** `Retry-After` (seconds or an HTTP date) as milliseconds from `now`, or undefined when absent or unreadable. */
export function retryAfterMs(header: Record<string, string>, now: number): number | undefined {
  const raw = headerValue(header, 'retry-after');
  if (raw === undefined) return undefined;
  const text = raw.trim();
  if (/^\d{1,9}$/.test(text)) return parseInt(text, 10) * 1000;
  const when = Date.parse(text);
  return isNaN(when) ? undefined : Math.max(0, when - now);
}
