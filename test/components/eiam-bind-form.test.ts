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
  const comp = render(load(sdkComponent('eiam-bind-form')), { captcha: false, ...properties });
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
    type(comp, '.eiam-bind-form__value', MOBILE);
    await tap(comp, '.eiam-bind-form__send');
    const captcha = await captchaOf(comp);
    expect(captcha.data.sender).toBe(MOBILE);
    await solve(w, captcha);
    await settle(() => w.mock.lastCode(MOBILE) !== undefined, 'the SMS');
    const [send] = requestsTo(w.mock, '/sms/send');
    expect((send!.body as { captcha_token: string }).captcha_token).toMatch(/^[0-9a-f]{32}$/);
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
    expect(textOf(comp, '.eiam-bind-form__error')).toBe('verify_code parameter error');
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
