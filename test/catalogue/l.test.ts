import { isEiamError, type EiamClient, type Session } from '../../src';
import { EMAIL, MOBILE, OPENID, PASSWORD, USER_NAME } from '../support/fixtures';
import { closeWorlds, world, type World } from '../support/harness';
import { settle } from './support';

afterEach(closeWorlds);

const BIND = '/social/register-bind';

/**
 * Runs the happy paths and every error path with debug logging on, and returns what a leak could show: the log
 * lines, the errors and the sessions, with every secret and personal value the run handled.
 */
async function everyPath() {
  // Short enough for the hang faults to end soon, long enough for a loaded machine to draw the captcha in time.
  const w = await world({ client: { timeoutMs: 1500 } });
  const { mock, fake, eiam } = w;
  const errors: unknown[] = [];
  const sessions: Session[] = [];
  const phoneCodes: string[] = [];
  const captchaTokens: string[] = [];
  const attempt = async (p: Promise<unknown>) => {
    try {
      const value = await p;
      if (value && typeof value === 'object' && 'sessionToken' in value) sessions.push(value as Session);
      if (value && typeof value === 'object' && 'session' in value)
        sessions.push((value as { session: Session }).session);
    } catch (e) {
      expect(isEiamError(e)).toBe(true);
      errors.push(e);
    }
  };
  let openids = 0;
  const atBind = async (client: EiamClient = eiam) => {
    fake.setOpenid(`o-unbound-${++openids}`);
    await attempt(client.loginWithWeChat());
  };

  // Happy: bind by SMS, with a captcha, refresh, sign out.
  await atBind();
  const captcha = await eiam.getCaptcha();
  captchaTokens.push(captcha.token);
  const captchaToken = await eiam.verifyCaptcha({
    token: captcha.token,
    x: mock.captchaAnswer(captcha.token),
    sender: MOBILE,
  });
  // The documented captcha_token is `<token>---<point_json>`: the token is the secret; the slider position after the
  // `---` is the point_json that captcha/verify logs in clear.
  captchaTokens.push(captchaToken.split('---')[0]!);
  expect(captchaToken).toBe(`${captcha.token}---${captchaToken.split('---')[1]}`);
  await attempt(eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS', captchaToken }));
  await attempt(eiam.registerBind({ mobile: MOBILE, verifyCode: mock.lastCode(MOBILE)! }));
  await attempt(eiam.refreshIdToken());
  await attempt(eiam.getIdToken());
  await eiam.logout();
  // Happy: bind by email; by phone button; by password; MFA.
  await atBind();
  await attempt(eiam.sendEmailCode({ email: EMAIL, type: 'REGISTER_EMS' }));
  await attempt(eiam.registerBind({ email: EMAIL, verifyCode: mock.lastCode(EMAIL)! }));
  await atBind();
  const phoneCode = mock.issuePhoneCode('13700137000');
  phoneCodes.push(phoneCode);
  await attempt(eiam.registerBindWithWeChatPhone({ wechatCode: phoneCode }));
  mock.addUser({ mobile: '13600136000', userName: USER_NAME, password: PASSWORD });
  await atBind();
  await attempt(eiam.bindWithPassword({ userName: USER_NAME, password: PASSWORD }));
  mock.addUser({ mobile: '13500135000', openid: 'o-mfa-user', mfa: true });
  fake.setOpenid('o-mfa-user');
  await attempt(eiam.loginWithWeChat());
  const mfaMobile = await eiam.getMfaMobile();
  await attempt(eiam.sendSmsCode({ mobile: mfaMobile, type: 'MFA_AUTH_SMS' }));
  await attempt(eiam.verifyMfaSms({ mobile: mfaMobile, verifyCode: mock.lastCode('13500135000')! }));
  // A user bound to this openid signs straight in.
  mock.addUser({ mobile: '13400134000', openid: OPENID });
  fake.setOpenid(OPENID);
  await attempt(eiam.loginWithWeChat());

  // Error paths of the refresh and the login exchange.
  for (const kind of ['html', 'reset', 'badJson', 'rateLimit'] as const) {
    mock.fault({ path: '/sso/session-token/id-token', kind });
    await attempt(eiam.refreshIdToken());
    mock.fault({ path: '/login/wechat-miniprogram', kind });
    await attempt(eiam.loginWithWeChat());
  }
  mock.fault({
    path: '/sso/session-token/id-token',
    kind: 'status',
    status: 401,
    body: { error_code: 'IDAAS.SDK.COMMON.1010', error_msg: 'session invalid' },
  });
  await attempt(eiam.refreshIdToken());
  await attempt(eiam.loginWithWeChat());

  // Every error path of a bind: each server fault, each transport failure, each refusal.
  const binds: Array<() => void> = [
    () => mock.fault({ path: BIND, kind: 'html', status: 502 }),
    () =>
      mock.fault({
        path: BIND,
        kind: 'status',
        status: 400,
        body: { error_code: 'IDAAS.SDK.LOGIN.1001', error_msg: 'verify code error' },
      }),
    () =>
      mock.fault({
        path: BIND,
        kind: 'status',
        status: 400,
        body: { error_code: 'IDAAS.SDK.COMMON.1007', error_msg: 'state_token parameter error' },
      }),
    () => mock.fault({ path: BIND, kind: 'badJson' }),
    () => mock.fault({ path: BIND, kind: 'oversize', bytes: 70000 }),
    () => mock.fault({ path: BIND, kind: 'rateLimit' }),
    () => mock.fault({ path: BIND, kind: 'reset' }),
    () => mock.fault({ path: BIND, kind: 'handleThenHang' }),
    () =>
      mock.fault({
        path: BIND,
        kind: 'status',
        status: 200,
        body: { status: 'MFA_AUTH', state_token: 'st-from-bind-0001' },
      }),
    () => mock.fault({ path: BIND, kind: 'status', status: 200, body: { status: 'ACCESS_DENIED' } }),
    () => (fake.faults.request = 'offline'),
    () => (fake.faults.request = 'interrupted'),
    () => (fake.faults.setStorage = 'quota'),
  ];
  let n = 0;
  for (const inject of binds) {
    const mobile = `1390013${String(9000 + n++)}`;
    await atBind();
    await attempt(eiam.sendSmsCode({ mobile, type: 'REGISTER_SMS' }));
    inject();
    await attempt(eiam.registerBind({ mobile, verifyCode: mock.lastCode(mobile) || '123456' }));
    fake.faults.request = null;
    fake.faults.setStorage = null;
  }
  // Refusals before any request: the secret values given in the wrong place.
  await attempt(eiam.registerBind({ mobile: EMAIL, verifyCode: MOBILE }));
  await attempt(eiam.sendSmsCode({ mobile: `${MOBILE}0`, type: 'REGISTER_SMS' }));
  await attempt(eiam.sendEmailCode({ email: `${EMAIL}@`, type: 'REGISTER_EMS' }));
  fake.faults.login = 'fail';
  await attempt(eiam.loginWithWeChat());
  fake.faults.login = null;
  await eiam.logout();
  await attempt(eiam.refreshIdToken());
  await settle();

  const stateTokens = mock.requests
    .map((r) => r.headers['x-state-token'])
    .filter((t): t is string => typeof t === 'string');
  const fingerprints = mock.requests.map((r) => r.headers['x-device-fingerprint'] as string);
  const tokens = [
    ...sessions.map((s) => s.sessionToken),
    ...sessions.map((s) => s.idToken.split('.')[1]!), // the header segment is the same for every JWT
    ...sessions.map((s) => s.idToken.split('.')[2]!),
    ...stateTokens,
    ...fake.loginCodes,
    ...fingerprints,
    ...phoneCodes,
    ...captchaTokens,
    PASSWORD,
  ];
  const whole = [
    ...mock.outbox.map((m) => m.code),
    ...mock.outbox.map((m) => m.to),
    ...mock.users
      .map((u) => u.mobile || '')
      .filter(Boolean)
      .map((m) => m.replace('+86-', '')),
    EMAIL,
    MOBILE,
  ];
  expect(sessions.length).toBeGreaterThanOrEqual(5);
  expect(errors.length).toBeGreaterThanOrEqual(binds.length);
  expect(stateTokens.length).toBeGreaterThan(5);
  return { ...w, errors, sessions, tokens, whole };
}

/** The first 8-character piece of a token, or a whole personal value, that `text` shows; undefined when none. */
function leak(text: string, tokens: string[], whole: string[]): string | undefined {
  for (const token of tokens) {
    for (let i = 0; i + 8 <= token.length; i++)
      if (text.indexOf(token.slice(i, i + 8)) >= 0) return token.slice(i, i + 8);
  }
  for (const value of whole) if (value && text.indexOf(value) >= 0) return value;
  return undefined;
}

let run: Awaited<ReturnType<typeof everyPath>> & World;

describe('L: logs and personal data', () => {
  beforeAll(async () => {
    run = await everyPath();
  }, 30000);
  afterAll(closeWorlds);

  it('L1 over the happy path and every error path, with debug on, no log line shows 8 characters of a token, a code, the fingerprint or a verify code, nor a full phone number or email', () => {
    expect(run.logs.length).toBeGreaterThan(40);
    for (const line of run.logs) expect([line, leak(line, run.tokens, run.whole)]).toEqual([line, undefined]);
  });

  it('L2 the same for JSON.stringify(err), err.stack, String(session) and JSON.stringify(session)', () => {
    for (const error of run.errors) {
      const e = error as Error;
      const text = [JSON.stringify(e), e.stack || '', String(e), e.message].join('\n');
      expect([text, leak(text, run.tokens, run.whole)]).toEqual([text, undefined]);
    }
    for (const session of run.sessions) {
      const text = [
        String(session),
        JSON.stringify(session),
        `${session}`,
        Object.keys(session).join(','),
      ].join('\n');
      expect([text, leak(text, run.tokens, run.whole)]).toEqual([text, undefined]);
    }
  });
});

describe('L: the default level', () => {
  it('L3 nothing is logged at the default level on the happy path', async () => {
    const lines: unknown[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const spies = methods.map((m) =>
      jest.spyOn(console, m).mockImplementation((...args) => void lines.push(args)),
    );
    try {
      const { mock, restart } = await world();
      const eiam = restart({ debug: undefined });
      await eiam.loginWithWeChat();
      await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
      await eiam.registerBind({ mobile: MOBILE, verifyCode: mock.lastCode(MOBILE)! });
      await eiam.refreshIdToken();
      await eiam.getSession();
      await eiam.logout();
      await closeWorlds();
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
    expect(lines).toEqual([]);
  });
});
