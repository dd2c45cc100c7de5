'use strict';

// Run by clients.js in a fresh `node --expose-gc` process: the cost of constructing clients of one session, per
// client and for N clients (time, retained heap, app show/hide subscriptions, live timers, wx calls), with a session
// held (signed in through an in-process transport over the wx fake's storage, wx.login and app events).

const path = require('path');
const { createWxFake } = require('../../testing');

const N = Number(process.argv[2] || 10000);
const BUNDLE = path.resolve(__dirname, '../../miniprogram_dist/index.js');

// Live timers: every setTimeout not yet run or cleared.
const live = new Set();
const realSet = global.setTimeout;
const realClear = global.clearTimeout;
global.setTimeout = (fn, ms, ...args) => {
  const t = realSet(
    (...a) => {
      live.delete(t);
      fn(...a);
    },
    ms,
    ...args,
  );
  live.add(t);
  return t;
};
global.clearTimeout = (t) => {
  live.delete(t);
  realClear(t);
};

function b64url(text) {
  return Buffer.from(text, 'utf8').toString('base64url');
}

const now = Math.floor(Date.now() / 1000);
const idToken = [
  b64url(JSON.stringify({ alg: 'RS256', kid: 'bench-key', typ: 'JWT' })),
  b64url(
    JSON.stringify({
      iss: 'https://tenant.example.com/api/v1/oauth2',
      aud: 'bench-client',
      sub: 'u000001',
      iat: now,
      nbf: now,
      exp: now + 86400,
    }),
  ),
  's'.repeat(342),
].join('.');
const answer = JSON.stringify({
  status: 'SUCCESS',
  session_token: 'st' + 'z'.repeat(40),
  expire: 432000,
  id_token: idToken,
});
const transport = {
  request: () =>
    Promise.resolve({ statusCode: 200, data: answer, header: { 'Content-Type': 'application/json' } }),
};

const gc = () => {
  for (let i = 0; i < 4; i++) global.gc();
};
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};
const ns = () => process.hrtime.bigint();
const msSince = (t0) => Number(ns() - t0) / 1e6;

async function main() {
  const fake = createWxFake();
  globalThis.wx = fake.wx;
  const sdk = require(BUNDLE);
  const options = { domain: 'https://tenant.example.com', clientId: 'bench-client', transport };

  const t0 = ns();
  const first = new sdk.EiamClient(options);
  const firstMs = msSince(t0);
  const login = await first.loginWithWeChat();
  if (login.status !== 'SUCCESS') throw new Error('bench: no session');
  await new Promise((resolve) => realSet(resolve, 20));
  const calls = fake.calls.length;
  const timersBefore = live.size;

  // Warm the constructor up, then drop what it made.
  for (let i = 0; i < 1000; i++) new sdk.EiamClient(options);
  const base = heap();

  // Constructed and dropped.
  const t1 = ns();
  for (let i = 0; i < N; i++) new sdk.EiamClient(options);
  const droppedMs = msSince(t1);
  const droppedRetained = heap() - base;

  // Constructed and held (a page stack that never lets go).
  const held = [];
  const t2 = ns();
  for (let i = 0; i < N; i++) held.push(new sdk.EiamClient(options));
  const heldMs = msSince(t2);
  const heldBytes = heap() - base;
  held.length = 0;
  const afterRelease = heap() - base;

  // Each subscribes a listener and disposes it, as a page does in onLoad / onUnload.
  const t3 = ns();
  for (let i = 0; i < N; i++) {
    const page = new sdk.EiamClient(options);
    page.onSessionChange(() => undefined);
    page.dispose();
  }
  const disposedMs = msSince(t3);
  const disposedRetained = heap() - base;

  // Every client still sees the one session, and an app show makes nothing new.
  const last = new sdk.EiamClient(options);
  const same = (await last.getSession()) === login.session;
  fake.appShow();

  process.stdout.write(
    JSON.stringify({
      n: N,
      firstMs,
      droppedMs,
      perClientUs: (droppedMs * 1000) / N,
      droppedRetained,
      heldMs,
      heldBytes,
      perHeldClientBytes: heldBytes / N,
      afterRelease,
      disposedMs,
      disposedRetained,
      subscriptions: fake.appListeners(),
      timers: live.size - timersBefore,
      wxCalls: fake.calls.length - calls,
      same,
    }),
  );
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack));
  process.exitCode = 1;
});
