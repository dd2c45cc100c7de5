function wxAppLifecycle() {
    return {
        subscribe(onShow, onHide) {
            wx.onAppShow(onShow);
            wx.onAppHide(onHide);
            return () => {
                wx.offAppShow(onShow);
                wx.offAppHide(onHide);
            };
        },
    };
}
export { wxAppLifecycle };
