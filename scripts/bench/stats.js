'use strict';

// Small statistics and a seeded random generator for the bench: deterministic apart from the clock.

/** The q-quantile (0..1) of numbers, nearest rank on a sorted copy. */
function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

function median(values) {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function max(values) {
  let m = -Infinity;
  for (const v of values) if (v > m) m = v;
  return m;
}

/** mulberry32: a fixed-seed PRNG, so every run builds the same inputs. Returns floats in [0, 1). */
function seeded(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Milliseconds since an arbitrary origin, from the monotonic clock. */
function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

module.exports = { quantile, median, max, seeded, nowMs };
