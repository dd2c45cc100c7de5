// An integrator's file that must compile against the packed package (test/build/type-test.test.ts), with no wx
// typings and skipLibCheck off.
import {
  EiamClient,
  isEiamError,
  parseMobile,
  type EmailCodeType,
  type LoginFlow,
  type LoginResult,
  type Session,
  type SmsCodeType,
  type VerifyCodeInput,
  type EiamBindFormAgreementEvent,
  type EiamBindFormEventDetails,
  type EiamBindFormInstance,
  type EiamBindFormProps,
  type EiamBindFormSuccessEvent,
  type EiamCaptchaCloseEvent,
  type EiamCaptchaEventDetails,
  type EiamCaptchaFailEvent,
  type EiamCaptchaInstance,
  type EiamCaptchaProps,
  type EiamCaptchaSuccessEvent,
  type EiamComponentEvent,
} from 'eiam-miniprogram-sdk';
import { createWxFake, startMockIdaas, type MockIdaas, type WxFake } from 'eiam-miniprogram-sdk/testing';

const eiam = new EiamClient({ domain: 'https://t.example.com', clientId: 'c' });

export async function signIn(mobile: string, verifyCode: string): Promise<Session | string | null> {
  const r: LoginResult = await eiam.loginWithWeChat();
  if (r.status === 'SUCCESS') return r.session;
  if (r.status === 'MFA_AUTH') return null;
  const flows: LoginFlow[] = r.flows;
  const names: string[] = r.flows; // still strings
  if (flows.indexOf('VERIFY_EMAIL') >= 0 && flows.every((f) => f !== 'VERIFY_PHONE')) return names.join();
  await eiam.sendSmsCode({ mobile, type: 'REGISTER_SMS' });
  await eiam.sendSmsCode({ mobile, type: 'MFA_AUTH_SMS', captchaToken: 'from-verifyCaptcha' });
  await eiam.sendEmailCode({ email: 'a@example.com', type: 'REGISTER_EMS' });
  const newer = 'NEWER_TYPE_SMS' as SmsCodeType; // a tenant's newer type, in the documented shape
  await eiam.sendSmsCode({ mobile, type: newer });
  const emailType: EmailCodeType = 'BIND_EMAIL_EMS';
  const left =
    eiam.codeCooldownLeft({ mobile, type: 'REGISTER_SMS' }) +
    eiam.codeCooldownLeft({ email: 'a@example.com', type: emailType });
  const input: VerifyCodeInput = left > 0 ? { mobile, verifyCode } : { email: 'a@example.com', verifyCode };
  try {
    await eiam.bind(input);
  } catch (e) {
    if (!isEiamError(e) || e.code !== 'MFA_REQUIRED') throw e;
  }
  await eiam.verifyMfaSms({ mobile: await eiam.getMfaMobile(), verifyCode });
  return eiam.registerBind({ mobile: parseMobile(mobile)!.national, verifyCode });
}

export async function pageTest(): Promise<string> {
  const mock: MockIdaas = await startMockIdaas({ flows: ['VERIFY_PHONE'], captchaRequired: true });
  const fake: WxFake = createWxFake({ openid: 'o-page-test', SDKVersion: '3.3.4' });
  fake.faults.request = 'offline';
  fake.faults.request = null;
  const task = fake.wx.request({
    url: `${mock.url}/api/v2/sdk/captcha`,
    method: 'GET',
    success: (res) => res.statusCode + res.header['content-type']!,
    fail: (err) => err.errMsg,
  });
  task.abort();
  const { code } = await fake.wx.login();
  fake.wx.login({ success: (res) => res.code.length });
  await fake.wx.setStorage({ key: 'k', data: { n: 1 }, encrypt: true });
  const { data } = await fake.wx.getStorage<{ n: number }>({ key: 'k' });
  fake.wx.redirectTo = () => undefined; // an API the fake lacks, added by the test
  fake.appShow({ scene: 1001 });
  const sms = mock.lastCode('13800138000');
  await mock.close();
  return code + data.n + fake.wx.getStorageInfoSync().keys.join() + String(sms) + fake.calls.length;
}

// The components' properties and events, as a page's code or a framework template meets them.
export const form: EiamBindFormProps = {
  flows: ['VERIFY_PHONE', 'VERIFY_WECHAT_PHONE'],
  mode: 'bind',
  captcha: false,
  wechatPhone: true,
  consent: true,
  termsUrl: '/pages/legal/terms',
  privacyUrl: '/pages/legal/privacy',
  termsTitle: '《服务协议》',
  privacyTitle: '《隐私政策》',
};
export const captcha: EiamCaptchaProps = { sender: '13800138000' };
export const formEvents: {
  [Name in keyof EiamBindFormEventDetails]: (detail: EiamBindFormEventDetails[Name]) => string;
} = {
  success: (d) => d.session.claims.sub + d.consentAt.toFixed(0),
  error: (d) => d.error.code,
  agreement: (d) => (d.doc === 'terms' ? d.url : d.url.length.toString()),
};
export const captchaEvents: {
  [Name in keyof EiamCaptchaEventDetails]: (e: EiamComponentEvent<EiamCaptchaEventDetails[Name]>) => string;
} = {
  success: (e: EiamCaptchaSuccessEvent) => e.detail.captchaToken,
  fail: (e: EiamCaptchaFailEvent) => e.detail.error.code,
  close: (e: EiamCaptchaCloseEvent) => e.type,
};
export function onAgreement(e: EiamBindFormAgreementEvent, form: EiamBindFormInstance): string {
  form.setClient(eiam);
  return e.detail.doc;
}
export function onSigned(e: EiamBindFormSuccessEvent, captcha: EiamCaptchaInstance): number {
  captcha.setClient(eiam);
  return e.detail.consentAt;
}
