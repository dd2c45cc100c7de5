/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
import {
  attrOf,
  layoutWidth,
  load,
  render,
  sdkComponent,
  settle,
  textOf,
  turn,
  type Rendered,
} from './simulate';
import { errorMessage, type EiamClient } from '../../src';
import { EMAIL, MFA_STATE_TOKEN, MOBILE, MOBILE_KEY } from '../support/fixtures';
import { closeWorlds, requestsTo, world, type World } from '../support/harness';

afterEach(async () => {
  jest.useRealTimers();
  await closeWorlds();
});
layoutWidth('eiam-captcha__bg', 155);

interface Form {
  comp: Rendered;
  successes: Array<{ session: { claims: Record<string, unknown> }; consentAt: number }>;
  errors: Array<{ error: { code: string } }>;
}

/** A tenant that turned the captcha off: the mock sends codes without one, and the form is told so. */
const NO_CAPTCHA = { mock: { captchaRequired: false } };

/**
 * The form as a page shows it at the bind step: after a WeChat login, with the page's client handed over. Unless the
 * test says otherwise (`captcha`, `agree: false`), the tenant has the captcha off and the user ticks the agreement.
 */
async function formAtBindStep(
  w: World,
  properties: Record<string, unknown> = {},
  eiam: EiamClient = w.eiam,
  { agree = true } = {},
): Promise<Form> {
  await eiam.loginWithWeChat();
  // A property given as undefined is left out: the component's default applies.
  const given = Object.entries({ captcha: false, ...properties }).filter(([, value]) => value !== undefined);
  const comp = render(load(sdkComponent('eiam-bind-form')), Object.fromEntries(given));
  comp.instance.setClient(eiam);
  const form: Form = { comp, successes: [], errors: [] };
  comp.addEventListener('success', (e) => form.successes.push(e.detail));
  comp.addEventListener('error', (e) => form.errors.push(e.detail));
  if (agree) await tap(comp, '.eiam-bind-form__agree');
  return form;
}

function type(comp: Rendered, selector: string, value: string): void {
  comp.querySelector(selector)!.dispatchEvent('input', { detail: { value } });
}

/** The texts of the two field tips (the input's, the code's): both always on the page, empty when all is well. */
function tips(comp: Rendered): string[] {
  return comp.querySelectorAll('.eiam-bind-form__field-error').map((n) => n.dom.textContent!.trim());
}

async function tap(comp: Rendered, selector: string): Promise<void> {
  comp.querySelector(selector)!.dispatchEvent('tap');
  await turn();
}

/** The captcha the form shows, once its puzzle is drawn and laid out. */
async function captchaOf(comp: Rendered): Promise<Rendered> {
  const captchaIn = () => comp.querySelector('.eiam-bind-form__captcha');
  await settle(() => !!captchaIn() && !!captchaIn()!.querySelector('.eiam-captcha__bg'), 'the captcha');
  const captcha = captchaIn()!;
  captcha.querySelector('.eiam-captcha__bg')!.dispatchEvent('load', { detail: { width: 310, height: 155 } });
  captcha
    .querySelector('.eiam-captcha__piece')!
    .dispatchEvent('load', { detail: { width: 47, height: 155 } });
  await settle(() => captcha.data.pieceWidth > 0, 'the layout');
  return captcha;
}

/** The captcha tokens the client got from verifyCaptcha, in order (the spy calls through to the mock). */
function captchaTokens(eiam: EiamClient): () => Promise<string[]> {
  const verify = jest.spyOn(eiam, 'verifyCaptcha');
  return () => Promise.all(verify.mock.results.map((r) => r.value as Promise<string>));
}

/** Drags the slider to the answer of this puzzle (by default the one the captcha shows). */
async function solve(
  w: World,
  captcha: Rendered,
  token: string = captcha.instance.puzzle.token,
): Promise<void> {
  const answer = w.mock.captchaAnswer(token);
  const knob = captcha.querySelector('.eiam-captcha__knob')!;
  knob.dispatchEvent('touchstart', { touches: [{ x: 0, y: 0 }] });
  knob.dispatchEvent('touchmove', { touches: [{ x: answer / 2, y: 0 }] });
  knob.dispatchEvent('touchend', {});
  await turn();
}

describe('eiam-bind-form', () => {
  it('binds by SMS code: type, send, type the code, submit, success with the session', async () => {
    const w = await world(NO_CAPTCHA);
    const { comp, successes, errors } = await formAtBindStep(w);
    type(comp, '.eiam-bind-form__value', MOBILE);
    await tap(comp, '.eiam-bind-form__send');
    await settle(() => w.mock.lastCode(MOBILE) !== undefined, 'the SMS');
    expect(requestsTo(w.mock, '/sms/send')[0]!.body).toEqual({ mobile: MOBILE, type: 'REGISTER_SMS' });
    type(comp, '.eiam-bind-form__code', w.mock.lastCode(MOBILE)!);
    await tap(comp, '.eiam-bind-form__submit');
    await settle(() => successes.length > 0, 'success');
    expect(successes[0]!.session.claims.mobile).toBe(MOBILE_KEY);
    expect(requestsTo(w.mock, '/social/register-bind')).toHaveLength(1);
    expect(errors).toHaveLength(0);
  });

  it('binds an existing user by email in bind mode, with the email tab', async () => {
    const w = await world(NO_CAPTCHA);
    w.mock.addUser({ email: EMAIL });
    const { comp, successes, errors } = await formAtBindStep(w, {
      mode: 'bind',
      flows: ['VERIFY_PHONE', 'VERIFY_EMAIL'],
    });
    expect(comp.querySelectorAll('.eiam-bind-form__tab')).toHaveLength(2);
    comp.querySelectorAll('.eiam-bind-form__tab')[1]!.dispatchEvent('tap');
    await turn();
    expect(comp.data.tab).toBe('email');
    type(comp, '.eiam-bind-form__value', EMAIL);
    await tap(comp, '.eiam-bind-form__send');
    await settle(() => w.mock.lastCode(EMAIL) !== undefined, 'the email');
    expect(requestsTo(w.mock, '/email/send')[0]!.body).toEqual({ email: EMAIL, type: 'BIND_EMAIL_EMS' });
    type(comp, '.eiam-bind-form__code', w.mock.lastCode(EMAIL)!);
    await tap(comp, '.eiam-bind-form__submit');
    await settle(() => successes.length + errors.length > 0, 'success');
    expect(errors).toEqual([]);
    expect(requestsTo(w.mock, '/social/bind')).toHaveLength(1);
    expect(successes[0]!.session.claims.email).toBe(EMAIL);
  });

  it('offers only the channels the tenant allows', async () => {
    const w = await world(NO_CAPTCHA);
    const phoneOnly = await formAtBindStep(w, { flows: ['VERIFY_PHONE'] });
    expect(phoneOnly.comp.querySelectorAll('.eiam-bind-form__tab')).toHaveLength(0);
    expect(phoneOnly.comp.data.tab).toBe('mobile');
    const emailOnly = await formAtBindStep(w, { flows: ['VERIFY_EMAIL'] });
    expect(emailOnly.comp.data.tab).toBe('email');
    // A channel the form does not offer is left out of the ones it does.
    const mixed = await formAtBindStep(w, { flows: ['VERIFY_WECHAT_PHONE', 'VERIFY_EMAIL'] });
    expect(mixed.comp.data.tabs).toEqual(['email']);
  });

  it('offers both channels when flows names none it knows, as for no flows at all', async () => {
    const w = await world(NO_CAPTCHA);
    const { comp } = await formAtBindStep(w, { flows: ['VERIFY_WECHAT_PHONE'] });
    expect(comp.querySelectorAll('.eiam-bind-form__tab')).toHaveLength(2);
    expect(comp.data.tabs).toEqual(['mobile', 'email']);
    expect(comp.data.tab).toBe('mobile');
  });

  it('checks the input inline with the SDK validators and sends nothing invalid', async () => {
    const w = await world(NO_CAPTCHA);
    const { comp } = await formAtBindStep(w, {}, w.restart({ language: 'en' }));
    type(comp, '.eiam-bind-form__value', '1380013800');
    await tap(comp, '.eiam-bind-form__send');
    expect(tips(comp)).toEqual(['Enter a valid mobile number', '']);
    expect(comp.querySelectorAll('.eiam-bind-form__row--bad')).toHaveLength(1);
    type(comp, '.eiam-bind-form__value', MOBILE);
    await turn();
    expect(tips(comp)).toEqual(['', '']);
    expect(comp.querySelectorAll('.eiam-bind-form__row--bad')).toHaveLength(0);
    type(comp, '.eiam-bind-form__code', '12');
    await tap(comp, '.eiam-bind-form__submit');
    expect(tips(comp)).toEqual(['', 'Enter the 4 to 8 digit code']);
    comp.querySelectorAll('.eiam-bind-form__tab')[1]!.dispatchEvent('tap');
    await turn();
    type(comp, '.eiam-bind-form__value', 'zhangsan@');
    await tap(comp, '.eiam-bind-form__send');
    // The code is still too short: its tip stays.
    expect(tips(comp)).toEqual(['Enter a valid email address', 'Enter the 4 to 8 digit code']);
    expect(requestsTo(w.mock, '/email/send')).toHaveLength(0);
    expect(requestsTo(w.mock, '/sms/send')).toHaveLength(0);
    expect(requestsTo(w.mock, '/social/register-bind')).toHaveLength(0);
  });

  it('keeps the place of both tips and of the error line while they are empty, so nothing moves when one shows', async () => {
    const w = await world(NO_CAPTCHA);
    const { comp } = await formAtBindStep(w, {}, w.restart({ language: 'en' }));
    const lines = () =>
      comp
        .querySelectorAll('.eiam-bind-form__field-error, .eiam-bind-form__error')
        .map((n) => n.dom.textContent!.trim());
    expect(lines()).toEqual(['', '', '']);
    await tap(comp, '.eiam-bind-form__submit');
    expect(lines()).toEqual(['Enter a valid mobile number', 'Enter the 4 to 8 digit code', '']);
    // The error line is the form's last: a long server message grows the form at its end, under every control.
    const children = Array.from(comp.querySelector('.eiam-bind-form')!.dom.children);
    const last = children.filter((c) => !/captcha/.test(c.className)).pop()!;
    expect(last.className).toMatch(/eiam-bind-form__error/);
  });

  it('speaks Chinese when the client does', async () => {
    const w = await world(NO_CAPTCHA);
    const { comp } = await formAtBindStep(w, {}, w.restart({ language: 'zh_CN' }));
    expect(textOf(comp, '.eiam-bind-form__submit')).toBe('绑定并登录');
    type(comp, '.eiam-bind-form__value', 'abc');
    await tap(comp, '.eiam-bind-form__send');
    expect(textOf(comp, '.eiam-bind-form__field-error')).toBe('请输入正确的手机号');
  });

  it('counts down as the client cool-down runs, refuses a send meanwhile, and stops its timer on detach', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const w = await world(NO_CAPTCHA);
    const { comp } = await formAtBindStep(w, {}, w.restart({ language: 'en' }));
    type(comp, '.eiam-bind-form__value', MOBILE);
    await tap(comp, '.eiam-bind-form__send');
    await settle(() => comp.data.wait > 0, 'the countdown');
    expect(textOf(comp, '.eiam-bind-form__send')).toBe('60s to resend');
    jest.advanceTimersByTime(1000);
    await turn();
    expect(textOf(comp, '.eiam-bind-form__send')).toBe('59s to resend');
    await tap(comp, '.eiam-bind-form__send');
    expect(requestsTo(w.mock, '/sms/send')).toHaveLength(1);
    jest.advanceTimersByTime(59000);
    await turn();
    expect(textOf(comp, '.eiam-bind-form__send')).toBe('Send code');
    await tap(comp, '.eiam-bind-form__send');
    await settle(() => requestsTo(w.mock, '/sms/send').length === 2, 'the second send');
    await settle(() => comp.data.wait === 60, 'the second countdown');
    const timers = jest.getTimerCount();
    comp.detach();
    expect(jest.getTimerCount()).toBe(timers - 1);
  });

  it('counts down what the client says is left: its own cool-down, and in a form opened later', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const w = await world(NO_CAPTCHA);
    const eiam = w.restart({ language: 'en', codeCooldownMs: 30000 });
    const first = await formAtBindStep(w, {}, eiam);
    type(first.comp, '.eiam-bind-form__value', MOBILE);
    await tap(first.comp, '.eiam-bind-form__send');
    await settle(() => first.comp.data.wait > 0, 'the countdown');
    expect(textOf(first.comp, '.eiam-bind-form__send')).toBe('30s to resend');
    jest.advanceTimersByTime(10000);
    first.comp.detach();
    // The user leaves the page and comes back: a new form for the same number shows the time still left.
    const second = render(load(sdkComponent('eiam-bind-form')));
    second.instance.setClient(eiam);
    type(second, '.eiam-bind-form__value', MOBILE);
    await turn();
    expect(textOf(second, '.eiam-bind-form__send')).toBe('20s to resend');
  });

  it('sends one code and signs in once when a button is tapped twice', async () => {
    const w = await world(NO_CAPTCHA);
    const { comp, successes } = await formAtBindStep(w);
    type(comp, '.eiam-bind-form__value', MOBILE);
    comp.querySelector('.eiam-bind-form__send')!.dispatchEvent('tap');
    await tap(comp, '.eiam-bind-form__send');
    await settle(() => w.mock.lastCode(MOBILE) !== undefined, 'the SMS');
    type(comp, '.eiam-bind-form__code', w.mock.lastCode(MOBILE)!);
    comp.querySelector('.eiam-bind-form__submit')!.dispatchEvent('tap');
    await tap(comp, '.eiam-bind-form__submit');
    await settle(() => successes.length > 0, 'success');
    await turn();
    expect(requestsTo(w.mock, '/sms/send')).toHaveLength(1);
    expect(requestsTo(w.mock, '/social/register-bind')).toHaveLength(1);
    expect(successes).toHaveLength(1);
  });

  it('emits nothing for an answer that arrives after it was detached', async () => {
    const w = await world(NO_CAPTCHA);
    const { comp, successes, errors } = await formAtBindStep(w);
    type(comp, '.eiam-bind-form__value', MOBILE);
    await tap(comp, '.eiam-bind-form__send');
    await settle(() => w.mock.lastCode(MOBILE) !== undefined, 'the SMS');
    // The spy calls through to the mock: the test awaits the very answer the form waits for.
    const registerBind = jest.spyOn(w.eiam, 'registerBind');
    w.mock.fault({ path: '/social/register-bind', kind: 'delay', ms: 50 });
    type(comp, '.eiam-bind-form__code', w.mock.lastCode(MOBILE)!);
    await tap(comp, '.eiam-bind-form__submit');
    comp.detach();
    expect(registerBind).toHaveBeenCalledTimes(1);
    await expect(registerBind.mock.results[0]!.value).resolves.toMatchObject({ claims: {} });
    await turn();
    expect({ successes, errors }).toEqual({ successes: [], errors: [] });
  });

  it('asks for the captcha first when the tenant wants one, and sends with its token', async () => {
    const w = await world({ mock: { captchaRequired: true } });
    const { comp } = await formAtBindStep(w, { captcha: true });
    const tokens = captchaTokens(w.eiam);
    type(comp, '.eiam-bind-form__value', MOBILE);
    await tap(comp, '.eiam-bind-form__send');
    const captcha = await captchaOf(comp);
    expect(captcha.data.sender).toBe(MOBILE);
    await solve(w, captcha);
    await settle(() => w.mock.lastCode(MOBILE) !== undefined, 'the SMS');
    const [send] = requestsTo(w.mock, '/sms/send');
    const [token] = await tokens();
    expect(token).toBeTruthy();
    expect((send!.body as { captcha_token: string }).captcha_token).toBe(token);
    expect((send!.body as { captcha_token: string }).captcha_token).toMatch(
      /^[0-9a-f]{32}---\{"x":[\d.]+,"y":5\.0\}$/,
    );
    await settle(() => !comp.querySelector('.eiam-bind-form__captcha'), 'the captcha to close');
  });

  it('keeps the puzzle being solved when "send" is tapped again while the captcha is open', async () => {
    const w = await world({ mock: { captchaRequired: true } });
    const { comp } = await formAtBindStep(w, { captcha: true });
    type(comp, '.eiam-bind-form__value', MOBILE);
    expect(attrOf(comp, '.eiam-bind-form__send', 'ariaDisabled')).toBe(false);
    await tap(comp, '.eiam-bind-form__send');
    const captcha = await captchaOf(comp);
    const puzzle = captcha.instance.puzzle.token;
    expect(attrOf(comp, '.eiam-bind-form__send', 'ariaDisabled')).toBe(true);
    await tap(comp, '.eiam-bind-form__send');
    // The user finishes the puzzle they were dragging: it still opens the send.
    await solve(w, captcha, puzzle);
    await settle(() => w.mock.lastCode(MOBILE) !== undefined, 'the SMS');
    expect(requestsTo(w.mock, '/captcha')).toHaveLength(1);
    expect(requestsTo(w.mock, '/sms/send')).toHaveLength(1);
  });

  it('shows the server message for a wrong code and emits error; the right code still works after', async () => {
    const w = await world(NO_CAPTCHA);
    const { comp, errors, successes } = await formAtBindStep(w, {}, w.restart({ language: 'en' }));
    type(comp, '.eiam-bind-form__value', MOBILE);
    await tap(comp, '.eiam-bind-form__send');
    await settle(() => w.mock.lastCode(MOBILE) !== undefined, 'the SMS');
    const code = w.mock.lastCode(MOBILE)!;
    type(comp, '.eiam-bind-form__code', code === '000000' ? '111111' : '000000');
    await tap(comp, '.eiam-bind-form__submit');
    await settle(() => errors.length > 0, 'the error');
    expect(errors[0]!.error.code).toBe('API_ERROR');
    expect(textOf(comp, '.eiam-bind-form__error')).toBe('verify_code parameter error'); // the mock's en text (X-L en)
    type(comp, '.eiam-bind-form__code', code);
    await tap(comp, '.eiam-bind-form__submit');
    await settle(() => successes.length > 0, 'success');
    expect(textOf(comp, '.eiam-bind-form__error')).toBe('');
  });

  it('shows the SDK text when the network is down, and lets the user send again at once', async () => {
    const w = await world(NO_CAPTCHA);
    const { comp } = await formAtBindStep(w);
    type(comp, '.eiam-bind-form__value', MOBILE);
    w.fake.faults.request = 'offline';
    await tap(comp, '.eiam-bind-form__send');
    await settle(() => textOf(comp, '.eiam-bind-form__error') !== '', 'the error');
    expect(textOf(comp, '.eiam-bind-form__error')).toBe(errorMessage('NETWORK_ERROR', 'zh'));
    expect(comp.data.wait).toBe(0);
    w.fake.faults.request = null;
    await tap(comp, '.eiam-bind-form__send');
    await settle(() => w.mock.lastCode(MOBILE) !== undefined, 'the SMS');
  });

  it('shows rate limiting and counts down the time the server asked for', async () => {
    const w = await world(NO_CAPTCHA);
    const { comp } = await formAtBindStep(w, {}, w.restart({ language: 'en' }));
    w.mock.fault({ path: '/sms/send', kind: 'status', status: 429, headers: { 'Retry-After': '120' } });
    type(comp, '.eiam-bind-form__value', MOBILE);
    await tap(comp, '.eiam-bind-form__send');
    await settle(() => textOf(comp, '.eiam-bind-form__error') !== '', 'the error');
    expect(textOf(comp, '.eiam-bind-form__error')).toBe(errorMessage('RATE_LIMITED', 'en'));
    expect(comp.data.wait).toBeGreaterThan(60);
  });

  it('emits MFA_REQUIRED for the page to continue, without an error line', async () => {
    const w = await world(NO_CAPTCHA);
    // The tenant answers the bind with an MFA step.
    w.mock.fault({
      path: '/social/register-bind',
      kind: 'status',
      status: 200,
      body: { status: 'MFA_AUTH', state_token: MFA_STATE_TOKEN },
    });
    const { comp, errors } = await formAtBindStep(w);
    type(comp, '.eiam-bind-form__value', MOBILE);
    await tap(comp, '.eiam-bind-form__send');
    await settle(() => w.mock.lastCode(MOBILE) !== undefined, 'the SMS');
    type(comp, '.eiam-bind-form__code', w.mock.lastCode(MOBILE)!);
    await tap(comp, '.eiam-bind-form__submit');
    await settle(() => errors.length > 0, 'the error event');
    expect(errors[0]!.error.code).toBe('MFA_REQUIRED');
    expect(textOf(comp, '.eiam-bind-form__error')).toBe('');
  });
});

describe('eiam-bind-form: the captcha sheet', () => {
  it('shows the captcha by default, before any code is sent; captcha false opts out', async () => {
    const w = await world({ mock: { captchaRequired: true } });
    const { comp } = await formAtBindStep(w, { captcha: undefined });
    expect(comp.data.captcha).toBe(true);
    type(comp, '.eiam-bind-form__value', MOBILE);
    await tap(comp, '.eiam-bind-form__send');
    await captchaOf(comp);
    expect(requestsTo(w.mock, '/sms/send')).toHaveLength(0);
    const off = await formAtBindStep(await world(NO_CAPTCHA), { captcha: false });
    type(off.comp, '.eiam-bind-form__value', MOBILE);
    await tap(off.comp, '.eiam-bind-form__send');
    expect(off.comp.querySelector('.eiam-bind-form__captcha')).toBeUndefined();
  });

  it('closes the sheet with its close button, sends nothing, and lets the user send again', async () => {
    const w = await world({ mock: { captchaRequired: true } });
    const { comp } = await formAtBindStep(w, { captcha: true });
    type(comp, '.eiam-bind-form__value', MOBILE);
    await tap(comp, '.eiam-bind-form__send');
    const captcha = await captchaOf(comp);
    captcha.querySelector('.eiam-captcha__close')!.dispatchEvent('tap');
    await settle(() => !comp.querySelector('.eiam-bind-form__captcha'), 'the sheet to close');
    expect(attrOf(comp, '.eiam-bind-form__send', 'ariaDisabled')).toBe(false);
    expect(requestsTo(w.mock, '/sms/send')).toHaveLength(0);
    await tap(comp, '.eiam-bind-form__send');
    await solve(w, await captchaOf(comp));
    await settle(() => w.mock.lastCode(MOBILE) !== undefined, 'the SMS');
  });

  it('opens the captcha when the tenant refuses a send for a missing one (CAPTCHA_REQUIRED), then sends with it', async () => {
    const w = await world({ mock: { captchaRequired: true } });
    // The form starts without the captcha; the mock refuses the bare send, which the SDK reports as CAPTCHA_REQUIRED.
    const eiam = w.eiam;
    const refusals: string[] = [];
    const send = eiam.sendSmsCode.bind(eiam);
    jest.spyOn(eiam, 'sendSmsCode').mockImplementation((input) =>
      send(input).catch((error: { code: string }) => {
        refusals.push(error.code);
        throw error;
      }),
    );
    const { comp } = await formAtBindStep(w, { captcha: false }, eiam);
    const tokens = captchaTokens(eiam);
    type(comp, '.eiam-bind-form__value', MOBILE);
    await tap(comp, '.eiam-bind-form__send');
    const captcha = await captchaOf(comp);
    expect(requestsTo(w.mock, '/sms/send')).toHaveLength(1);
    expect(textOf(comp, '.eiam-bind-form__error')).toBe('');
    expect(refusals).toEqual(['CAPTCHA_REQUIRED']);
    await solve(w, captcha);
    await settle(() => w.mock.lastCode(MOBILE) !== undefined, 'the SMS');
    const sends = requestsTo(w.mock, '/sms/send');
    expect(sends).toHaveLength(2);
    const [token] = await tokens();
    expect(token).toBeTruthy();
    expect((sends[1]!.body as { captcha_token: string }).captcha_token).toBe(token);
  });
});

describe('eiam-bind-form: refusals in the UI language', () => {
  it("shows the SDK's Chinese text, not the server's English one, in the Chinese UI", async () => {
    const w = await world(NO_CAPTCHA);
    const { comp, errors } = await formAtBindStep(w, {}, w.restart({ language: 'zh_CN' }));
    const refuse = (message: string) =>
      w.mock.fault({
        path: '/social/register-bind',
        kind: 'status',
        status: 400,
        body: { error_code: 'IDAAS.SDK.COMMON.1006', error_msg: message },
      });
    type(comp, '.eiam-bind-form__value', MOBILE);
    type(comp, '.eiam-bind-form__code', '123456');
    refuse('verify_code parameter error');
    await tap(comp, '.eiam-bind-form__submit');
    await settle(() => errors.length > 0, 'the error');
    expect(errors[0]!.error).toMatchObject({
      code: 'API_ERROR',
      serverMessage: 'verify_code parameter error',
    });
    expect(textOf(comp, '.eiam-bind-form__error')).toBe(errorMessage('API_ERROR', 'zh'));
    // A tenant that answers in Chinese is shown as it answers.
    refuse('验证码错误');
    await tap(comp, '.eiam-bind-form__submit');
    await settle(() => errors.length > 1, 'the second error');
    expect(textOf(comp, '.eiam-bind-form__error')).toBe('验证码错误');
  });

  it("shows the SDK's English text, not the server's Chinese one, in the English UI", async () => {
    const w = await world(NO_CAPTCHA);
    const { comp, errors } = await formAtBindStep(w, {}, w.restart({ language: 'en' }));
    w.mock.fault({
      path: '/sms/send',
      kind: 'status',
      status: 400,
      body: { error_code: 'IDAAS.SDK.COMMON.1002', error_msg: 'mobile 参数格式不正确' },
    });
    type(comp, '.eiam-bind-form__value', MOBILE);
    await tap(comp, '.eiam-bind-form__send');
    await settle(() => textOf(comp, '.eiam-bind-form__error') !== '', 'the error');
    expect(textOf(comp, '.eiam-bind-form__error')).toBe(errorMessage('API_ERROR', 'en'));
    expect(errors).toEqual([]); // a refused send is shown, not emitted
  });
});

describe('eiam-bind-form: consent', () => {
  it('is unticked at first; send, submit and the phone button refuse with a prompt and send nothing', async () => {
    const w = await world(NO_CAPTCHA);
    const { comp, successes } = await formAtBindStep(
      w,
      { flows: ['VERIFY_WECHAT_PHONE'] },
      w.restart({ language: 'en' }),
      {
        agree: false,
      },
    );
    const before = w.mock.requests.length;
    const wxRequests = () => w.fake.calls.filter((c) => c.api === 'request').length;
    const requests = wxRequests();
    expect(comp.data.agreed).toBe(false);
    expect(attrOf(comp, '.eiam-bind-form__check', 'ariaChecked')).toBe(false);
    type(comp, '.eiam-bind-form__value', MOBILE);
    type(comp, '.eiam-bind-form__code', '123456');
    const prompt = 'Please agree to the User Agreement and the Privacy Policy';
    for (const button of ['.eiam-bind-form__send', '.eiam-bind-form__submit', '.eiam-bind-form__phone']) {
      comp.instance.setData({ error: '', agreeBad: false });
      await tap(comp, button);
      expect({ button, error: textOf(comp, '.eiam-bind-form__error') }).toEqual({ button, error: prompt });
      expect(comp.querySelector('.eiam-bind-form__check--bad')).toBeDefined();
    }
    // The phone button has no open-type yet: WeChat would not even ask for the number.
    expect(attrOf(comp, '.eiam-bind-form__phone', 'openType')).toBe('');
    // Were the phone button to answer anyway, nothing is sent.
    comp.querySelector('.eiam-bind-form__phone')!.dispatchEvent('getphonenumber', {
      detail: { code: w.mock.issuePhoneCode(MOBILE) },
    });
    await turn(20);
    expect(comp.querySelector('.eiam-bind-form__captcha')).toBeUndefined();
    expect(w.mock.requests.length).toBe(before);
    expect(wxRequests()).toBe(requests);
    expect(successes).toEqual([]);
    // Ticking clears the prompt and the mark, and opens the way.
    await tap(comp, '.eiam-bind-form__agree');
    expect(textOf(comp, '.eiam-bind-form__error')).toBe('');
    expect(comp.querySelector('.eiam-bind-form__check--bad')).toBeUndefined();
    expect(attrOf(comp, '.eiam-bind-form__phone', 'openType')).toBe('getPhoneNumber');
    await tap(comp, '.eiam-bind-form__send');
    await settle(() => w.mock.lastCode(MOBILE) !== undefined, 'the SMS');
    expect(wxRequests()).toBeGreaterThan(requests);
  });

  it('says in the success event when the user ticked the agreement', async () => {
    const w = await world(NO_CAPTCHA);
    const { comp, successes } = await formAtBindStep(w, {}, w.eiam, { agree: false });
    await tap(comp, '.eiam-bind-form__agree');
    await tap(comp, '.eiam-bind-form__agree');
    expect(comp.data.agreed).toBe(false);
    const from = Date.now();
    await tap(comp, '.eiam-bind-form__agree');
    const to = Date.now();
    type(comp, '.eiam-bind-form__value', MOBILE);
    await tap(comp, '.eiam-bind-form__send');
    await settle(() => w.mock.lastCode(MOBILE) !== undefined, 'the SMS');
    type(comp, '.eiam-bind-form__code', w.mock.lastCode(MOBILE)!);
    await tap(comp, '.eiam-bind-form__submit');
    await settle(() => successes.length > 0, 'success');
    expect(successes[0]!.consentAt).toBeGreaterThanOrEqual(from);
    expect(successes[0]!.consentAt).toBeLessThanOrEqual(to);
  });

  it("emits agreement with the document, and links to the app's page for it when given one", async () => {
    const w = await world(NO_CAPTCHA);
    const { comp } = await formAtBindStep(
      w,
      { termsUrl: '/pages/legal/terms', termsTitle: '《服务条款》' },
      w.eiam,
      { agree: false },
    );
    const docs: unknown[] = [];
    comp.addEventListener('agreement', (e) => docs.push(e.detail));
    const [terms, privacy] = comp.querySelectorAll('.eiam-bind-form__link');
    expect([terms!.dom.textContent, privacy!.dom.textContent]).toEqual(['《服务条款》', '《隐私政策》']);
    terms!.dispatchEvent('tap');
    privacy!.dispatchEvent('tap');
    await turn();
    expect(docs).toEqual([
      { doc: 'terms', url: '/pages/legal/terms' },
      { doc: 'privacy', url: '' },
    ]);
    // The links are <navigator>s: WeChat opens the page given, with no JS of the form in between.
    expect(attrOf(comp, '.eiam-bind-form__link', 'url')).toBe('/pages/legal/terms');
    // Reading a document does not tick the box.
    expect(comp.data.agreed).toBe(false);
  });

  it('leaves the row out when the app has the consent already (consent false)', async () => {
    const w = await world(NO_CAPTCHA);
    const { comp, successes } = await formAtBindStep(w, { consent: false }, w.eiam, { agree: false });
    expect(comp.querySelector('.eiam-bind-form__agree')).toBeUndefined();
    type(comp, '.eiam-bind-form__value', MOBILE);
    await tap(comp, '.eiam-bind-form__send');
    await settle(() => w.mock.lastCode(MOBILE) !== undefined, 'the SMS');
    type(comp, '.eiam-bind-form__code', w.mock.lastCode(MOBILE)!);
    await tap(comp, '.eiam-bind-form__submit');
    await settle(() => successes.length > 0, 'success');
    expect(successes[0]!.consentAt).toBe(0);
  });
});

describe('eiam-bind-form: the WeChat phone-number button', () => {
  it('shows when flows offer VERIFY_WECHAT_PHONE or the app turns it on, not otherwise', async () => {
    const w = await world(NO_CAPTCHA);
    expect(
      (await formAtBindStep(w, { flows: ['VERIFY_PHONE'] })).comp.querySelector('.eiam-bind-form__phone'),
    ).toBeUndefined();
    const offered = await formAtBindStep(w, { flows: ['VERIFY_PHONE', 'VERIFY_WECHAT_PHONE'] });
    expect(textOf(offered.comp, '.eiam-bind-form__phone')).toBe('手机号快捷登录');
    const turnedOn = await formAtBindStep(w, { flows: ['VERIFY_EMAIL'], wechatPhone: true });
    expect(turnedOn.comp.querySelector('.eiam-bind-form__phone')).toBeDefined();
  });

  it.each([
    ['register', '/social/wechat-mobile-register-bind'],
    ['bind', '/social/wechat-mobile-bind'],
  ])('in %s mode sends the button code to %s and emits success with the consent time', async (mode, path) => {
    const w = await world(NO_CAPTCHA);
    if (mode === 'bind') w.mock.addUser({ mobile: MOBILE });
    const { comp, successes, errors } = await formAtBindStep(w, { mode, wechatPhone: true });
    const code = w.mock.issuePhoneCode(MOBILE);
    comp.querySelector('.eiam-bind-form__phone')!.dispatchEvent('getphonenumber', {
      detail: { errMsg: 'getPhoneNumber:ok', code },
    });
    await settle(() => successes.length + errors.length > 0, 'the bind');
    expect(errors).toEqual([]);
    expect(requestsTo(w.mock, path)[0]!.body).toEqual({ wechat_code: code });
    expect(successes[0]!.session.claims.mobile).toBe(MOBILE_KEY);
    expect(successes[0]!.consentAt).toBeGreaterThan(0);
  });

  it.each([
    ['the user refused', { errMsg: 'getPhoneNumber:fail user deny' }, '未获取到手机号，可改用短信验证码'],
    [
      'errno 104',
      { errMsg: 'getPhoneNumber:fail privacy permission is not authorized', errno: 104 },
      '需先同意隐私保护指引，可改用短信验证码',
    ],
    [
      'errno 112',
      { errMsg: 'getPhoneNumber:fail api scope is not declared in the privacy agreement', errno: 112 },
      '本小程序未声明使用手机号，可改用短信验证码',
    ],
    [
      'errno 1400001',
      { errMsg: 'getPhoneNumber:fail no quota', errno: 1400001 },
      '微信手机号暂不可用，可改用短信验证码',
    ],
  ])('when %s: says so, sends nothing, and the SMS path stays open', async (_, detail, message) => {
    const w = await world(NO_CAPTCHA);
    const { comp, errors } = await formAtBindStep(w, { wechatPhone: true });
    comp.querySelector('.eiam-bind-form__phone')!.dispatchEvent('getphonenumber', { detail });
    await turn();
    expect(textOf(comp, '.eiam-bind-form__error')).toBe(message);
    expect(errors).toEqual([]);
    expect(w.mock.requests.filter((r) => /wechat-mobile/.test(r.path))).toEqual([]);
    type(comp, '.eiam-bind-form__value', MOBILE);
    await tap(comp, '.eiam-bind-form__send');
    await settle(() => w.mock.lastCode(MOBILE) !== undefined, 'the SMS');
  });

  it('speaks English for the same answers in the English UI', async () => {
    const w = await world(NO_CAPTCHA);
    const { comp } = await formAtBindStep(w, { wechatPhone: true }, w.restart({ language: 'en' }));
    expect(textOf(comp, '.eiam-bind-form__phone')).toBe('Use my WeChat number');
    const messages: string[] = [];
    for (const detail of [
      { errMsg: 'getPhoneNumber:fail user deny' },
      { errno: 104 },
      { errno: 112 },
      { errno: 1400001 },
    ]) {
      comp.querySelector('.eiam-bind-form__phone')!.dispatchEvent('getphonenumber', { detail });
      await turn();
      messages.push(textOf(comp, '.eiam-bind-form__error'));
    }
    expect(messages).toEqual([
      'No number was shared. You can use an SMS code.',
      'Agree to the privacy guide first. You can use an SMS code.',
      'This app has not declared phone numbers. You can use an SMS code.',
      'WeChat numbers are unavailable now. You can use an SMS code.',
    ]);
  });

  it("shows the IDaaS's refusal of the button's code in the UI's language and emits error", async () => {
    const w = await world(NO_CAPTCHA);
    const { comp, errors, successes } = await formAtBindStep(w, { wechatPhone: true });
    comp.querySelector('.eiam-bind-form__phone')!.dispatchEvent('getphonenumber', {
      detail: { code: 'a-code-the-idaas-never-issued' },
    });
    await settle(() => errors.length > 0, 'the error');
    expect(errors[0]!.error.code).toBe('API_ERROR');
    expect(textOf(comp, '.eiam-bind-form__error')).toBe('wechat_code参数错误'); // the mock's zh text (X-L zh)
    expect(successes).toEqual([]);
  });
});
