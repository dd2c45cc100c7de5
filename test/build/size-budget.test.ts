import * as path from 'path';
import { GOAL_BYTES, RATCHET_BYTES, measureFile, minifiedGzipBytes } from '../../scripts/bench/size';

// A size check, not a timing: the shipped bundle, minified by esbuild and gzipped (level 9), as `npm run bench`
// measures it (the same module, scripts/bench/size.js).
//
// Issue 13's goal is 10 KiB with the whole API family and the reliability catalogue (issue 5's 6 KiB budget is
// retired). Until the bundle is there (BENCHMARKS.md has the figure and what takes the bytes) this holds it to a
// ratchet, to be lowered as the bundle shrinks and replaced by the goal once it is met.
describe('the size goal', () => {
  it('keeps miniprogram_dist/index.js within the ratchet on the way to the 10 KiB goal', () => {
    expect(GOAL_BYTES).toBe(10240);
    expect(RATCHET_BYTES).toBeGreaterThanOrEqual(GOAL_BYTES);
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
