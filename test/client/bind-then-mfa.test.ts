import type { EiamClient, SessionChangeReason } from '../../src';
import type { MockUser } from 'eiam-miniprogram-sdk/testing';
import { EMAIL, MOBILE, MOBILE_KEY, OPENID, OTHER_MOBILE, PASSWORD, USER_NAME } from '../support/fixtures';
import { closeWorlds, rejection, requestsTo, world, type World } from '../support/harness';

afterEach(closeWorlds);

const SESSION_KEY = 'eiam.v1.session';

/** The JWT payload of a state token as the mock sent it (read off the request that carried it). */
function tokenPurpose(token: unknown): unknown {
  return JSON.parse(Buffer.from(String(token).split('.')[1]!, 'base64url').toString('utf8')).purpose;
}

/** The paths the mock received, without the `/api/v2/sdk/` prefix. */
function paths(w: World): string[] {
  return w.mock.requests.map((r) => r.path.replace('/api/v2/sdk/', ''));
}

/** Session change reasons heard by a listener added now. */
function listen(eiam: EiamClient): SessionChangeReason[] {
  const reasons: SessionChangeReason[] = [];
  eiam.onSessionChange((_session, info) => reasons.push(info.reason));
  return reasons;
}

/** A new WeChat user at the bind step; the user it will bind to (MOBILE, EMAIL) has MFA on. */
async function atBindStepOfMfaUser(): Promise<World & { user: MockUser }> {
  const w = await world();
  const user = w.mock.addUser({
    mobile: MOBILE,
    email: EMAIL,
    userName: USER_NAME,
    password: PASSWORD,
    mfa: true,
  });
  expect((await w.eiam.loginWithWeChat()).status).toBe('SOCIAL_BIND');
  return { ...w, user };
}

/** Finishes the MFA step by SMS as an integrator would: read the mobile, send the code, verify it. */
async function mfaBySms(w: World) {
  const mobile = await w.eiam.getMfaMobile();
  expect(mobile).toBe(MOBILE_KEY);
  await w.eiam.sendSmsCode({ mobile, type: 'MFA_AUTH_SMS' });
  return w.eiam.verifyMfaSms({ mobile, verifyCode: w.mock.lastCode(MOBILE)! });
}

describe('a bind that lands on a user with MFA on', () => {
  it.each([
    ['registerBind', 'REGISTER_SMS', 'social/register-bind'],
    ['bind', 'BIND_MOBILE_SMS', 'social/bind'],
  ] as const)(
    '%s rejects MFA_REQUIRED, stores nothing, keeps a state token; the MFA step by SMS then signs in',
    async (method, type, path) => {
      const w = await atBindStepOfMfaUser();
      const { mock, fake, eiam, user } = w;
      const reasons = listen(eiam);
      await eiam.sendSmsCode({ mobile: MOBILE, type });
      const error = await rejection(eiam[method]({ mobile: MOBILE, verifyCode: mock.lastCode(MOBILE)! }));

      expect(error.code).toBe('MFA_REQUIRED');
      expect(error.status).toBe(200);
      expect(eiam.hasStateToken()).toBe(true);
      expect(await eiam.getSession()).toBeNull();
      expect(fake.storage.raw(SESSION_KEY)).toBeUndefined();
      expect(reasons).toEqual([]);
      // The bind took effect on the server.
      expect(user.openids).toEqual([OPENID]);

      const session = await mfaBySms(w);
      expect(session.claims.sub).toBe(user.id);
      expect(await eiam.getSession()).toBe(session);
      expect(fake.storage.raw(SESSION_KEY)).toBeDefined();
      expect(reasons).toEqual(['SIGNED_IN']);
      expect(eiam.hasStateToken()).toBe(false);

      expect(paths(w)).toEqual([
        'login/wechat-miniprogram',
        'sms/send',
        path,
        'mobile-by-token',
        'sms/send',
        'mfa/sms',
      ]);
      // The MFA calls carry the new state token the bind answered with, not the bind's.
      const bindToken = requestsTo(mock, `/${path}`)[0]!.headers['x-state-token'];
      const mfaTokens = [...requestsTo(mock, '/mobile-by-token'), ...requestsTo(mock, '/mfa/sms')].map(
        (r) => r.headers['x-state-token'],
      );
      expect(tokenPurpose(bindToken)).toBe('bind');
      expect(new Set(mfaTokens).size).toBe(1);
      expect(mfaTokens[0]).not.toBe(bindToken);
      expect(tokenPurpose(mfaTokens[0])).toBe('mfa');
    },
  );

  it.each([
    [
      'registerBindWithWeChatPhone',
      'social/wechat-mobile-register-bind',
      (w: World) => w.eiam.registerBindWithWeChatPhone({ wechatCode: w.mock.issuePhoneCode(MOBILE) }),
    ],
    [
      'bindWithWeChatPhone',
      'social/wechat-mobile-bind',
      (w: World) => w.eiam.bindWithWeChatPhone({ wechatCode: w.mock.issuePhoneCode(MOBILE) }),
    ],
    [
      'bindWithPassword',
      'social/username-password-bind',
      (w: World) => w.eiam.bindWithPassword({ userName: USER_NAME, password: PASSWORD }),
    ],
  ])('%s rejects MFA_REQUIRED; the MFA step by email then signs in', async (_name, path, call) => {
    const w = await atBindStepOfMfaUser();
    const reasons = listen(w.eiam);
    expect((await rejection(call(w))).code).toBe('MFA_REQUIRED');
    expect(w.eiam.hasStateToken()).toBe(true);
    expect(w.fake.storage.raw(SESSION_KEY)).toBeUndefined();
    expect(reasons).toEqual([]);

    await w.eiam.sendEmailCode({ email: EMAIL, type: 'MFA_AUTH_EMS' });
    const session = await w.eiam.verifyMfaEmail({ email: EMAIL, verifyCode: w.mock.lastCode(EMAIL)! });
    expect(session.claims.sub).toBe(w.user.id);
    expect(reasons).toEqual(['SIGNED_IN']);
    expect(paths(w)).toEqual(['login/wechat-miniprogram', path, 'email/send', 'mfa/email']);
  });

  it('sends the next wx.login of that openid through MFA', async () => {
    const w = await atBindStepOfMfaUser();
    expect(
      (await rejection(w.eiam.bindWithWeChatPhone({ wechatCode: w.mock.issuePhoneCode(MOBILE) }))).code,
    ).toBe('MFA_REQUIRED');
    expect(await w.restart().loginWithWeChat()).toEqual({ status: 'MFA_AUTH' });
    expect(paths(w)).toEqual([
      'login/wechat-miniprogram',
      'social/wechat-mobile-bind',
      'login/wechat-miniprogram',
    ]);
  });

  it('keeps an earlier stored session byte for byte, until the MFA step signs the new user in', async () => {
    const w = await world();
    const { mock, fake, eiam } = w;
    const earlier = mock.addUser({ mobile: OTHER_MOBILE, openid: OPENID });
    const user = mock.addUser({ mobile: MOBILE, mfa: true });
    const first = await eiam.loginWithWeChat();
    if (first.status !== 'SUCCESS') throw new Error(`expected SUCCESS, got ${first.status}`);
    const before = JSON.stringify(fake.storage.raw(SESSION_KEY));
    expect(before).toContain(first.session.sessionToken);
    const reasons = listen(eiam);

    // A second WeChat account on the same device binds to a user with MFA on.
    fake.setOpenid('o-second');
    expect((await eiam.loginWithWeChat()).status).toBe('SOCIAL_BIND');
    await eiam.sendSmsCode({ mobile: MOBILE, type: 'REGISTER_SMS' });
    const error = await rejection(eiam.registerBind({ mobile: MOBILE, verifyCode: mock.lastCode(MOBILE)! }));
    expect(error.code).toBe('MFA_REQUIRED');
    expect(JSON.stringify(fake.storage.raw(SESSION_KEY))).toBe(before);
    expect(await eiam.getSession()).toBe(first.session);
    expect(await w.restart().getSession()).toMatchObject({ sessionToken: first.session.sessionToken });
    expect(reasons).toEqual([]);
    expect(first.session.claims.sub).toBe(earlier.id);

    const session = await mfaBySms(w);
    expect(session.claims.sub).toBe(user.id);
    expect(JSON.stringify(fake.storage.raw(SESSION_KEY))).not.toBe(before);
    expect(reasons).toEqual(['SIGNED_IN']);
    expect(paths(w)).toEqual([
      'login/wechat-miniprogram',
      'login/wechat-miniprogram',
      'sms/send',
      'social/register-bind',
      'mobile-by-token',
      'sms/send',
      'mfa/sms',
    ]);
  });

  it("signs a user without MFA straight in from the same bind (the MFA answer is the user's, not the route's)", async () => {
    const w = await world();
    const user = w.mock.addUser({ mobile: MOBILE });
    await w.eiam.loginWithWeChat();
    const session = await w.eiam.bindWithWeChatPhone({ wechatCode: w.mock.issuePhoneCode(MOBILE) });
    expect(session.claims.sub).toBe(user.id);
    expect(w.eiam.hasStateToken()).toBe(false);
    expect(paths(w)).toEqual(['login/wechat-miniprogram', 'social/wechat-mobile-bind']);
  });
});
