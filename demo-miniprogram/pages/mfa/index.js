// MFA: the tenant asks for a code sent to the user's own mobile (shown masked), after the captcha if it wants one.
const { maskMobile } = require('eiam-miniprogram-sdk');
const backOrHome = require('../../back-or-home');

const TEXTS = {
  zh: {
    to: '验证码将发送至',
    send: '发送验证码',
    wait: '秒后重发',
    code: '验证码',
    verify: '验证',
    again: '重新登录',
  },
  en: {
    to: 'A code goes to',
    send: 'Send code',
    wait: 's to resend',
    code: 'Code',
    verify: 'Verify',
    again: 'Sign in again',
  },
};
const TYPE = 'MFA_AUTH_SMS';

Component({
  data: {
    t: TEXTS.zh,
    mobile: '',
    masked: '',
    code: '',
    captcha: false,
    wait: 0,
    busy: false,
    error: '',
    expired: false,
  },
  lifetimes: {
    attached() {
      const eiam = getApp().eiam;
      this.setData({ t: TEXTS[eiam.uiLanguage()] });
      this.loadMobile();
    },
    detached() {
      this.gone = true;
      clearTimeout(this.timer);
    },
  },
  methods: {
    /** The user's own mobile for this MFA step; then `next`, if given. */
    loadMobile(next) {
      this.setData({ busy: true, error: '' });
      getApp()
        .eiam.getMfaMobile()
        .then(
          (mobile) => {
            this.setData({ busy: false, mobile, masked: maskMobile(mobile) });
            this.tick();
            if (next) next();
          },
          (e) => this.fail(e),
        );
    },
    send() {
      const app = getApp();
      if (this.data.busy || this.data.wait || this.data.captcha) return;
      // The mobile did not load when the page opened (a network error shown above): this tap tries again.
      if (!this.data.mobile) this.loadMobile(() => this.send());
      else if (!app.captcha) this.sendCode(undefined);
      else this.setData({ captcha: true }, () => this.selectComponent('#captcha').setClient(app.eiam));
    },
    onCaptcha(e) {
      this.setData({ captcha: false });
      this.sendCode(e.detail.captchaToken);
    },
    /** The user closed the captcha sheet: nothing is sent; "Send code" opens it again. */
    onCaptchaClose() {
      this.setData({ captcha: false });
    },
    sendCode(captchaToken) {
      this.setData({ busy: true, error: '' });
      getApp()
        .eiam.sendSmsCode({ mobile: this.data.mobile, type: TYPE, captchaToken })
        .then(
          () => this.setData({ busy: false }),
          (e) => this.fail(e),
        )
        .then(() => this.tick());
    },
    /** Shows the seconds before the next code may go, as the SDK counts them. */
    tick() {
      clearTimeout(this.timer);
      if (this.gone) return;
      const left = getApp().eiam.codeCooldownLeft({ mobile: this.data.mobile, type: TYPE });
      this.setData({ wait: Math.ceil(left / 1000) });
      if (left > 0) this.timer = setTimeout(() => this.tick(), left % 1000 || 1000);
    },
    onCode(e) {
      this.setData({ code: e.detail.value });
    },
    verify() {
      if (this.data.busy) return; // a second tap before the first answer
      this.setData({ busy: true, error: '' });
      getApp()
        .eiam.verifyMfaSms({ mobile: this.data.mobile, verifyCode: this.data.code })
        .then(
          () => {
            this.setData({ busy: false });
            backOrHome();
          },
          (e) => this.fail(e),
        );
    },
    fail(e) {
      const eiam = getApp().eiam;
      // The MFA step expired or was refused: only a new sign-in gets another one.
      const expired = e.code === 'INVALID_STATE_TOKEN' || !eiam.hasStateToken();
      this.setData({ busy: false, expired, error: eiam.describeError(e) });
    },
    signInAgain() {
      wx.redirectTo({ url: '/pages/sign-in/index' });
    },
  },
});
