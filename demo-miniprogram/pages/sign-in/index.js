// Sign-in: WeChat login, then the SDK's bind form when the user is new, then MFA when the tenant asks.
const backOrHome = require('../../back-or-home');

Component({
  data: { bind: false, flows: [], captcha: false, busy: false, error: '' },
  methods: {
    login() {
      const app = getApp();
      if (this.data.busy) return; // a second tap before the first login answered
      this.setData({ busy: true, error: '' });
      app.eiam.loginWithWeChat().then(
        (r) => {
          this.setData({ busy: false });
          if (r.status === 'SUCCESS') this.signedIn();
          else if (r.status === 'MFA_AUTH') this.mfa();
          else
            this.setData({ bind: true, flows: r.flows, captcha: app.captcha }, () =>
              this.selectComponent('#bind').setClient(app.eiam),
            );
        },
        (e) => this.setData({ busy: false, error: app.eiam.describeError(e) }),
      );
    },
    onBindError(e) {
      const eiam = getApp().eiam;
      if (e.detail.error.code === 'MFA_REQUIRED') this.mfa();
      // The WeChat login's state token expired or was refused: the user starts over with the WeChat button.
      else if (!eiam.hasStateToken())
        this.setData({ bind: false, error: eiam.describeError(e.detail.error) });
    },
    mfa() {
      wx.redirectTo({ url: '/pages/mfa/index' });
    },
    signedIn() {
      backOrHome();
    },
  },
});
