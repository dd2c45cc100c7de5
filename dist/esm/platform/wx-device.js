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
            const str = (key) => {
                const value = bag[key];
                return typeof value === 'string' ? value : '';
            };
            return {
                system: str('system'),
                platform: str('platform'),
                brand: str('brand'),
                model: str('model'),
                wechatVersion: str('version'),
                sdkVersion: str('SDKVersion'),
                language: str('language'),
            };
        },
    };
}
export { wxDeviceInfo };
