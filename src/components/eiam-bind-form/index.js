// <eiam-bind-form>: bind or register by phone or email with a verification code, for the SOCIAL_BIND /
// USER_REGISTER step. The page hands it the EiamClient with setClient(client); it emits `success` {session} or
// `error` {error} (an EiamError; MFA_REQUIRED means: continue with MFA).
'use strict';
const sdk = require('../../index');

const TEXTS = {
  zh: {
    mobile: '手机号',
    email: '邮箱',
    mobileHint: '请输入手机号',
    emailHint: '请输入邮箱',
    code: '验证码',
    codeHint: '请输入验证码',
    send: '获取验证码',
    wait: '秒后重发',
    submit: '绑定并登录',
    badMobile: '请输入正确的手机号',
    badEmail: '请输入正确的邮箱地址',
    badCode: '请输入 4 到 8 位数字验证码',
  },
  en: {
    mobile: 'Phone',
    email: 'Email',
    mobileHint: 'Mobile number',
    emailHint: 'Email address',
    code: 'Code',
    codeHint: 'Verification code',
    send: 'Send code',
    wait: 's to resend',
    submit: 'Bind and sign in',
    badMobile: 'Enter a valid mobile number',
    badEmail: 'Enter a valid email address',
    badCode: 'Enter the 4 to 8 digit code',
  },
};

Component({
  properties: {
    /** The login result's `flows`: 'VERIFY_PHONE' and/or 'VERIFY_EMAIL'; empty, or naming neither, allows both. */
    flows: { type: Array, value: [], observer: 'applyFlows' },
    /** 'register' (registerBind: binds or registers) or 'bind' (bind: existing users only). */
    mode: { type: String, value: 'register' },
    /** Whether the tenant wants the slider captcha before a code is sent. */
    captcha: { type: Boolean, value: false },
  },
  data: {
    t: TEXTS.zh,
    tabs: ['mobile', 'email'],
    tab: 'mobile',
    value: '',
    code: '',
    valueError: '',
    codeError: '',
    error: '',
    wait: 0,
    sending: false,
    busy: false,
    showCaptcha: false,
  },
  lifetimes: {
    attached() {
      this.applyFlows(this.data.flows);
    },
    detached() {
      clearTimeout(this.timer);
      this.client = null;
    },
  },
  methods: {
    /** Takes the page's EiamClient. */
    setClient(client) {
      this.client = client;
      this.setData({ t: TEXTS[client.uiLanguage()] || TEXTS.en });
    },
    applyFlows(flows) {
      const phone = flows.indexOf('VERIFY_PHONE') >= 0;
      const email = flows.indexOf('VERIFY_EMAIL') >= 0;
      // Neither (no flows, or only ones the form does not offer, e.g. VERIFY_WECHAT_PHONE): both, as for [].
      const tabs = [];
      if (phone || !email) tabs.push('mobile');
      if (email || !phone) tabs.push('email');
      this.setData({ tabs: tabs, tab: tabs.indexOf(this.data.tab) >= 0 ? this.data.tab : tabs[0] });
    },
    onTab(e) {
      this.setData({
        tab: e.currentTarget.dataset.tab,
        value: '',
        valueError: '',
        error: '',
        showCaptcha: false,
      });
      this.tick();
    },
    onValue(e) {
      this.setData({ value: e.detail.value, valueError: '', showCaptcha: false });
      this.tick();
    },
    onCode(e) {
      this.setData({ code: e.detail.value, codeError: '' });
    },
    /** `{mobile|email, type}` for the input, or null (and, when `report`, the field's error shown). */
    target(report) {
      const mobile = this.data.tab === 'mobile';
      const value = this.data.value;
      if (!(mobile ? sdk.parseMobile(value) : sdk.parseEmail(value))) {
        if (report) this.setData({ valueError: mobile ? this.data.t.badMobile : this.data.t.badEmail });
        return null;
      }
      const register = this.data.mode !== 'bind';
      if (mobile) return { mobile: value, type: register ? 'REGISTER_SMS' : 'BIND_MOBILE_SMS' };
      return { email: value, type: register ? 'REGISTER_EMS' : 'BIND_EMAIL_EMS' };
    },
    onSend() {
      // While the captcha is open the user is solving it: another tap would throw that puzzle away.
      const busy = this.data.sending || this.data.wait || this.data.showCaptcha;
      const target = this.client && !busy && this.target(true);
      if (!target) return;
      if (!this.data.captcha) return this.send(target, undefined);
      this.setData({ showCaptcha: true, error: '' }, () =>
        this.selectComponent('.eiam-bind-form__captcha').setClient(this.client)
      );
    },
    onCaptcha(e) {
      this.setData({ showCaptcha: false });
      const target = this.target(true);
      if (target) this.send(target, e.detail.captchaToken);
    },
    send(target, captchaToken) {
      const client = this.client;
      const input = Object.assign({ captchaToken: captchaToken }, target);
      this.setData({ sending: true, error: '' });
      (target.mobile ? client.sendSmsCode(input) : client.sendEmailCode(input)).then(
        () => this.sent(client, ''),
        (error) => this.sent(client, client.describeError(error))
      );
    },
    sent(client, error) {
      if (this.client !== client) return;
      this.setData({ sending: false, error: error });
      this.tick();
    },
    /** Shows the seconds left before the next send, as the client counts them. */
    tick() {
      clearTimeout(this.timer);
      const target = this.client && this.target(false);
      const left = target ? this.client.codeCooldownLeft(target) : 0;
      this.setData({ wait: Math.ceil(left / 1000) });
      if (left > 0) this.timer = setTimeout(() => this.tick(), left % 1000 || 1000);
    },
    onSubmit() {
      const client = this.client;
      const target = client && !this.data.busy && this.target(true);
      const code = sdk.parseVerifyCode(this.data.code);
      if (!code) this.setData({ codeError: this.data.t.badCode });
      if (!target || !code) return;
      const input = target.mobile ? { mobile: target.mobile } : { email: target.email };
      input.verifyCode = code;
      this.setData({ busy: true, error: '' });
      (this.data.mode === 'bind' ? client.bind(input) : client.registerBind(input)).then(
        (session) => {
          if (this.client !== client) return;
          this.setData({ busy: false });
          this.triggerEvent('success', { session: session });
        },
        (error) => {
          if (this.client !== client) return;
          this.setData({
            busy: false,
            error: error.code === 'MFA_REQUIRED' ? '' : client.describeError(error),
          });
          this.triggerEvent('error', { error: error });
        }
      );
    },
  },
});
