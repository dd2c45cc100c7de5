import { EMAIL, MASKED_MOBILE_KEY, MOBILE, MOBILE_KEY, OPENID } from '../support/fixtures';
import { closeWorlds, rejection, requestsTo, world } from '../support/harness';

afterEach(closeWorlds);

async function atMfaStep(options: Parameters<typeof world>[0] = {}) {
  const w = await world(options);
  const user = w.mock.addUser({ mobile: MOBILE, email: EMAIL, openid: OPENID, mfa: true });
  expect(await w.eiam.loginWithWeChat()).toEqual({ status: 'MFA_AUTH' });
  return { ...w, user };
}

describe('MFA', () => {
  it('reads the mobile, sends an MFA code and signs in with it', async () => {
    const { mock, eiam, user } = await atMfaStep();
    const mobile = await eiam.getMfaMobile();
    expect(mobile).toBe(MOBILE_KEY);
    expect(requestsTo(mock, '/mobile-by-token')[0]!.headers['x-state-token']).toBeTruthy();
    await eiam.sendSmsCode({ mobile, type: 'MFA_AUTH_SMS' });
    const session = await eiam.verifyMfaSms({ mobile, verifyCode: mock.lastCode(MOBILE)! });
    expect(session.claims.sub).toBe(user.id);
    expect(await eiam.getSession()).toBe(session);
  });

  it('signs in through a tenant that answers the masked mobile, sending it back as given', async () => {
    const { mock, eiam, user } = await atMfaStep({ mock: { maskMfaMobile: true } });
    const mobile = await eiam.getMfaMobile();
    expect(mobile).toBe(MASKED_MOBILE_KEY);
    await eiam.sendSmsCode({ mobile, type: 'MFA_AUTH_SMS' });
    expect(requestsTo(mock, '/sms/send').map((r) => r.body)).toEqual([
      { mobile: MASKED_MOBILE_KEY, type: 'MFA_AUTH_SMS' },
    ]);
    const session = await eiam.verifyMfaSms({ mobile, verifyCode: mock.lastCode(MOBILE)! });
    expect(requestsTo(mock, '/mfa/sms')[0]!.body).toEqual({
      mobile: MASKED_MOBILE_KEY,
      verify_code: expect.any(String),
    });
    expect(session.claims.sub).toBe(user.id);
    expect(await eiam.getSession()).toBe(session);
  });

  it('signs in with an email MFA code', async () => {
    const { mock, eiam, user } = await atMfaStep();
    await eiam.sendEmailCode({ email: EMAIL, type: 'MFA_AUTH_EMS' });
    const session = await eiam.verifyMfaEmail({ email: EMAIL, verifyCode: mock.lastCode(EMAIL)! });
    expect(session.claims.sub).toBe(user.id);
  });

  it('keeps the state token after a wrong code so the user can try again', async () => {
    const { mock, eiam } = await atMfaStep();
    const mobile = await eiam.getMfaMobile();
    const error = await rejection(eiam.verifyMfaSms({ mobile, verifyCode: '000000' }));
    expect(error.code).toBe('API_ERROR');
    expect(eiam.hasStateToken()).toBe(true);
    await eiam.sendSmsCode({ mobile, type: 'MFA_AUTH_SMS' });
    await expect(eiam.verifyMfaSms({ mobile, verifyCode: mock.lastCode(MOBILE)! })).resolves.toBeTruthy();
  });

  it('needs the state token of an MFA login', async () => {
    const { eiam } = await world();
    expect((await rejection(eiam.getMfaMobile())).code).toBe('NO_STATE_TOKEN');
    expect((await rejection(eiam.verifyMfaSms({ mobile: MOBILE, verifyCode: '123456' }))).code).toBe(
      'NO_STATE_TOKEN',
    );
  });
});
