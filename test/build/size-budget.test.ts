import * as path from 'path';
import { BUDGET_BYTES, measureFile, minifiedGzipBytes } from '../../scripts/bench/size';

// A size check, not a timing: the shipped bundle, minified by esbuild and gzipped (level 9), as `npm run bench`
// measures it (the same module, scripts/bench/size.js).
describe('the size budget', () => {
  it('keeps miniprogram_dist/index.js at most 6 KiB minified + gzipped', () => {
    expect(BUDGET_BYTES).toBe(6144);
    expect(minifiedGzipBytes()).toBeLessThanOrEqual(BUDGET_BYTES);
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
