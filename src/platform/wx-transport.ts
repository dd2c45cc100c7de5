import type { Transport, TransportFailure, TransportRequest, TransportResponse } from './types';

const NOT_SENT =
  /internet_disconnected|name_not_resolved|connection_refused|address_unreachable|connection_timed_out|network is down/i;

/**
 * The kind of a `wx.request` failure, from its `errMsg`. `not-sent` when no connection was ever made: offline, the
 * host name not resolved, the connection refused, unreachable or not made in time (the Chromium `net::ERR_*` names
 * of the cronet stack that WeChat's network errors come from, on Android and iOS). A timeout after that is `timeout`
 * (`timeout`, `ERR_TIMED_OUT`): the request may have arrived.
 *
 * @example
 * ```ts
 * failureOf('request:fail net::ERR_NAME_NOT_RESOLVED').transportFailure; // 'not-sent'
 * failureOf('request:fail net::ERR_TIMED_OUT').transportFailure; // 'timeout'
 * ```
 */
export function failureOf(errMsg: string): TransportFailure {
  const kind = NOT_SENT.test(errMsg)
    ? 'not-sent'
    : /time(d[_ ]?)?out/i.test(errMsg)
      ? 'timeout'
      : /interrupted/i.test(errMsg)
        ? 'interrupted'
        : 'network';
  return { transportFailure: kind, errMsg };
}

function stringHeaders(header: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const source = (header && typeof header === 'object' ? header : {}) as Record<string, unknown>;
  for (const name of Object.keys(source)) out[name] = String(source[name]);
  return out;
}

/**
 * The default {@link Transport}: `wx.request` in callback form, the body returned as raw text so that the SDK checks
 * its size and shape itself. Needs base library 2.10.0 (for `timeout`).
 *
 * @example
 * ```ts
 * const eiam = new EiamClient({ domain, clientId, transport: wxTransport() });
 * ```
 */
export function wxTransport(): Transport {
  return {
    request(req: TransportRequest): Promise<TransportResponse> {
      return new Promise((resolve, reject) => {
        wx.request({
          url: req.url,
          method: req.method,
          header: req.header,
          data: req.data as string,
          timeout: req.timeout,
          dataType: (req.dataType || 'text') as 'json',
          responseType: (req.responseType || 'text') as 'text',
          success: (res) =>
            resolve({ statusCode: res.statusCode, data: res.data, header: stringHeaders(res.header) }),
          fail: (err) => reject(failureOf(String((err && err.errMsg) || 'request:fail'))),
        });
      });
    },
  };
}
