'use strict';

// The example backend against the mock IDaaS, driven by the SDK as a mini program would use it. Only the package's
// public entries are used: `eiam-miniprogram-sdk` and `eiam-miniprogram-sdk/testing`.
const { afterEach, beforeEach, describe, expect, it } = require('@jest/globals');
const { EiamClient } = require('eiam-miniprogram-sdk');
const { createWxFake, startMockIdaas } = require('eiam-miniprogram-sdk/testing');
const { createAppBackend } = require('./server');

const OPENID = 'o-backend-user';
let mock;
let backend;
let eiam;
let api;

async function listen(server) {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${server.address().port}`;
}

/** A raw GET /api/me with this Authorization header, bypassing the SDK. */
async function getMe(authorization) {
  const res = await fetch(`http://${api}/api/me`, { headers: authorization ? { authorization } : {} });
  return { status: res.status, body: await res.json(), challenge: res.headers.get('www-authenticate') };
}

beforeEach(async () => {
  mock = await startMockIdaas();
  mock.addUser({ mobile: '13800138000', name: '张三', openid: OPENID });
  // The backend reads exp on the mock's clock, so that mock.advanceTime() ages the tokens for it too.
  backend = createAppBackend({ tenant: mock.url, clientId: mock.clientId, now: () => new Date(mock.now()) });
  api = await listen(backend);
  globalThis.wx = createWxFake({ openid: OPENID }).wx;
  eiam = new EiamClient({
    domain: mock.url,
    clientId: mock.clientId,
    allowInsecureLoopback: true,
    allowedHosts: [api],
  });
  await eiam.loginWithWeChat();
});

afterEach(async () => {
  backend.closeAllConnections();
  await new Promise((resolve) => backend.close(resolve));
  await mock.close();
});

describe('the example app backend', () => {
  it('accepts the id_token the SDK sends', async () => {
    const res = await eiam.request({ url: `http://${api}/api/me` });
    const user = mock.users[0];
    expect(res.statusCode).toBe(200);
    expect(res.data).toEqual({ sub: user.id, name: '张三' });
  });

  it('refuses a tampered token: one changed claim, or a changed signature', async () => {
    const token = await eiam.getIdToken();
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'u999999' })).toString('base64url');
    const flipped = (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1);
    expect((await getMe(`Bearer ${token}`)).status).toBe(200);
    for (const bad of [`${header}.${forged}.${signature}`, `${header}.${payload}.${flipped}`]) {
      const res = await getMe(`Bearer ${bad}`);
      expect(res).toEqual({
        status: 401,
        body: { error: 'invalid_token' },
        challenge: 'Bearer error="invalid_token"',
      });
    }
  });

  it('refuses a missing token, an expired one, and one for another client', async () => {
    const token = await eiam.getIdToken();
    expect((await getMe()).status).toBe(401);
    expect((await getMe(token)).status).toBe(401); // no Bearer scheme
    mock.setOptions({ clientId: 'another-client' });
    const otherWx = createWxFake({ openid: OPENID });
    globalThis.wx = otherWx.wx;
    const other = new EiamClient({
      domain: mock.url,
      clientId: 'another-client',
      allowInsecureLoopback: true,
    });
    const result = await other.loginWithWeChat();
    expect(result.status).toBe('SUCCESS');
    expect((await getMe(`Bearer ${result.session.idToken}`)).status).toBe(401); // aud is another client
    mock.advanceTime(331_000); // 300 s lifetime + 30 s tolerance
    expect((await getMe(`Bearer ${token}`)).status).toBe(401);
  });

  it('with the SDK: a token the backend finds expired gets a 401, one refresh and one repeat', async () => {
    mock.advanceTime(331_000); // the SDK has not seen the server's clock move: it still thinks the token fresh
    const res = await eiam.request({ url: `http://${api}/api/me` });
    expect(res.statusCode).toBe(200);
    expect(mock.requestsTo('/sso/session-token/id-token')).toHaveLength(1);
  });
});
