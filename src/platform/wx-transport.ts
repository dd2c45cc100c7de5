import type { Transport, TransportFailure, TransportRequest, TransportResponse } from './types';

/** The kind of a `wx.request` failure, from its `errMsg`: offline means surely not sent. */
function failureOf(errMsg: string): TransportFailure {
  const kind = /timeout/i.test(errMsg)
    ? 'timeout'
    : /interrupted/i.test(errMsg)
      ? 'interrupted'
      : /internet_disconnected|network is down/i.test(errMsg)
        ? 'not-sent'
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
