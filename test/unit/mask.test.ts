import fc from 'fast-check';
import { maskEmail, maskMobile, maskToken } from '../../src/util/mask';

describe('maskMobile', () => {
  it.each([
    ['13800138000', '138****8000'],
    ['+86-13800138000', '+86-138****8000'],
    ['+8613800138000', '+86138****8000'],
    ['0086 13800138000', '0086 138****8000'],
    ['8613800138000', '86138****8000'],
  ])('keeps the prefix, first 3 and last 4 digits of the mainland number %j', (input, expected) => {
    expect(maskMobile(input)).toBe(expected);
  });

  it.each(['+86-138****8000', '138****8000', '+86138****8000'])(
    'leaves the already masked mainland number %j as it is (EIAM answers the MFA mobile masked)',
    (masked) => {
      expect(maskMobile(masked)).toBe(masked);
    },
  );

  it.each([
    ['+14155552671', '+14****71'],
    ['+447911123456', '+44****56'],
    ['123456', '1****6'],
    ['12345678', '12****78'],
  ])('keeps at most the first 3 and last 2 characters of the other value %j', (input, expected) => {
    expect(maskMobile(input)).toBe(expected);
  });

  it.each(['1', '12', '12345'])('hides a value of fewer than 6 characters entirely (%j)', (input) => {
    expect(maskMobile(input)).toBe('***');
  });

  it('keeps an empty value empty and a huge value short', () => {
    expect(maskMobile('')).toBe('');
    expect(maskMobile('9'.repeat(1024 * 1024))).toBe('999****99');
  });

  it('never shows a whole value of 6 or more characters, nor more than 12 of its characters', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('1', '3', '8', '+', '-', ' ', '0', 'x'),
          minLength: 6,
          maxLength: 30,
        }),
        (s) => {
          const masked = maskMobile(s);
          const shown = masked.replace('****', '');
          return masked.indexOf(s) === -1 && shown.length <= 12 && masked.indexOf('****') >= 0;
        },
      ),
      { seed: 20261125, numRuns: 2000 },
    );
  });
});

describe('maskEmail', () => {
  it.each([
    ['zhangsan@qq.com', 'z***@qq.com'],
    ['A.B+tag@example.com', 'A***@example.com'],
    ['a@b.co', '***@b.co'],
    ['@b.co', '***@b.co'],
    ['odd@name@example.com', 'o***@example.com'],
  ])('keeps the first character of the local part and the domain of %j', (input, expected) => {
    expect(maskEmail(input)).toBe(expected);
  });

  it.each(['', 'zhangsan', '13800138000'])('hides a value without @ entirely (%j)', (input) => {
    expect(maskEmail(input)).toBe('***');
  });
});

describe('maskToken', () => {
  it('shows only the length of a secret', () => {
    expect(maskToken('eyJhbGciOiJSUzI1NiJ9.e30.c2ln')).toBe('[redacted 29]');
    expect(maskToken('')).toBe('[redacted 0]');
  });

  it('never shows any character of the secret', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('x', 'Y', 'z', '_', '-'), minLength: 1, maxLength: 200 }),
        (s) => {
          const masked = maskToken(s);
          return masked === '[redacted ' + s.length + ']' && !/[xYz_-]/.test(masked);
        },
      ),
      { seed: 20261125, numRuns: 500 },
    );
  });
});

describe('masking non-strings', () => {
  it('never throws on a value that is not a string', () => {
    for (const value of [undefined, null, 42, {}, []] as unknown[]) {
      expect(maskMobile(value as string)).toBe('***');
      expect(maskEmail(value as string)).toBe('***');
      expect(maskToken(value as string)).toBe('[redacted 0]');
    }
  });
});
