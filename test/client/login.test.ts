import { isEiamError } from '../../src';
import { EMAIL, MOBILE, NAME_ZH, OPENID } from '../support/fixtures';
import { closeWorlds, rejection, requestsTo, world } from '../support/harness';

afterEach(closeWorlds);

describe('loginWithWeChat', () => {
  it('signs a bound user straight in and stores the session', async () => {
    const { mock, fake, eiam } = await world();
    const user = mock.addUser({ mobile: MOBILE, email: EMAIL, name: NAME_ZH, openid: OPENID });
    const result = await eiam.loginWithWeChat();
    expect(result.status).toBe('SUCCESS');
    if (result.status !== 'SUCCESS') return;
    expect(result.session.claims.sub).toBe(user.id);
    expect(result.session.claims.name).toBe(NAME_ZH);
    expect(requestsTo(mock, '/login/wechat-miniprogram')).toHaveLength(1);
    expect(requestsTo(mock, '/login/wechat-miniprogram')[0]!.body).toEqual({ code: fake.loginCodes[0] });
    expect(await eiam.getSession()).toBe(result.session);
    expect(fake.storage.raw('eiam.v1.session')).toBeDefined();
  });

  it('asks for a bind with the flows the tenant offers, and holds the state token in memory only', async () => {
    const { mock, fake, eiam } = await world({ mock: { flows: ['VERIFY_PHONE'] } });
    const result = await eiam.loginWithWeChat();
    expect(result).toEqual({ status: 'SOCIAL_BIND', flows: ['VERIFY_PHONE'] });
    expect(eiam.hasStateToken()).toBe(true);
    expect(await eiam.getSession()).toBeNull();
    const stored = fake.storage.keys().map((k) => JSON.stringify(fake.storage.raw(k)));
    expect(stored.join('')).not.toMatch(/wxcode|eyJ/);
    expect(requestsTo(mock, '/login/wechat-miniprogram')).toHaveLength(1);
  });

  it('reports USER_REGISTER, and empty flows when data is null', async () => {
    const { eiam } = await world({ mock: { unboundStatus: 'USER_REGISTER', flows: null } });
    expect(await eiam.loginWithWeChat()).toEqual({ status: 'USER_REGISTER', flows: [] });
  });

  it('trims a status sent with a leading space', async () => {
    const { eiam } = await world({ mock: { statusLeadingSpace: true } });
    expect(await eiam.loginWithWeChat()).toEqual({
      status: 'SOCIAL_BIND',
      flows: ['VERIFY_PHONE', 'VERIFY_EMAIL'],
    });
  });

  it('reports MFA_AUTH for a user with a second factor', async () => {
    const { mock, eiam } = await world();
    mock.addUser({ mobile: MOBILE, openid: OPENID, mfa: true });
    expect(await eiam.loginWithWeChat()).toEqual({ status: 'MFA_AUTH' });
    expect(eiam.hasStateToken()).toBe(true);
  });

  it('rejects ACCESS_DENIED for a disabled user and holds no state token', async () => {
    const { mock, eiam } = await world();
    mock.addUser({ mobile: MOBILE, openid: OPENID, disabled: true });
    const error = await rejection(eiam.loginWithWeChat());
    expect(isEiamError(error) && error.code).toBe('ACCESS_DENIED');
    expect(eiam.hasStateToken()).toBe(false);
  });

  it('shares one wx.login and one request between concurrent calls', async () => {
    const { mock, fake, eiam } = await world();
    const results = await Promise.all(Array.from({ length: 20 }, () => eiam.loginWithWeChat()));
    expect(new Set(results).size).toBe(1);
    expect(fake.calls.filter((c) => c.api === 'login')).toHaveLength(1);
    expect(requestsTo(mock, '/login/wechat-miniprogram')).toHaveLength(1);
    await eiam.loginWithWeChat();
    expect(requestsTo(mock, '/login/wechat-miniprogram')).toHaveLength(2);
  });

  it('rejects WX_LOGIN_FAILED when wx.login fails, and sends nothing', async () => {
    const { mock, fake, eiam } = await world();
    fake.faults.login = 'fail';
    expect((await rejection(eiam.loginWithWeChat())).code).toBe('WX_LOGIN_FAILED');
    expect(mock.requests).toHaveLength(0);
  });

  it('rejects WX_LOGIN_FAILED when wx.login never calls back, within the timeout', async () => {
    const { fake, restart } = await world();
    fake.faults.login = 'hang';
    const eiam = restart({ timeoutMs: 200 });
    const error = await rejection(eiam.loginWithWeChat());
    expect(error.code).toBe('WX_LOGIN_FAILED');
    expect(error.detail).toBe('timeout');
  });

  it('never sends a wx code twice: a used code is the server’s error, not a retry', async () => {
    const { mock, eiam } = await world();
    mock.fault({ path: '/login/wechat-miniprogram', kind: 'html', status: 502 });
    expect((await rejection(eiam.loginWithWeChat())).code).toBe('SERVER_ERROR');
    await eiam.loginWithWeChat();
    const codes = requestsTo(mock, '/login/wechat-miniprogram').map((r) => (r.body as { code: string }).code);
    expect(codes).toHaveLength(2);
    expect(new Set(codes).size).toBe(2);
  });
});
