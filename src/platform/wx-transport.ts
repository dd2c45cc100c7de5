import type { Transport, TransportFailure, TransportRequest, TransportResponse } from './types';

function failureOf(errMsg: string): TransportFailure {
  const text = errMsg.toLowerCase();
  if (text.indexOf('timeout') >= 0) return { transportFailure: 'timeout', errMsg };
  if (text.indexOf('interrupted') >= 0) return { transportFailure: 'interrupted', errMsg };
  if (text.indexOf('internet_disconnected') >= 0 || text.indexOf('network is down') >= 0) {
    return { transportFailure: 'not-sent', errMsg };
  }
  return { transportFailure: 'network', errMsg };
}

function stringHeaders(header: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (header && typeof header === 'object') {
    const source = header as Record<string, unknown>;
    for (const name of Object.keys(source)) out[name] = String(source[name]);
  }
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
