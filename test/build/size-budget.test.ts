import * as path from 'path';
import { BUDGET_BYTES, RATCHET_BYTES, measureFile, minifiedGzipBytes } from '../../scripts/bench/size';

// A size check, not a timing: the shipped bundle, minified by esbuild and gzipped (level 9), as `npm run bench`
// measures it (the same module, scripts/bench/size.js).
//
// Issue 5's budget is 6 KiB. The bundle is not there yet (BENCHMARKS.md has the figure and what takes the bytes), so
// this holds it to a ratchet: the size when the ratchet was set plus 3 %, to be lowered as the bundle shrinks and
// replaced by the budget once it is met.
describe('the size budget', () => {
  it('keeps miniprogram_dist/index.js within the ratchet on the way to the 6 KiB budget', () => {
    expect(BUDGET_BYTES).toBe(6144);
    expect(RATCHET_BYTES).toBeGreaterThanOrEqual(BUDGET_BYTES);
    expect(minifiedGzipBytes()).toBeLessThanOrEqual(RATCHET_BYTES);
  });

  it('measures the real bundle: minifying and gzipping make it smaller, not empty', () => {
    const size = measureFile(path.resolve(__dirname, '../../miniprogram_dist/index.js'));
    expect(size.minified).toBe(true);
    expect(size.minBytes).toBeLessThan(size.bytes);
    expect(size.minGzip).toBeLessThan(size.minBytes);
    expect(size.minGzip).toBeLessThan(size.gzip);
    expect(size.minGzip).toBeGreaterThan(1024);
  });
});
