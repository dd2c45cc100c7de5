import type { Endpoint } from '../api/endpoints';
import { asObject } from '../api/json-body';
import { EiamError } from '../errors/eiam-error';
import { agentHeader, languageHeader, osVersionHeader } from '../http/headers';
import type {
  Clock,
  DeviceInfo,
  Transport,
  TransportFailure,
  TransportRequest,
  TransportResponse,
} from '../platform/types';
import type { Logger } from '../util/logger';
import { withTimeout } from '../util/with-timeout';
import { redactBody } from './redact';

/** Extra time the SDK waits beyond the platform timeout before it gives up on a callback that never comes. */
export const BACKSTOP_MS = 500;

/** What the requester needs from the client. */
export interface RequesterConfig {
  domain: string;
  clientId: string;
  timeoutMs: number;
  language: string | undefined;
  transport: Transport;
  device: () => DeviceInfo;
  /** The device fingerprint, one per app (see `appFingerprint`). */
  fingerprint: () => Promise<string>;
  clock: Clock;
  logger: Logger;
  /** The server's clock minus the local one, in ms, shared by the clients of a session (0 before any answer). */
  server: { skew: number };
}

/** The tokens a call carries beside the common headers. */
export interface CallTokens {
  stateToken?: string;
  sessionToken?: string;
}

/** Maps a transport failure to the SDK's error: `TIMEOUT`, or `NETWORK_ERROR` whose detail tells sent from not sent. */
function transportError(error: unknown): EiamError {
  if (error instanceof EiamError) return error;
  const kind = error && (error as TransportFailure).transportFailure;
  return kind === 'timeout'
    ? new EiamError('TIMEOUT')
    : new EiamError('NETWORK_ERROR', { detail: typeof kind === 'string' ? kind : 'network' });
}

/** A custom transport's answer in the shape the processors expect, whatever it resolved. */
function normalise(raw: unknown): TransportResponse {
  const res = (asObject(raw) || {}) as Partial<TransportResponse>;
  return {
    statusCode: typeof res.statusCode === 'number' ? res.statusCode : 0,
    data: res.data,
    header: (asObject(res.header) || {}) as Record<string, string>,
  };
}

/**
 * Builds each request (the documented headers, the JSON body), sends it once through the {@link Transport} with an
 * explicit timeout, and hands the raw answer to the endpoint's pure processor. It never retries.
 */
export class Requester {
  /** The common headers, built once (on the first call) from the device info and the persisted fingerprint. */
  private headers: Promise<Record<string, string>> | undefined;

  constructor(private readonly config: RequesterConfig) {}

  /** Sends one request and processes its answer. */
  call<T>(
    endpoint: Endpoint,
    processAnswer: (res: TransportResponse, now: number) => T,
    body?: Record<string, unknown>,
    tokens: CallTokens = {},
  ): Promise<T> {
    const { config } = this;
    const { logger, clock, server } = config;
    const label = `${endpoint.method} ${endpoint.path}`;
    let status: number | undefined;
    return this.commonHeaders()
      .then((common) => {
        const header = Object.assign({}, common);
        if (tokens.stateToken) header['X-state-token'] = tokens.stateToken;
        if (tokens.sessionToken) header['X-session-token'] = tokens.sessionToken;
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
          const date = /^date$/i.test(name) ? Date.parse(res.header[name]!) : NaN;
          if (!isNaN(date)) server.skew = date - clock.now();
        }
        // The server's clock as far as known: an HTTP-date Retry-After is on it, not on the phone's.
        const result = processAnswer(res, clock.now() + server.skew);
        logger.debug(`← ${label} ${status}`);
        return result;
      })
      .catch((error) => {
        const mapped = error instanceof EiamError ? error : new EiamError('INVALID_RESPONSE', { status });
        // The status and the server's code, or the transport failure's kind: never a body, a token or what was typed.
        logger.debug(
          `← ${label} ${status || mapped.detail || '-'} ${mapped.code} ${mapped.serverCode || ''}`,
        );
        throw mapped;
      });
  }

  /**
   * Sends one request through the transport, giving up `BACKSTOP_MS` after its timeout. Resolves for every HTTP status;
   * rejects `TIMEOUT` or `NETWORK_ERROR` (whose detail tells sent from not sent).
   */
  send(req: TransportRequest): Promise<TransportResponse> {
    // The executor turns a synchronous throw of a custom transport into a rejection.
    const pending = new Promise((resolve) => resolve(this.config.transport.request(req)));
    return withTimeout(pending, req.timeout + BACKSTOP_MS, () => new EiamError('TIMEOUT')).then(
      normalise,
      (error) => {
        throw transportError(error);
      },
    );
  }

  /** The common headers (shared: copy before changing them). */
  private commonHeaders(): Promise<Record<string, string>> {
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
