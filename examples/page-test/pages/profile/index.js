'use strict';

/* global Page, getApp, wx */
// A mini program page that uses the SDK: it shows the user as the app's own backend knows them.
// app.js holds the client: App({ eiam: new EiamClient({ domain, clientId, allowedHosts: ['api.example.com'] }), apiUrl })
const { isEiamError } = require('eiam-miniprogram-sdk');

Page({
  data: { name: '', error: '' },

  async onShow() {
    const { eiam, apiUrl } = getApp();
    try {
      const res = await eiam.request({ url: `${apiUrl}/api/me` });
      if (res.statusCode === 200) this.setData({ name: res.data.name, error: '' });
      else this.setData({ error: `HTTP ${res.statusCode}` });
    } catch (e) {
      if (isEiamError(e) && (e.code === 'NO_SESSION' || e.code === 'SESSION_EXPIRED')) {
        wx.redirectTo({ url: '/pages/sign-in/index' });
      } else {
        this.setData({ error: eiam.describeError(e) });
      }
    }
  },
});
