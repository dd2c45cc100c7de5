'use strict';

// Run in a fresh Node process by cold-start.js: times `require` of the bundle and `new EiamClient()`, and counts what
// both did to `wx` (calls through the wx fake's log, and every property read on `wx` through a Proxy).

const path = require('path');
const { createWxFake } = require('../../testing');

const fake = createWxFake();
let reads = 0;
globalThis.wx = new Proxy(fake.wx, {
  get(target, key, receiver) {
    reads++;
    return Reflect.get(target, key, receiver);
  },
});
const bundle = path.resolve(__dirname, '../../miniprogram_dist/index.js');

const t0 = process.hrtime.bigint();
const sdk = require(bundle);
const t1 = process.hrtime.bigint();
const client = new sdk.EiamClient({ domain: 'https://tenant.example.com', clientId: 'bench-client' });
const t2 = process.hrtime.bigint();

process.stdout.write(
  JSON.stringify({
    requireMs: Number(t1 - t0) / 1e6,
    constructMs: Number(t2 - t1) / 1e6,
    wxCalls: fake.calls.length,
    wxReads: reads,
    ok: typeof client.loginWithWeChat === 'function',
  }),
);
