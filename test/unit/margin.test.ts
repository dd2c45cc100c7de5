import fc from 'fast-check';
import { safetyMarginMs, usableUntil } from '../../src/session/margin';

describe('safetyMarginMs', () => {
  it.each([
    [300_000, 60_000],
    [60_000, 30_000],
    [1_000, 500],
  ])('gives a lifetime of %i ms a margin of %i ms', (lifetime, margin) => {
    expect(safetyMarginMs(lifetime)).toBe(margin);
  });

  it('caps the margin at 60 s for long lifetimes', () => {
    expect(safetyMarginMs(432_000_000)).toBe(60_000);
    expect(safetyMarginMs(120_000)).toBe(60_000);
  });

  it('stays between 0 and min(60 s, lifetime / 2) for every lifetime from 1 s to 1e7 s', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: 1e10 }), (lifetime) => {
        const margin = safetyMarginMs(lifetime);
        return margin >= 0 && margin <= lifetime / 2 && margin <= 60_000;
      }),
      { numRuns: 2000 },
    );
  });

  it('holds the bounds at fractional and boundary lifetimes too', () => {
    for (const lifetime of [1_000, 1_001, 1_500.5, 119_999, 120_000, 120_001, 1e10]) {
      const margin = safetyMarginMs(lifetime);
      expect(margin).toBeGreaterThanOrEqual(0);
      expect(margin).toBeLessThanOrEqual(lifetime / 2);
      expect(margin).toBeLessThanOrEqual(60_000);
    }
  });
});

describe('usableUntil', () => {
  it.each([
    [5_000_000, 300_000, 5_000_000 + 300_000 - 60_000],
    [5_000_000, 60_000, 5_000_000 + 60_000 - 30_000],
    [5_000_000, 1_000, 5_000_000 + 500],
  ])('places a credential received at %i with a lifetime of %i ms at %i', (receivedAt, lifetime, until) => {
    expect(usableUntil(receivedAt, lifetime)).toBe(until);
  });

  it('always leaves at least half the lifetime usable, and never runs past the lifetime', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4e12 }),
        fc.integer({ min: 1_000, max: 1e10 }),
        (receivedAt, lifetime) => {
          const until = usableUntil(receivedAt, lifetime);
          return until <= receivedAt + lifetime && until >= receivedAt + lifetime / 2;
        },
      ),
      { numRuns: 2000 },
    );
  });
});
