import { maskEmail, maskMobile } from '../util/mask';

const SHOWN = ['type', 'point_json'];

/** A request body for the debug log: mobiles and emails masked, every other value except `type` hidden. */
export function redactBody(body: Record<string, unknown> | undefined): string {
  if (!body) return '';
  const parts: string[] = [];
  for (const key of Object.keys(body)) {
    const value = body[key];
    let shown: string;
    if (typeof value !== 'string') shown = '[redacted]';
    else if (SHOWN.indexOf(key) >= 0) shown = value;
    else if (key === 'mobile' || (key === 'sender' && value.indexOf('@') < 0)) shown = maskMobile(value);
    else if (key === 'email' || key === 'sender') shown = maskEmail(value);
    else shown = '[redacted]';
    parts.push(`${key}=${shown}`);
  }
  return ` {${parts.join(', ')}}`;
}
