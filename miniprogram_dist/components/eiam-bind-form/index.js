// <eiam-bind-form>: bind or register by phone or email with a verification code, or with the WeChat phone-number
// button, for the SOCIAL_BIND / USER_REGISTER step, after the user agrees to the app's terms. The page hands it the
// EiamClient with setClient(client); it emits `success` {session, consentAt} or `error` {error} (an EiamError;
// MFA_REQUIRED means: continue with MFA), and `agreement` {doc, url} when a document link is tapped.
// Layout (index.wxml): the field tips keep their line when empty, and the error line is the form's last, so nothing
// moves when a tip or error appears; the send button has a fixed width, so the countdown moves nothing either. The
// phone-number button has no open-type until the user agreed, so WeChat's own dialog cannot open before that.
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
    phone: '手机号快捷登录',
    agree: '我已阅读并同意',
    terms: '《用户协议》',
    and: '和',
    privacy: '《隐私政策》',
    need: '请先阅读并勾选同意',
    badMobile: '请输入正确的手机号',
    badEmail: '请输入正确的邮箱地址',
    badCode: '请输入 4 到 8 位数字验证码',
    deny: '未获取到手机号',
    e104: '需先同意隐私保护指引',
    e112: '本小程序未声明使用手机号',
    e1400001: '微信手机号暂不可用',
    orSms: '，可改用短信验证码',
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
    phone: 'Use my WeChat number',
    agree: 'I agree to the ',
    terms: 'User Agreement',
    and: ' and the ',
    privacy: 'Privacy Policy',
    need: 'Please agree to the ',
    badMobile: 'Enter a valid mobile number',
    badEmail: 'Enter a valid email address',
    badCode: 'Enter the 4 to 8 digit code',
    deny: 'No number was shared',
    e104: 'Agree to the privacy guide first',
    e112: 'This app has not declared phone numbers',
    e1400001: 'WeChat numbers are unavailable now',
    orSms: '. You can use an SMS code.',
  },
};

/**
 * The client's text for an error, but never the server's in another language than the UI's (Chinese text has CJK
 * characters, English none): then the SDK's own text for a refusal.
 */
function say(client, error) {
  const text = client.describeError(error);
  const language = client.uiLanguage();
  const foreign = text === (error && error.serverMessage) && /[\u3400-\u9fff]/.test(text) !== (language === 'zh');
  return foreign ? sdk.errorMessage('API_ERROR', language) : text;
}

Component({
  properties: {
    /** The login result's `flows`: 'VERIFY_PHONE' and/or 'VERIFY_EMAIL'; empty, or naming neither, allows both. */
    flows: { type: Array, value: [], observer: 'applyFlows' },
    /** 'register' (registerBind: binds or registers) or 'bind' (bind: existing users only). */
    mode: { type: String, value: 'register' },
    /** The slider captcha before a code is sent, as the vendor requires; false for a tenant that turned it off. */
    captcha: { type: Boolean, value: true },
    /** The WeChat phone-number button, also without VERIFY_WECHAT_PHONE in `flows`. */
    wechatPhone: { type: Boolean, value: false, observer: 'applyFlows' },
    /** The agreement row; false only when the app has its user's consent from an earlier page. */
    consent: { type: Boolean, value: true },
    /** Pages of the app's user agreement and privacy policy, opened by the links; empty: only the `agreement` event. */
    termsUrl: { type: String, value: '' },
    privacyUrl: { type: String, value: '' },
    /** Their titles as the row shows them; empty: 《用户协议》/《隐私政策》 (User Agreement / Privacy Policy). */
    termsTitle: { type: String, value: '' },
    privacyTitle: { type: String, value: '' },
  },
  data: {
    t: TEXTS.zh,
    tabs: ['mobile', 'email'],
    tab: 'mobile',
    phone: false,
    value: '',
    code: '',
    valueError: '',
    codeError: '',
    error: '',
    agreed: false,
    agreeBad: false,
    wait: 0,
    sending: false,
    busy: false,
    showCaptcha: false,
  },
  lifetimes: {
    attached() {
      this.applyFlows();
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
    applyFlows() {
      const flows = this.data.flows;
      const phone = flows.indexOf('VERIFY_PHONE') >= 0;
      const email = flows.indexOf('VERIFY_EMAIL') >= 0;
      // Neither (no flows, or only ones without a code, e.g. VERIFY_WECHAT_PHONE): both, as for [].
      const tabs = [];
      if (phone || !email) tabs.push('mobile');
      if (email || !phone) tabs.push('email');
      this.setData({
        tabs: tabs,
        tab: tabs.indexOf(this.data.tab) >= 0 ? this.data.tab : tabs[0],
        phone: this.data.wechatPhone || flows.indexOf('VERIFY_WECHAT_PHONE') >= 0,
      });
    },
    onTab(e) {
      this.setData({ tab: e.currentTarget.dataset.tab, value: '', valueError: '', error: '', showCaptcha: false });
      this.tick();
    },
    onValue(e) {
      this.setData({ value: e.detail.value, valueError: '', showCaptcha: false });
      this.tick();
    },
    onCode(e) {
      this.setData({ code: e.detail.value, codeError: '' });
    },
    onAgree() {
      const agreed = !this.data.agreed;
      this.consentAt = agreed ? Date.now() : 0;
      this.setData({ agreed: agreed, agreeBad: false, error: this.data.agreeBad ? '' : this.data.error });
    },
    /** A document link: its <navigator> opens the page given as termsUrl / privacyUrl; the app hears of it too. */
    onDoc(e) {
      const doc = e.currentTarget.dataset.doc;
      this.triggerEvent('agreement', { doc: doc, url: this.data[doc + 'Url'] });
    },
    /**
     * Whether the user agreed (or the row is off); if not, and `report`, the row is marked and the prompt shown.
     * Also the phone-number button's tap handler (the event is a truthy `report`): before the user agreed the button
     * has no open-type, so WeChat asks nothing and the tap only shows the prompt.
     */
    agreed(report) {
      const d = this.data;
      if (d.agreed || !d.consent) return true;
      const error = d.t.need + (d.termsTitle || d.t.terms) + d.t.and + (d.privacyTitle || d.t.privacy);
      if (report) this.setData({ agreeBad: true, error: error });
      return false;
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
      if (!this.client || busy) return;
      const target = this.target(true);
      if (!this.agreed(true) || !target) return;
      if (this.data.captcha || this.captchaWanted) this.openCaptcha();
      else this.send(target, undefined);
    },
    openCaptcha() {
      this.setData({ showCaptcha: true, error: '' }, () =>
        this.selectComponent('.eiam-bind-form__captcha').setClient(this.client)
      );
    },
    onCaptcha(e) {
      this.setData({ showCaptcha: false });
      const target = this.target(true);
      if (target) this.send(target, e.detail.captchaToken);
    },
    onCaptchaClose() {
      this.setData({ showCaptcha: false });
    },
    send(target, captchaToken) {
      const client = this.client;
      const input = Object.assign({ captchaToken: captchaToken }, target);
      this.setData({ sending: true, error: '' });
      (target.mobile ? client.sendSmsCode(input) : client.sendEmailCode(input)).then(
        () => this.sent(client, ''),
        (error) => {
          // The tenant wants a (new) captcha, though the form was told it does not: show it, and before each later
          // send.
          const captcha = error.code === 'CAPTCHA_REQUIRED';
          this.captchaWanted = this.captchaWanted || captcha;
          this.sent(client, captcha ? '' : say(client, error));
          if (captcha && this.client === client) this.openCaptcha();
        }
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
      if (!client || this.data.busy) return;
      const target = this.target(true);
      const code = sdk.parseVerifyCode(this.data.code);
      if (!code) this.setData({ codeError: this.data.t.badCode });
      if (!this.agreed(true) || !target || !code) return;
      const input = target.mobile ? { mobile: target.mobile } : { email: target.email };
      input.verifyCode = code;
      this.finish(client, this.data.mode === 'bind' ? client.bind(input) : client.registerBind(input));
    },
    /** The phone-number button's answer: a code for the IDaaS, or why WeChat gave none (the SMS path stays open). */
    onPhone(e) {
      const client = this.client;
      const d = e.detail;
      if (!client || this.data.busy || !this.agreed(true)) return;
      if (!d.code) {
        const t = this.data.t;
        return this.setData({ error: (t['e' + d.errno] || t.deny) + t.orSms });
      }
      const input = { wechatCode: d.code };
      this.finish(
        client,
        this.data.mode === 'bind' ? client.bindWithWeChatPhone(input) : client.registerBindWithWeChatPhone(input)
      );
    },
    finish(client, promise) {
      this.setData({ busy: true, error: '' });
      promise.then(
        (session) => {
          if (this.client !== client) return;
          this.setData({ busy: false });
          this.triggerEvent('success', { session: session, consentAt: this.consentAt || 0 });
        },
        (error) => {
          if (this.client !== client) return;
          this.setData({
            busy: false,
            error: error.code === 'MFA_REQUIRED' ? '' : say(client, error),
          });
          this.triggerEvent('error', { error: error });
        }
      );
    },
  },
});
