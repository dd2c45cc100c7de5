import { asObject } from '../api/json-body.js';
import { EiamError } from '../errors/eiam-error.js';
import { languageHeader, agentHeader, osVersionHeader } from '../http/headers.js';
import { withTimeout } from '../util/with-timeout.js';
import { redactBody } from './redact.js';
const BACKSTOP_MS = 500;
function transportError(error) {
    if (error instanceof EiamError)
        return error;
    const kind = error && error.transportFailure;
    return kind === 'timeout'
        ? new EiamError('TIMEOUT')
        : new EiamError('NETWORK_ERROR', { detail: typeof kind === 'string' ? kind : 'network' });
}
function normalise(raw) {
    const res = (asObject(raw) || {});
    return {
        statusCode: typeof res.statusCode === 'number' ? res.statusCode : 0,
        data: res.data,
        header: (asObject(res.header) || {}),
    };
}
class Requester {
    constructor(config) {
        this.config = config;
    }
    call(endpoint, processAnswer, body, tokens = {}) {
        const { config } = this;
        const { logger, clock, server } = config;
        const label = `${endpoint.method} ${endpoint.path}`;
        let status;
        return this.commonHeaders()
            .then((common) => {
            const header = Object.assign({}, common);
            if (tokens.stateToken)
                header['X-state-token'] = tokens.stateToken;
            if (tokens.sessionToken)
                header['X-session-token'] = tokens.sessionToken;
            logger.debug(`→ ${label}${redactBody(body)}`);
            return this.send({
                url: config.domain + endpoint.path,
                method: endpoint.method,
                header,
                data: body ? JSON.stringify(body) : undefined,
                timeout: config.timeoutMs,
            });
        })
            .then((res) => {
            status = res.statusCode;
            for (const name in res.header) {
                const date = /^date$/i.test(name) ? Date.parse(res.header[name]) : NaN;
                if (!isNaN(date))
                    server.skew = date - clock.now();
            }
            const result = processAnswer(res, clock.now() + server.skew);
            logger.debug(`← ${label} ${status}`);
            return result;
        })
            .catch((error) => {
            const mapped = error instanceof EiamError ? error : new EiamError('INVALID_RESPONSE', { status });
            logger.debug(`← ${label} ${status || mapped.detail || '-'} ${mapped.code} ${mapped.serverCode || ''}`);
            throw mapped;
        });
    }
    send(req) {
        const pending = new Promise((resolve) => resolve(this.config.transport.request(req)));
        return withTimeout(pending, req.timeout + BACKSTOP_MS, () => new EiamError('TIMEOUT')).then(normalise, (error) => {
            throw transportError(error);
        });
    }
    commonHeaders() {
        const { config } = this;
        return (this.headers =
            this.headers ||
                config.fingerprint().then((fingerprint) => {
                    const info = config.device();
                    return {
                        'content-type': 'application/json',
                        'X-client-id': config.clientId,
                        'X-device-fingerprint': fingerprint,
                        'X-operating-sys-version': osVersionHeader(info),
                        'X-agent': agentHeader(info),
                        'X-L': languageHeader(config.language || info.language),
                    };
                }));
    }
}
export { BACKSTOP_MS, Requester };
