import type { TransportRequest } from '../platform/types.js';
/**
 * What {@link EiamClient.request} takes: `wx.request`'s options without the callbacks.
 *
 * @example
 * ```ts
 * const options: AppRequestOptions = { url: 'https://api.example.com/orders', method: 'POST', data: { id: 1 } };
 * ```
 */
export interface AppRequestOptions {
    /** An `https://` URL on a host listed in `allowedHosts`. */
    url: string;
    /** Default `'GET'`. */
    method?: TransportRequest['method'];
    /** As `wx.request` takes it: an object (JSON, or the query string of a GET), a string or an ArrayBuffer. */
    data?: string | object;
    /** Extra headers; the id_token header is set by the SDK. */
    header?: Record<string, string>;
    /** In ms, at most `600000`. Default: the client's `timeoutMs`. */
    timeout?: number;
    /** Default `'json'`: a JSON body is parsed, as `wx.request` does. */
    dataType?: string;
    /** Default `'text'`. */
    responseType?: 'text' | 'arraybuffer';
    /** Repeat a non-idempotent method (POST, ...) once after a 401 and a refresh. Default `false`. */
    repeatOn401?: boolean;
}
/**
 * What {@link EiamClient.request} resolves to, for every HTTP status: `wx.request`'s `success` argument.
 *
 * @example
 * ```ts
 * const { statusCode, data, header }: AppResponse = await eiam.request({ url });
 * ```
 */
export interface AppResponse {
    statusCode: number;
    data: unknown;
    header: Record<string, string>;
}
/** Whether the id_token may go to `url`: a listed host (with its port), `https://` (or loopback `http://` if allowed). */
export declare function mayCarryToken(url: unknown, hosts: string[], insecureLoopback: boolean): boolean;
