import fc from 'fast-check';
import { safeJsonParse } from '../../src/util/safe-json';

describe('safeJsonParse', () => {
  it('drops a __proto__ key at the top and at any depth', () => {
    const value = safeJsonParse('{"a":1,"__proto__":{"x":1},"b":[{"__proto__":{"y":2},"c":3}]}') as Record<
      string,
      unknown
    >;
    expect(value).toEqual({ a: 1, b: [{ c: 3 }] });
    expect(Object.prototype.hasOwnProperty.call(value, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('drops a __proto__ key spelled with \\u escapes', () => {
    const value = safeJsonParse('{"\\u005f_pro\\u0074o__":{"polluted":true},"ok":1}') as Record<
      string,
      unknown
    >;
    expect(Object.keys(value)).toEqual(['ok']);
    expect(Object.assign({}, value)).toEqual({ ok: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps a value that merely mentions __proto__', () => {
    expect(safeJsonParse('{"note":"__proto__","n":"\\u5f20"}')).toEqual({ note: '__proto__', n: '张' });
  });

  it('parses any other JSON exactly as JSON.parse does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        expect(safeJsonParse(text)).toEqual(JSON.parse(text));
      }),
      { seed: 20261125, numRuns: 1000 },
    );
  });

  it('throws a SyntaxError for text that is not JSON', () => {
    expect(() => safeJsonParse('{"a":')).toThrow(SyntaxError);
  });
});
