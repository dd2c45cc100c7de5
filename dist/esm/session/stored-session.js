import { asObject } from '../api/json-body.js';
import { safeJsonParse } from '../util/safe-json.js';
import { MAX_TOKEN_CHARS, tokenField } from '../api/session-grant.js';
import { decodeIdToken } from '../jwt/decode.js';
import { Session } from './session.js';
const STORED_VERSION = 1;
function serializeSession(session, owner) {
    return JSON.stringify({
        v: STORED_VERSION,
        d: owner.domain,
        c: owner.clientId,
        s: session.sessionToken,
        i: session.idToken,
        e: session.expiresAt,
    });
}
function deserializeSession(text, owner) {
    if (typeof text !== 'string' || text.length > 4 * MAX_TOKEN_CHARS)
        return null;
    try {
        const obj = asObject(safeJsonParse(text));
        const expiresAt = obj && obj.e;
        const mine = obj && obj.v === STORED_VERSION && obj.d === owner.domain && obj.c === owner.clientId;
        if (!mine || typeof expiresAt !== 'number' || !isFinite(expiresAt))
            return null;
        const idToken = tokenField(obj, 'i');
        return new Session(tokenField(obj, 's'), idToken, expiresAt, decodeIdToken(idToken));
    }
    catch (_a) {
        return null;
    }
}
export { STORED_VERSION, deserializeSession, serializeSession };
