import { ENDPOINTS } from '../api/endpoints';
import { mfaWireMobile, processEmptyResponse } from '../api/process-misc';
import type { EiamError } from '../errors/eiam-error';
import { isCodeType } from '../validate/code-type';
import { parseEmail } from '../validate/email';
import { formatMobile, parseMobile } from '../validate/mobile';
import { guard, MAX_SECRET_CHARS, must, text } from './checks';
import type { ClientCore } from './core';
import { invalid } from './options';

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
export function recipient(c: ClientCore, key: Recipient, value: unknown): string {
  if (key === 'email') return must(parseEmail(value), key);
  return typeof value === 'string' && value === c.s.mfaMobile
    ? mfaWireMobile(value, c.s.settings.mobileFormat)
    : formatMobile(must(parseMobile(value), key), c.s.settings.mobileFormat);
}

/** Sends an SMS or email code, under the session's cool-down (shared by its clients). */
export function sendCode(c: ClientCore, key: Recipient, input: SendCodeInput): Promise<void> {
  const { cooldown, flights } = c.s;
  return guard(() => {
    const to = recipient(c, key, input && input[key]);
    const { type, captchaToken } = input;
    const sms = key === 'mobile';
    if (!isCodeType(type, sms ? 'sms' : 'email')) throw invalid('type');
    const body: Record<string, string> = { [key]: to, type };
    if (captchaToken != null && captchaToken !== '') {
      body.captcha_token = text(captchaToken, 'captchaToken', MAX_SECRET_CHARS);
    }
    const id = `${to}|${type}`;
    // A double tap shares the send in flight; a later send within the cool-down is refused.
    return flights.run(`send ${id}`, () => {
      cooldown.take(id);
      return c.requester
        .call(sms ? ENDPOINTS.smsSend : ENDPOINTS.emailSend, processEmptyResponse, body)
        .catch((error: EiamError) => {
          if (error.code === 'RATE_LIMITED') cooldown.extend(id, error.retryAfterMs || 0);
          // Refused by the server, or surely never sent: no code went out, so the user may send again at once.
          else if (/^(API|CAPTCHA)_/.test(error.code) || error.detail === 'not-sent') cooldown.release(id);
          throw error;
        });
    });
  });
}

/** Milliseconds before a code may be sent again to this recipient for this type (0 when it may). */
export function codeCooldownLeft(
  c: ClientCore,
  input: { mobile?: string; email?: string; type: string },
): number {
  try {
    const key: Recipient = input.email !== undefined ? 'email' : 'mobile';
    return c.s.cooldown.left(`${recipient(c, key, input[key])}|${input.type}`);
  } catch {
    return 0;
  }
}
