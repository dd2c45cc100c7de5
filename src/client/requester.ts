import type { Endpoint } from '../api/endpoints';
import { EiamError } from '../errors/eiam-error';
import { agentHeader, languageHeader, osVersionHeader } from '../http/headers';
import type {
  Clock,
  DeviceInfo,
  SessionStorage,
  Transport,
  TransportFailure,
  TransportRequest,
  TransportResponse,
} from '../platform/types';
import type { Logger } from '../util/logger';
import { randomId } from '../util/random-id';
import { SingleFlight } from '../util/single-flight';
import { withTimeout } from '../util/with-timeout';
import { redactBody } from './redact';

/** Extra time the SDK waits beyond the platform timeout before it gives up on a callback that never comes. */
export const BACKSTOP_MS = 500;
const FINGERPRINT_KEY = 'eiam.v1.device';
/** How long the first request waits for the stored fingerprint, so a call still settles within its timeout + 1 s. */
const FINGERPRINT_READ_MS = 400;

/** What the requester needs from the client. */
export interface RequesterConfig {
  domain: string;
  clientId: string;
  timeoutMs: number;
  language: string | undefined;
  transport: Transport;
  storage: SessionStorage;
  device: () => DeviceInfo;
  clock: Clock;
  logger: Logger;
}

/** The tokens a call carries beside the common headers. */
export interface CallTokens {
  stateToken?: string;
  sessionToken?: string;
}

function isTransportFailure(value: unknown): value is TransportFailure {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as TransportFailure).transportFailure === 'string'
  );
}

/** Maps a transport failure to the SDK's error: `TIMEOUT`, or `NETWORK_ERROR` whose detail tells sent from not sent. */
function transportError(error: unknown): EiamError {
  if (error instanceof EiamError) return error;
  if (isTransportFailure(error)) {
    return error.transportFailure === 'timeout'
      ? new EiamError('TIMEOUT')
      : new EiamError('NETWORK_ERROR', { detail: error.transportFailure });
  }
  return new EiamError('NETWORK_ERROR', { detail: 'network' });
}

/** A custom transport's answer in the shape the processors expect, whatever it resolved. */
function normalise(raw: unknown): TransportResponse {
  const res = raw !== null && typeof raw === 'object' ? (raw as Partial<TransportResponse>) : {};
  const header = res.header !== null && typeof res.header === 'object' ? res.header : {};
  return { statusCode: typeof res.statusCode === 'number' ? res.statusCode : 0, data: res.data, header };
}

/**
 * Builds each request (the documented headers, the JSON body), sends it once through the {@link Transport} with an
 * explicit timeout, and hands the raw answer to the endpoint's pure processor. It never retries.
 */
export class Requester {
  private headers: Record<string, string> | undefined;
  /** The server's clock minus the local one, in ms, from the `Date` header of the latest IDaaS answer (0 before). */
  skew = 0;
  private readonly flights = new SingleFlight();

  constructor(private readonly config: RequesterConfig) {}

  /** Sends one request and processes its answer. */
  async call<T>(
    endpoint: Endpoint,
    processAnswer: (res: TransportResponse, now: number) => T,
    body?: Record<string, unknown>,
    tokens: CallTokens = {},
  ): Promise<T> {
    const { config } = this;
    const header = await this.commonHeaders();
    if (tokens.stateToken) header['X-state-token'] = tokens.stateToken;
    if (tokens.sessionToken) header['X-session-token'] = tokens.sessionToken;
    const label = `${endpoint.method} ${endpoint.path}`;
    config.logger.debug(`→ ${label}${redactBody(body)}`);
    let res: TransportResponse;
    try {
      res = await this.send({
        url: config.domain + endpoint.path,
        method: endpoint.method,
        header,
        data: body ? JSON.stringify(body) : undefined,
        timeout: config.timeoutMs,
      });
    } catch (error) {
      const mapped = error as EiamError;
      config.logger.debug(`← ${label} ${mapped.code}${mapped.detail ? ` (${mapped.detail})` : ''}`);
      throw mapped;
    }
    for (const name in res.header) {
      const date = /^date$/i.test(name) ? Date.parse(res.header[name]!) : NaN;
      if (!isNaN(date)) this.skew = date - config.clock.now();
    }
    try {
      const result = processAnswer(res, config.clock.now());
      config.logger.debug(`← ${label} ${res.statusCode}`);
      return result;
    } catch (error) {
      const mapped =
        error instanceof EiamError ? error : new EiamError('INVALID_RESPONSE', { status: res.statusCode });
      config.logger.debug(
        `← ${label} ${res.statusCode} ${mapped.code}${mapped.serverCode ? ` ${mapped.serverCode}` : ''}`,
      );
      throw mapped;
    }
  }

  /**
   * Sends one request through the transport, giving up `BACKSTOP_MS` after its timeout. Resolves for every HTTP status;
   * rejects `TIMEOUT` or `NETWORK_ERROR` (whose detail tells sent from not sent).
   */
  async send(req: TransportRequest): Promise<TransportResponse> {
    try {
      const raw = await withTimeout(
        this.config.transport.request(req),
        req.timeout + BACKSTOP_MS,
        () => new EiamError('TIMEOUT'),
      );
      return normalise(raw);
    } catch (error) {
      throw transportError(error);
    }
  }

  /** The common headers, built once from the device info and the persisted fingerprint. */
  private async commonHeaders(): Promise<Record<string, string>> {
    if (!this.headers) {
      const fingerprint = await this.flights.run('fingerprint', () => this.fingerprint());
      if (!this.headers) {
        const info = this.config.device();
        this.headers = {
          'content-type': 'application/json',
          'X-client-id': this.config.clientId,
          'X-device-fingerprint': fingerprint,
          'X-operating-sys-version': osVersionHeader(info),
          'X-agent': agentHeader(info),
          'X-L': languageHeader(this.config.language || info.language),
        };
      }
    }
    const copy: Record<string, string> = {};
    for (const name of Object.keys(this.headers)) copy[name] = this.headers[name]!;
    return copy;
  }

  /**
   * The device fingerprint: read from storage, or created once and persisted. Storage trouble never blocks a call:
   * the read waits at most {@link FINGERPRINT_READ_MS}, and the write is not waited for.
   */
  private async fingerprint(): Promise<string> {
    const { storage, timeoutMs, logger } = this.config;
    try {
      const stored = await withTimeout(
        Promise.resolve().then(() => storage.get(FINGERPRINT_KEY)),
        Math.min(timeoutMs, FINGERPRINT_READ_MS),
        () => new Error('timeout'),
      );
      if (typeof stored === 'string' && /^[0-9a-z]{16,64}$/.test(stored)) return stored;
    } catch {
      // Unreadable or slow: a new fingerprint replaces it.
    }
    const created = randomId(32);
    Promise.resolve()
      .then(() => storage.set(FINGERPRINT_KEY, created))
      .catch(() => logger.debug('device fingerprint not persisted'));
    return created;
  }
}
