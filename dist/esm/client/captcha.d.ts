import { type Captcha } from '../api/process-captcha.js';
import type { ClientCore } from './core.js';
/** A slider captcha puzzle; concurrent calls of the session's clients share one. */
export declare function getCaptcha(c: ClientCore): Promise<Captcha>;
/** Checks the slider position; resolves to the `captcha_token`. */
export declare function verifyCaptcha(c: ClientCore, input: {
    token: string;
    x: number;
    sender: string;
}): Promise<string>;
