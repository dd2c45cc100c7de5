import fc from 'fast-check';
import {
  EiamClient,
  isEiamError,
  type TransportFailureKind,
  type TransportRequest,
  type TransportResponse,
} from '../../src';
import type { MockFault } from 'eiam-miniprogram-sdk/testing';
import { EMAIL, MOBILE, OPENID } from '../support/fixtures';
import { closeWorlds, rejection, requestsTo, world } from '../support/harness';
import { answer, bodyOf, jwt, runs, settle } from './support';

afterEach(closeWorlds);

const KEY = 'eiam.v1.session';
const BIND = '/social/register-bind';
const LOGIN = '/login/wechat-miniprogram';

/** Signed in as a bound user, then a second WeChat user logs in: a stored session AND a held state token. */
async function signedInAtBindStep(options: Parameters<typeof world>[0] = {}) {
  const w = await world(options);
  w.mock.addUser({ mobile: '13900139000', openid: OPENID });
  const first = await w.eiam.loginWithWeChat();
  if (first.status !== 'SUCCESS') throw new Error('expected SUCCESS');
  w.fake.setOpenid('o-second-openid');
  expect((await w.eiam.loginWithWeChat()).status).toBe('SOCIAL_BIND');
  await w.eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
  const code = w.mock.lastCode(MOBILE)!;
  return { ...w, session: first.session, code, storedBefore: w.fake.storage.raw(KEY) };
}

/** How many wx.request calls carried a body holding `secret`. */
function sentWith(fake: { calls: Array<{ api: string; args: unknown[] }> }, secret: string): number {
  return fake.calls.filter(
    (c) => c.api === 'request' && String((c.args[0] as { data?: unknown }).data || '').indexOf(secret) >= 0,
  ).length;
}

describe('R: retry and one-time secrets', () => {
  it.each([500, 502, 503, 504])(
    'R1 register-bind answered %i: exactly 1 request, SERVER_ERROR with the status, session unchanged',
    async (status) => {
      const { mock, fake, eiam, code, session, storedBefore } = await signedInAtBindStep();
      mock.fault({ path: BIND, kind: 'html', status });
      const error = await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: code }));
      expect(error).toMatchObject({ code: 'SERVER_ERROR', status });
      await settle();
      expect(requestsTo(mock, BIND)).toHaveLength(1);
      expect(sentWith(fake, code)).toBe(1);
      expect(await eiam.getSession()).toBe(session);
      expect(fake.storage.raw(KEY)).toEqual(storedBefore);
    },
  );

  it('R2 register-bind times out after sending: 1 request, TIMEOUT, the verify_code is never sent again', async () => {
    const { mock, fake, eiam, code } = await signedInAtBindStep({ client: { timeoutMs: 300 } });
    mock.fault({ path: BIND, kind: 'handleThenHang' });
    expect((await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: code }))).code).toBe('TIMEOUT');
    // Whatever the app does next, the SDK itself never puts that code on the wire again.
    await eiam.getSession();
    await eiam.refreshIdToken().catch(() => undefined);
    await eiam.loginWithWeChat().catch(() => undefined);
    await settle();
    expect(requestsTo(mock, BIND)).toHaveLength(1);
    expect(sentWith(fake, code)).toBe(1);
    expect(mock.requests.filter((r) => JSON.stringify(r.body).indexOf(code) >= 0)).toHaveLength(1);
  });

  it('R3 request:fail interrupted is an unknown outcome; nothing is resent when the app comes back', async () => {
    const { mock, fake, eiam, code } = await signedInAtBindStep();
    expect(fake.appListeners().show).toBeGreaterThan(0); // the client follows the app's show/hide
    fake.appHide(); // the app goes to the background while the bind is in flight
    fake.faults.request = 'interrupted';
    const error = await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: code }));
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', detail: 'interrupted' });
    expect(requestsTo(mock, BIND)).toHaveLength(1); // it was sent and handled: the outcome is unknown, not "not sent"
    fake.faults.request = null;
    fake.appShow(); // the app comes back to the foreground
    await settle(20);
    await eiam.getSession();
    expect(requestsTo(mock, BIND)).toHaveLength(1);
    expect(sentWith(fake, code)).toBe(1);
  });

  const failures: Array<[string, (w: Awaited<ReturnType<typeof world>>, path: string) => void]> = [
    ['ok', () => undefined],
    ['502 HTML', (w, path) => w.mock.fault({ path, kind: 'html', status: 502 })],
    [
      '400 envelope',
      (w, path) =>
        w.mock.fault({
          path,
          kind: 'status',
          status: 400,
          body: { error_code: 'IDAAS.SDK.SMS.1001', error_msg: 'bad' },
        }),
    ],
    ['429', (w, path) => w.mock.fault({ path, kind: 'rateLimit', retryAfter: 30 })],
    ['reset', (w, path) => w.mock.fault({ path, kind: 'reset' })],
    ['handled then reset', (w, path) => w.mock.fault({ path, kind: 'handleThenReset' })],
    ['hang (timeout)', (w, path) => w.mock.fault({ path, kind: 'hang' })],
    ['offline', (w) => (w.fake.faults.request = 'offline')],
    ['interrupted', (w) => (w.fake.faults.request = 'interrupted')],
  ];

  it.each(failures)(
    'R4 sendSmsCode and sendEmailCode make exactly 1 request whatever happens: %s',
    async (name, inject) => {
      const w = await world({ client: { timeoutMs: 300 } });
      const attempts = name === 'offline' ? 0 : 1; // offline: the one wx.request never leaves the device
      inject(w, '/sms/send');
      await w.eiam
        .sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' })
        .catch((e: unknown) => expect(isEiamError(e)).toBe(true));
      w.fake.faults.request = null;
      inject(w, '/email/send');
      await w.eiam
        .sendEmailCode({ email: EMAIL, type: 'REGISTER_EMS' })
        .catch((e: unknown) => expect(isEiamError(e)).toBe(true));
      w.fake.faults.request = null;
      await settle();
      expect(requestsTo(w.mock, '/sms/send')).toHaveLength(attempts);
      expect(requestsTo(w.mock, '/email/send')).toHaveLength(attempts);
      expect(w.fake.calls.filter((c) => c.api === 'request')).toHaveLength(2);
    },
  );

  it('R4 a second send to the same recipient within the cool-down rejects RATE_LIMITED with the time left and sends nothing', async () => {
    let now = 1_000_000;
    const { mock, eiam } = await world({ client: { clock: { now: () => now } } });
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
    await eiam.sendEmailCode({ email: EMAIL, type: 'REGISTER_EMS' });
    now += 15_000;
    expect(
      await rejection(eiam.sendSmsCode({ mobile: '+86 138-0013-8000', type: 'REGISTER_SMS' })),
    ).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterMs: 45_000,
    });
    expect(await rejection(eiam.sendEmailCode({ email: EMAIL, type: 'REGISTER_EMS' }))).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterMs: 45_000,
    });
    expect(requestsTo(mock, '/sms/send')).toHaveLength(1);
    expect(requestsTo(mock, '/email/send')).toHaveLength(1);
    now += 45_000;
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
    expect(requestsTo(mock, '/sms/send')).toHaveLength(2);
  });

  it('R5 429 with Retry-After: 30 gives RATE_LIMITED with retryAfterMs 30000; nothing retried; session kept', async () => {
    const { mock, fake, eiam, code, session, storedBefore } = await signedInAtBindStep();
    mock.fault({ path: BIND, kind: 'rateLimit', retryAfter: 30 });
    expect(await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: code }))).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterMs: 30000,
      status: 429,
    });
    mock.fault({ path: '/sso/session-token/id-token', kind: 'rateLimit', retryAfter: 30 });
    expect(await rejection(eiam.refreshIdToken())).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterMs: 30000,
    });
    mock.fault({ path: '/sms/send', kind: 'rateLimit', retryAfter: 30 });
    expect(await rejection(eiam.sendSmsCode({ mobile: '13700137000', type: 'REGISTER_SMS' }))).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterMs: 30000,
    });
    await settle();
    expect(requestsTo(mock, BIND)).toHaveLength(1);
    expect(requestsTo(mock, '/sso/session-token/id-token')).toHaveLength(1);
    expect(requestsTo(mock, '/sms/send')).toHaveLength(2);
    expect(await eiam.getSession()).toBe(session);
    expect(fake.storage.raw(KEY)).toEqual(storedBefore);
  });

  it.each<[string, MockFault | 'offline' | 'interrupted']>([
    ['502', { path: LOGIN, kind: 'html', status: 502 }],
    ['reset', { path: LOGIN, kind: 'reset' }],
    ['handled then hang', { path: LOGIN, kind: 'handleThenHang' }],
    [
      '400',
      {
        path: LOGIN,
        kind: 'status',
        status: 400,
        body: { error_code: 'IDAAS.SDK.LOGIN.1002', error_msg: 'code been used' },
      },
    ],
    ['offline', 'offline'],
    ['interrupted', 'interrupted'],
  ])('R6 the login exchange never sends the same wx code twice (%s)', async (_name, fault) => {
    const { mock, fake, restart } = await world();
    const eiam = restart({ timeoutMs: 300 });
    if (typeof fault === 'string') fake.faults.request = fault;
    else mock.fault(fault);
    await eiam.loginWithWeChat().catch((e: unknown) => expect(isEiamError(e)).toBe(true));
    fake.faults.request = null;
    expect((await eiam.loginWithWeChat()).status).toBe('SOCIAL_BIND');
    await settle();
    const sent = fake.calls
      .filter((c) => c.api === 'request' && String((c.args[0] as { url: string }).url).endsWith(LOGIN))
      .map((c) => (JSON.parse(String((c.args[0] as { data: string }).data)) as { code: string }).code);
    expect(sent).toHaveLength(2); // one per call: no retry by itself
    expect(new Set(sent).size).toBe(sent.length);
    expect(fake.loginCodes).toEqual(sent); // each request with a new wx.login code
  });
});

// ---- R7: property test over an in-process transport ----

type Outcome =
  { kind: 'answer'; status: number; body: string } | { kind: 'fail'; failure: TransportFailureKind };

const IDT = jwt({ sub: 'u1', iat: 1, exp: 301 });
const bodies = fc.constantFrom(
  '',
  'null',
  '[]',
  '42',
  '<html>502 Bad Gateway</html>',
  '{"session_token":"s',
  JSON.stringify({ error_code: 'IDAAS.SDK.COMMON.1007', error_msg: 'state_token parameter error' }),
  JSON.stringify({ error_code: 'SDK.LOGIN.1001', error_msg: 'verify code wrong' }),
  JSON.stringify({ status: 'SOCIAL_BIND', state_token: 'st-1', data: null }),
  JSON.stringify({ status: 'MFA_AUTH', state_token: 'st-2' }),
  JSON.stringify({ status: 'SUCCESS', session_token: 'sess-1', expire: 3600, id_token: IDT }),
  JSON.stringify({ session_token: 'sess-2', expire: 3600, id_token: IDT }),
);
const outcome: fc.Arbitrary<Outcome> = fc.oneof(
  fc.record({
    kind: fc.constant('answer' as const),
    status: fc.constantFrom(200, 200, 400, 401, 403, 429, 500, 502, 503, 504),
    body: bodies,
  }),
  fc.record({
    kind: fc.constant('fail' as const),
    failure: fc.constantFrom<TransportFailureKind>('not-sent', 'network', 'timeout', 'interrupted'),
  }),
);
type Step = { call: 'login' | 'bind' | 'sms' | 'mfa'; doubleTap: boolean };
const step: fc.Arbitrary<Step> = fc.record({
  call: fc.constantFrom('login', 'login', 'bind', 'bind', 'sms', 'mfa'),
  doubleTap: fc.boolean(),
});

describe('R: one-time secrets under random failures (property test)', () => {
  it('R7 over thousands of random (status, body, transport failure) sequences, no verify_code or wx code is sent twice', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 10 }),
        fc.array(outcome, { minLength: 1, maxLength: 30 }),
        async (steps, outcomes) => {
          const sent: TransportRequest[] = [];
          let next = 0;
          let codes = 0;
          const transport = {
            request: (req: TransportRequest): Promise<TransportResponse> => {
              const o = outcomes[next++ % outcomes.length]!;
              if (o.kind === 'fail') {
                if (o.failure !== 'not-sent') sent.push(req);
                return Promise.reject({ transportFailure: o.failure, errMsg: `request:fail ${o.failure}` });
              }
              sent.push(req);
              return Promise.resolve(
                answer(o.status, o.body, o.status === 429 ? { 'Retry-After': '1' } : {}),
              );
            },
          };
          const eiam = new EiamClient({
            domain: 'https://tenant.example.com',
            clientId: 'r7',
            transport,
            storage: {
              get: () => Promise.resolve(null),
              set: () => Promise.resolve(),
              remove: () => Promise.resolve(),
            },
            login: { login: () => Promise.resolve(`wxcode-${++codes}`) },
            deviceInfo: {
              read: () => ({
                system: '',
                platform: '',
                brand: '',
                model: '',
                wechatVersion: '',
                sdkVersion: '',
                language: 'en',
              }),
            },
            codeCooldownMs: 0,
          });
          let verify = 100000;
          for (const s of steps) {
            const code = String(++verify);
            const run = (): Promise<unknown> =>
              s.call === 'login'
                ? eiam.loginWithWeChat()
                : s.call === 'bind'
                  ? eiam.registerBind({ mobile: MOBILE, verifyCode: code })
                  : s.call === 'mfa'
                    ? eiam.verifyMfaSms({ mobile: MOBILE, verifyCode: code })
                    : eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
            const calls = s.doubleTap ? [run(), run()] : [run()];
            for (const outcomeOfCall of await Promise.allSettled(calls)) {
              if (outcomeOfCall.status === 'rejected') expect(isEiamError(outcomeOfCall.reason)).toBe(true);
            }
          }
          const seen = new Set<string>();
          for (const req of sent) {
            const body = bodyOf(req);
            for (const secret of [body.code, body.verify_code]) {
              if (typeof secret !== 'string') continue;
              expect(seen.has(secret)).toBe(false);
              seen.add(secret);
            }
          }
        },
      ),
      runs(2000),
    );
  });
});
