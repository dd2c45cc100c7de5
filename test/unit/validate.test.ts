import fc from 'fast-check';
import { toHalfWidth } from '../../src/validate/digits';
import { formatMobile, parseMobile, type ParsedMobile } from '../../src/validate/mobile';
import { parseEmail } from '../../src/validate/email';
import { parseVerifyCode } from '../../src/validate/verify-code';

const ONE_MB = 1024 * 1024;

describe('toHalfWidth', () => {
  it('turns full-width digits, plus, at, dot, dash and the ideographic space into ASCII', () => {
    expect(toHalfWidth('０１２３４５６７８９＋＠．－\u3000')).toBe('0123456789+@.- ');
  });

  it('leaves every other character alone', () => {
    expect(toHalfWidth('ａｂＡＢ张三😀（）abc 123')).toBe('ａｂＡＢ张三😀（）abc 123');
    expect(toHalfWidth('')).toBe('');
  });
});

describe('parseMobile', () => {
  const mainland: ParsedMobile = { countryCode: '86', national: '13800138000', e164: '+8613800138000' };

  it.each([
    '13800138000',
    '+8613800138000',
    '+86 138-0013-8000',
    '１３８００１３８０００',
    '0086 138 0013 8000',
    '+86-13800138000',
    '8613800138000',
    '  13800138000\u3000',
    '＋８６－１３８００１３８０００',
    '\u202d+86 138 0013 8000\u202c', // as iOS copies it from Contacts: wrapped in LRO … PDF
    '138\u00a00013\u00a08000', // no-break spaces
    '1380013\u200b8000', // a zero-width space
  ])('V1 accepts the mainland number %j', (input) => {
    expect(parseMobile(input)).toEqual(mainland);
  });

  it.each([
    ['+14155552671', '1', '4155552671'],
    ['+447911123456', '44', '7911123456'],
    ['+1 415-555-2671', '1', '4155552671'],
    ['+85291234567', '852', '91234567'],
    ['+79161234567', '7', '9161234567'],
    ['+12345678', '1', '2345678'],
    ['+123456789012345', '1', '23456789012345'],
  ])('V1 accepts the international number %j', (input, countryCode, national) => {
    expect(parseMobile(input)).toEqual({ countryCode, national, e164: '+' + countryCode + national });
  });

  it.each([
    ['1380013800', 'ten digits'],
    ['23800138000', 'not starting with 1'],
    ['12800138000', 'second digit below 3'],
    ['+86123', 'a short +86 number'],
    ['+8612800138000', 'an invalid mainland number behind +86'],
    ['+86138001380001', 'twelve digits behind +86'],
    ['0086 128 0013 8000', 'an invalid mainland number behind 0086'],
    ['+0123456', 'a country code starting with 0'],
    ['+1234567', 'seven digits'],
    ['1234567890123456', '16 digits'],
    ['+1234567890123456', '16 digits after +'],
    ['138001380001', 'twelve digits without +'],
    ['1380013800a', 'a letter'],
    ['abcdefghijk', 'letters'],
    ['', 'empty'],
    ['   ', 'blank'],
    ['+1 (415) 555-2671', 'parentheses'],
    ['+86+13800138000', 'two plus signs'],
    ['138\t0013\t8000', 'tabs inside'],
    ['1'.repeat(10 * 1024), 'a 10 KB string'],
    [' '.repeat(40) + '13800138000', 'a valid number padded beyond 32 characters'],
  ])('V1 rejects %j (%s)', (input) => {
    expect(parseMobile(input)).toBeNull();
  });

  it.each([undefined, null, 13800138000, {}, [], true])('V1 rejects the non-string %p', (input) => {
    expect(parseMobile(input)).toBeNull();
  });

  it('formats a mainland number in the three formats', () => {
    expect(formatMobile(mainland, 'national')).toBe('13800138000');
    expect(formatMobile(mainland, 'e164')).toBe('+8613800138000');
    expect(formatMobile(mainland, 'e164-dash')).toBe('+86-13800138000');
  });

  it('keeps the country code of a foreign number even in the national format', () => {
    const us = parseMobile('+14155552671')!;
    expect(formatMobile(us, 'national')).toBe('+14155552671');
    expect(formatMobile(us, 'e164')).toBe('+14155552671');
    expect(formatMobile(us, 'e164-dash')).toBe('+1-4155552671');
  });

  it('parses what it formats back to the same number', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (digits) => {
        const m = parseMobile(digits)!;
        for (const format of ['national', 'e164', 'e164-dash'] as const) {
          expect(parseMobile(formatMobile(m, format))).toEqual(m);
        }
      }),
      { seed: 20261125, numRuns: 300 },
    );
  });
});

describe('parseEmail', () => {
  it.each([
    ['a@b.co', 'a@b.co'],
    ['A.B+tag@Example.COM', 'A.B+tag@example.com'],
    ['  zhangsan@qq.com ', 'zhangsan@qq.com'],
    ['a＠b．co', 'a@b.co'],
    ["!#$%&'*+/=?^_`{|}~-@x-y.example", "!#$%&'*+/=?^_`{|}~-@x-y.example"],
    ['user@localhost', 'user@localhost'],
    ['a'.repeat(64) + '@b.co', 'a'.repeat(64) + '@b.co'],
  ])('V2 accepts %j as %j', (input, expected) => {
    expect(parseEmail(input)).toBe(expected);
  });

  const label = 'x'.repeat(60);
  const head = 'a@' + [label, label, label, label].join('.') + '.';
  const long254 = head + 'y'.repeat(254 - head.length);
  const long255 = head + 'y'.repeat(255 - head.length);

  it('V2 accepts an address of exactly 254 characters', () => {
    expect(long254).toHaveLength(254);
    expect(long255).toHaveLength(255);
    expect(parseEmail(long254)).toBe(long254);
  });

  it.each([
    ['a@', 'no domain'],
    ['@b.co', 'no local part'],
    ['a b@c.d', 'a space'],
    ['a@b..c', 'an empty label'],
    ['a@.b.c', 'a leading empty label'],
    ['a@b.c.', 'a trailing dot'],
    ['a@-b.c', 'a label starting with a dash'],
    ['a@b-.c', 'a label ending with a dash'],
    ['a@b@c.d', 'two @'],
    ['ab.co', 'no @'],
    ['a@b_c.d', 'an underscore in the domain'],
    ['张三@qq.com', 'a non-ASCII local part'],
    ['a@' + 'x'.repeat(64) + '.com', 'a label over 63 characters'],
    [long255, 'over 254 characters'],
    ['a'.repeat(65) + '@b.co', 'a local part over 64 characters'],
    ['', 'empty'],
  ])('V2 rejects %j (%s)', (input) => {
    expect(parseEmail(input)).toBeNull();
  });

  it.each([undefined, null, 42, {}, ['a@b.co']])('V2 rejects the non-string %p', (input) => {
    expect(parseEmail(input)).toBeNull();
  });
});

describe('parseVerifyCode', () => {
  it.each([
    ['1234', '1234'],
    ['12345678', '12345678'],
    [' 123456 ', '123456'],
    ['１２３４５６', '123456'],
    ['\u3000０１２３\u3000', '0123'],
  ])('V3 accepts %j as %j', (input, expected) => {
    expect(parseVerifyCode(input)).toBe(expected);
  });

  it.each(['123', '123456789', '12a456', '12 456', '', '١٢٣٤٥٦', '-1234', '1234.5'])(
    'V3 rejects %j',
    (input) => {
      expect(parseVerifyCode(input)).toBeNull();
    },
  );

  it.each([undefined, null, 123456, {}, ['1234']])('V3 rejects the non-string %p', (input) => {
    expect(parseVerifyCode(input)).toBeNull();
  });
});

describe('validators on hostile input', () => {
  const validators: Array<[string, (input: unknown) => unknown]> = [
    ['parseMobile', parseMobile],
    ['parseEmail', parseEmail],
    ['parseVerifyCode', parseVerifyCode],
  ];
  const huge: Array<[string, string]> = [
    ['digits', '1'.repeat(ONE_MB)],
    ['spaces', ' '.repeat(ONE_MB)],
    ['a padded valid value', ' '.repeat(ONE_MB) + '13800138000 a@b.co 123456'],
    ['near-miss email', 'a'.repeat(ONE_MB) + '@' + 'b.'.repeat(10) + '-'],
    ['dashes and dots', '-.'.repeat(ONE_MB / 2)],
    ['full-width digits', '１'.repeat(ONE_MB)],
  ];

  for (const [name, validate] of validators) {
    it.each(huge)(`V4 ${name} returns null for a 1 MB string of %s without throwing`, (_, input) => {
      expect(validate(input)).toBeNull();
    });
  }

  it('V4 no validator throws on any input (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({ maxDepth: 2 }),
          // any UTF-16 code units, lone surrogates included
          fc
            .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 })
            .map((units) => String.fromCharCode(...units)),
          fc.string({
            unit: fc.constantFrom('1', '８', '+', '＋', '-', ' ', '@', '.', '０', 'a', '\u3000'),
            maxLength: 40,
          }),
        ),
        (input) =>
          validators.every(([, validate]) => {
            const result = validate(input);
            return result === null || typeof result === 'object' || typeof result === 'string';
          }),
      ),
      { seed: 20261125, numRuns: 2000 },
    );
  });
});
