/**
 * The platform seams of the SDK. The core reaches WeChat only through these interfaces; the `wx-*` modules hold the
 * defaults, and tests or other platforms pass their own through {@link EiamClientOptions}.
 */
/** One HTTP request as the SDK makes it. */
export interface TransportRequest {
    url: string;
    /** `GET` or `POST` for the IDaaS; any `wx.request` method for {@link EiamClient.request}. */
    method: 'GET' | 'HEAD' | 'OPTIONS' | 'POST' | 'PUT' | 'DELETE' | 'TRACE' | 'CONNECT';
    header: Record<string, string>;
    /** IDaaS calls: the JSON body, already serialised; absent for GET. `eiam.request()`: the caller's `data` as is. */
    data?: string | object;
    /** Milliseconds; the transport must pass it to the platform. */
    timeout: number;
    /** Only from `eiam.request()`: as `wx.request` takes them. Absent: return the body as raw text. */
    dataType?: string;
    responseType?: string;
}
/** The answer to a request, whatever its HTTP status. */
export interface TransportResponse {
    statusCode: number;
    /** The raw body text, or an already parsed value from a custom transport. */
    data: unknown;
    header: Record<string, string>;
}
/**
 * Why a request got no HTTP answer. `'not-sent'`: it surely never left (offline), safe to retry;
 * `'timeout'` and `'interrupted'`: the outcome is unknown; `'network'`: a transport error.
 */
export type TransportFailureKind = 'not-sent' | 'network' | 'timeout' | 'interrupted';
/** What a {@link Transport} rejects with when there is no HTTP answer. */
export interface TransportFailure {
    transportFailure: TransportFailureKind;
    /** The platform's own text (e.g. `request:fail timeout`); never shown to users. */
    errMsg: string;
}
/**
 * The only code that touches `wx.request`. Resolve for every HTTP status (4xx and 5xx too); reject with a
 * {@link TransportFailure} for transport errors only.
 */
export interface Transport {
    request(req: TransportRequest): Promise<TransportResponse>;
}
/**
 * Asynchronous key-value storage for the session and the device fingerprint. `get` resolves `null` for a missing key.
 * The wx default encrypts where the base library allows it.
 */
export interface SessionStorage {
    get(key: string): Promise<string | null>;
    set(key: string, value: string): Promise<void>;
    remove(key: string): Promise<void>;
}
/** Produces a fresh, single-use `wx.login` code. */
export interface LoginProvider {
    login(timeoutMs: number): Promise<string>;
}
/** What the SDK needs to know about the device and the WeChat app, read once and lazily. */
export interface DeviceInfo {
    /** e.g. `iOS 17.2.1`, `Android 14`. */
    system: string;
    /** e.g. `ios`, `android`, `devtools`, `windows`, `mac`. */
    platform: string;
    brand: string;
    model: string;
    /** The WeChat version, e.g. `8.0.50`. */
    wechatVersion: string;
    /** The base library version, e.g. `3.3.4`. */
    sdkVersion: string;
    /** WeChat's language, e.g. `zh_CN`, `en`. */
    language: string;
}
/** Reads {@link DeviceInfo}; called at most once per client. */
export interface DeviceInfoProvider {
    read(): DeviceInfo;
}
/** The time source: milliseconds like `Date.now()`. Tests move it instead of sleeping. */
export interface Clock {
    now(): number;
}
/**
 * The app's show/hide notifications. `subscribe` starts listening and returns the function that stops. The SDK
 * subscribes once a session exists and stops on sign-out.
 *
 * @example
 * ```ts
 * const off = wxAppLifecycle().subscribe(() => console.log('shown'), () => console.log('hidden'));
 * ```
 */
export interface AppLifecycle {
    subscribe(onShow: () => void, onHide: () => void): () => void;
}
