'use strict';

// Section 6: clients made per page. Each run is a fresh `node --expose-gc` process (clients-child.js); figures are
// medians over the runs.

const path = require('path');
const { execFileSync } = require('child_process');
const { median, max } = require('./stats');

const RUNS = 3;
const N = 10000;
const CHILD = path.join(__dirname, 'clients-child.js');

function clients() {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync(process.execPath, ['--expose-gc', CHILD, String(N)], { encoding: 'utf8' });
    const run = JSON.parse(out);
    if (!run.same) throw new Error('clients: a client did not see the shared session');
    runs.push(run);
  }
  const med = (key) => median(runs.map((r) => r[key]));
  return {
    runs: RUNS,
    n: N,
    firstMs: med('firstMs'),
    droppedMs: med('droppedMs'),
    perClientUs: med('perClientUs'),
    droppedRetained: med('droppedRetained'),
    heldBytes: med('heldBytes'),
    perHeldClientBytes: med('perHeldClientBytes'),
    afterRelease: med('afterRelease'),
    disposedMs: med('disposedMs'),
    disposedRetained: med('disposedRetained'),
    subscriptions: max(runs.map((r) => Math.max(r.subscriptions.show, r.subscriptions.hide))),
    timers: max(runs.map((r) => r.timers)),
    wxCalls: max(runs.map((r) => r.wxCalls)),
  };
}

module.exports = { clients, RUNS, N };
