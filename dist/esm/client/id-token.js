import { endsSession } from '../api/answer-error.js';
import { ENDPOINTS } from '../api/endpoints.js';
import { processIdTokenResponse } from '../api/process-misc.js';
import { EiamError } from '../errors/eiam-error.js';
import { refreshedExpiry } from '../session/margin.js';
import { Session } from '../session/session.js';
import { mayCarryToken } from './app-request.js';
import { signedOutMeanwhile, refuses, guard, timeoutMs } from './checks.js';
import { invalid } from './options.js';
const idTokenOf = (session) => session.idToken;
function refreshIdToken(c) {
    const s = c.s;
    const keeper = s.keeper;
    return s.flights.run('refresh ' + s.epoch, () => keeper.get(true, c).then((before) => c.requester
        .call(ENDPOINTS.idToken, processIdTokenResponse, undefined, { sessionToken: before.sessionToken })
        .then((grant) => {
        if (keeper.peek() !== before)
            throw signedOutMeanwhile();
        const renewed = grant.renewed;
        return s.keep(new Session(renewed ? renewed.sessionToken : before.sessionToken, grant.idToken, refreshedExpiry(before, renewed, s.settings.clock.now()), grant.claims), 'REFRESHED', c);
    }, (e) => {
        if ((endsSession(e) || refuses(e, 'session')) && keeper.peek() === before) {
            return keeper.set(null, 'EXPIRED', c).then(() => {
                throw new EiamError('SESSION_EXPIRED', e);
            });
        }
        throw e;
    })));
}
function getIdToken(c) {
    const s = c.s;
    return s.flights.run('id ' + s.epoch, () => s.keeper
        .get(true, c)
        .then((session) => (s.fresh(session) ? session.idToken : refreshIdToken(c).then(idTokenOf))));
}
function request(c, options) {
    return guard(() => {
        const o = options || {};
        if (!mayCarryToken(o.url, c.hosts, c.insecure))
            throw invalid('url');
        const method = String(o.method || 'GET').toUpperCase();
        if (!/^(GET|HEAD|OPTIONS|P(OS|U)T|DELETE|TRACE|CONNECT)$/.test(method))
            throw invalid('method');
        const timeout = timeoutMs(o.timeout, c.timeoutMs, 'timeout');
        const send = (token) => {
            const header = Object.assign({}, o.header);
            for (const name in header)
                if (name.toLowerCase() === c.authHeader.toLowerCase())
                    delete header[name];
            header[c.authHeader] = c.authPrefix + token;
            return c.requester.send(Object.assign({}, o, { method, header, timeout, dataType: o.dataType || 'json' }));
        };
        return getIdToken(c).then((sent) => send(sent).then((res) => {
            if (res.statusCode !== 401)
                return res;
            const held = c.s.keeper.peek();
            const next = held && held.idToken !== sent ? Promise.resolve(held.idToken) : refreshIdToken(c).then(idTokenOf);
            if (o.repeatOn401 || /^(GET|HEAD|OPTIONS|PUT|DELETE)$/.test(method))
                return next.then(send);
            return next.then(() => res, (error) => {
                if (error.code === 'SESSION_EXPIRED' || error.code === 'NO_SESSION')
                    throw error;
                return res;
            });
        }));
    });
}
export { getIdToken, refreshIdToken, request };
