'use strict';

// Section 4: cold start, each run in a fresh Node process so that nothing is cached.

const path = require('path');
const { execFileSync } = require('child_process');
const { median, max } = require('./stats');

const RUNS = 21;
const CHILD = path.join(__dirname, 'cold-start-child.js');

function coldStart() {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync(process.execPath, [CHILD], { encoding: 'utf8' });
    const run = JSON.parse(out);
    if (!run.ok) throw new Error('cold start: no client');
    runs.push(run);
  }
  return {
    runs: RUNS,
    requireMedianMs: median(runs.map((r) => r.requireMs)),
    constructMedianMs: median(runs.map((r) => r.constructMs)),
    totalMedianMs: median(runs.map((r) => r.requireMs + r.constructMs)),
    totalMaxMs: max(runs.map((r) => r.requireMs + r.constructMs)),
    wxCalls: max(runs.map((r) => r.wxCalls)),
    wxReads: max(runs.map((r) => r.wxReads)),
  };
}

module.exports = { coldStart, RUNS };
