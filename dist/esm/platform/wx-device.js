const WX_FIELDS = 'system platform brand model version SDKVersion language'.split(' ');
function wxDeviceInfo() {
    return {
        read() {
            let bag = {};
            try {
                bag = (typeof wx.getDeviceInfo === 'function' && typeof wx.getAppBaseInfo === 'function'
                    ? Object.assign({}, wx.getDeviceInfo(), wx.getAppBaseInfo())
                    : wx.getSystemInfoSync());
            }
            catch (_a) {
            }
            const info = {};
            'system platform brand model wechatVersion sdkVersion language'.split(' ').forEach((field, i) => {
                const value = bag[WX_FIELDS[i]];
                info[field] = typeof value === 'string' ? value : '';
            });
            return info;
        },
    };
}
export { wxDeviceInfo };
