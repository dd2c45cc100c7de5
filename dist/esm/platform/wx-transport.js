const NOT_SENT = /internet_disconnected|name_not_resolved|connection_refused|address_unreachable|connection_timed_out|network is down/i;
function failureOf(errMsg) {
    const kind = NOT_SENT.test(errMsg)
        ? 'not-sent'
        : /time(d[_ ]?)?out/i.test(errMsg)
            ? 'timeout'
            : /interrupted/i.test(errMsg)
                ? 'interrupted'
                : 'network';
    return { transportFailure: kind, errMsg };
}
function stringHeaders(header) {
    const out = {};
    const source = (header && typeof header === 'object' ? header : {});
    for (const name of Object.keys(source))
        out[name] = String(source[name]);
    return out;
}
function wxTransport() {
    return {
        request(req) {
            return new Promise((resolve, reject) => {
                wx.request({
                    url: req.url,
                    method: req.method,
                    header: req.header,
                    data: req.data,
                    timeout: req.timeout,
                    dataType: (req.dataType || 'text'),
                    responseType: (req.responseType || 'text'),
                    success: (res) => resolve({ statusCode: res.statusCode, data: res.data, header: stringHeaders(res.header) }),
                    fail: (err) => reject(failureOf(String((err && err.errMsg) || 'request:fail'))),
                });
            });
        },
    };
}
export { failureOf, wxTransport };
