import { ENDPOINTS } from '../api/endpoints';
import { processCaptchaResponse, processCaptchaVerifyResponse, type Captcha } from '../api/process-captcha';
import { guard, MAX_SECRET_CHARS, text } from './checks';
import { recipient } from './codes';
import type { ClientCore } from './core';
import { invalid } from './options';

/** A slider captcha puzzle; concurrent calls of the session's clients share one. */
export function getCaptcha(c: ClientCore): Promise<Captcha> {
  return c.s.flights.run('captcha', () => c.requester.call(ENDPOINTS.captcha, processCaptchaResponse));
}

/** Checks the slider position; resolves to the `captcha_token`. */
export function verifyCaptcha(
  c: ClientCore,
  input: { token: string; x: number; sender: string },
): Promise<string> {
  return guard(() => {
    const token = text(input && input.token, 'token', MAX_SECRET_CHARS);
    const x = input.x;
    if (typeof x !== 'number' || !(x >= 0 && x <= 10000)) throw invalid('x');
    const rounded = Math.round(x * 100) / 100;
    const sender = recipient(
      c,
      typeof input.sender === 'string' && input.sender.indexOf('@') >= 0 ? 'email' : 'mobile',
      input.sender,
    );
    const pointJson = `{"x":${rounded % 1 === 0 ? rounded.toFixed(1) : String(rounded)},"y":5.0}`;
    const body = { point_json: pointJson, token, sender };
    return c.s.flights.run(`captcha-verify ${JSON.stringify(body)}`, () =>
      c.requester.call(ENDPOINTS.captchaVerify, processCaptchaVerifyResponse, body),
    );
  });
}
