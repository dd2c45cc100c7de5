import { ENDPOINTS } from '../api/endpoints.js';
import { processMfaMobileResponse } from '../api/process-misc.js';
import { noop } from './checks.js';
import { withStateToken } from './binds.js';
function getMfaMobile(c) {
    return withStateToken(c, ENDPOINTS.mfaMobile, processMfaMobileResponse, noop, (mobile, current) => {
        if (current)
            c.s.mfaMobile = mobile;
        return mobile;
    });
}
export { getMfaMobile };
