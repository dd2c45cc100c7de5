import { idTokenFresh } from '../../src/session/margin';

const T = 1_800_000_000; // seconds on the server's clock

describe('idTokenFresh (exp / nbf on the server clock, margin min(60 s, lifetime / 2))', () => {
  it('a 300 s token: fresh until 60 s before exp', () => {
    const claims = { iat: T, nbf: T, exp: T + 300 };
    expect(idTokenFresh(claims, (T + 239) * 1000)).toBe(true);
    expect(idTokenFresh(claims, (T + 240) * 1000)).toBe(false);
  });

  it('a 10 s token: margin 5 s', () => {
    const claims = { iat: T, exp: T + 10 };
    expect(idTokenFresh(claims, (T + 4) * 1000)).toBe(true);
    expect(idTokenFresh(claims, (T + 5) * 1000)).toBe(false);
  });

  it('not before nbf less the margin', () => {
    const claims = { iat: T, nbf: T + 100, exp: T + 400 };
    expect(idTokenFresh(claims, (T + 39) * 1000)).toBe(false);
    expect(idTokenFresh(claims, (T + 40) * 1000)).toBe(true);
  });

  it('without iat the margin is 60 s; without a numeric exp never fresh', () => {
    expect(idTokenFresh({ exp: T + 61 }, T * 1000)).toBe(true);
    expect(idTokenFresh({ exp: T + 60 }, T * 1000)).toBe(false);
    expect(idTokenFresh({ iat: T }, T * 1000)).toBe(false);
  });
});
