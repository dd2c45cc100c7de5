// MFA: the tenant asks for a code sent to the user's own mobile (shown masked), after the captcha if it wants one.
const { maskMobile } = require('eiam-miniprogram-sdk');

Component({
  data: { mobile: '', masked: '', code: '', captcha: false, sent: false, busy: false, error: '' },
  lifetimes: {
    attached() {
      getApp()
        .eiam.getMfaMobile()
        .then(
          (mobile) => this.setData({ mobile, masked: maskMobile(mobile) }),
          (e) => this.fail(e),
        );
    },
  },
  methods: {
    send() {
      const app = getApp();
      if (!app.captcha) this.sendCode(undefined);
      else this.setData({ captcha: true }, () => this.selectComponent('#captcha').setClient(app.eiam));
    },
    onCaptcha(e) {
      this.setData({ captcha: false });
      this.sendCode(e.detail.captchaToken);
    },
    sendCode(captchaToken) {
      this.setData({ busy: true, error: '' });
      getApp()
        .eiam.sendSmsCode({ mobile: this.data.mobile, type: 'MFA_AUTH_SMS', captchaToken })
        .then(
          () => this.setData({ busy: false, sent: true }),
          (e) => this.fail(e),
        );
    },
    onCode(e) {
      this.setData({ code: e.detail.value });
    },
    verify() {
      this.setData({ busy: true, error: '' });
      getApp()
        .eiam.verifyMfaSms({ mobile: this.data.mobile, verifyCode: this.data.code })
        .then(
          () => wx.navigateBack(),
          (e) => this.fail(e),
        );
    },
    fail(e) {
      this.setData({ busy: false, error: getApp().eiam.describeError(e) });
    },
  },
});
