import { ENDPOINTS } from '../api/endpoints';
import { processMfaMobileResponse } from '../api/process-misc';
import { noop } from './checks';
import type { ClientCore } from './core';
import { withStateToken } from './binds';

/** MFA step: the user's mobile as the server holds it; kept so a code may be sent back to it as it was. */
export function getMfaMobile(c: ClientCore): Promise<string> {
  return withStateToken(c, ENDPOINTS.mfaMobile, processMfaMobileResponse, noop, (mobile, current) => {
    if (current) c.s.mfaMobile = mobile;
    return mobile;
  });
}
