import { maskEmail, maskMobile } from '../util/mask';

const HIDDEN = '[redacted]';

/** A request body for the debug log: mobiles and emails masked, every other value except `type` hidden. */
export function redactBody(body: Record<string, unknown> | undefined): string {
  if (!body) return '';
  const parts = Object.keys(body).map((key) => {
    const value = body[key];
    const shown =
      typeof value !== 'string'
        ? HIDDEN
        : key === 'type' || key === 'point_json'
          ? value
          : key === 'email' || (key === 'sender' && value.indexOf('@') >= 0)
            ? maskEmail(value)
            : key === 'mobile' || key === 'sender'
              ? maskMobile(value)
              : HIDDEN;
    return `${key}=${shown}`;
  });
  return ` {${parts.join(', ')}}`;
}
