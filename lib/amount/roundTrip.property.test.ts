// Property tests: what formatAmount prints, parseAmount reads back exactly — also after the PDF
// damage seen in the seeds — and junk (years, phone numbers, codes) is never read as an amount.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { formatAmount, parseAmount, scanNumbers } from './index';

/** A printed figure: sign, integer part up to 10^13, 0–4 decimals. Built as a string, never a float. */
const printed = fc
  .record({
    negative: fc.boolean(),
    int: fc.bigInt({ min: 0n, max: 10n ** 13n }),
    frac: fc.integer({ min: 0, max: 4 }).chain((d) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: d, maxLength: d })),
  })
  .map(({ negative, int, frac }) => ({
    value: new Decimal(`${negative ? '-' : ''}${int}${frac ? '.' + frac : ''}`),
    decimals: frac.length,
  }));

function parsedValue(text: string, options = {}) {
  const o = parseAmount(text, options);
  if (o.kind !== 'amount') throw new Error(`${JSON.stringify(text)} → ${o.kind}${'reason' in o ? ': ' + o.reason : ''}`);
  return o.amount;
}

/** Up to two spaces after each separator, as PDF text extraction leaves them ("10, 312. 28"). */
const spacesAfterSeparators = (s: string) =>
  fc.array(fc.integer({ min: 0, max: 2 }), { minLength: s.length, maxLength: s.length }).map((ns) =>
    [...s].map((ch, i) => (ch === ',' || ch === '.' ? ch + ' '.repeat(ns[i]!) : ch)).join(''),
  );

describe('format → parse round trip', () => {
  it('gives the same value and decimals', () => {
    fc.assert(
      fc.property(printed, ({ value, decimals }) => {
        const a = parsedValue(formatAmount(value, decimals));
        expect(a.value.equals(value)).toBe(true);
        expect(a.decimals).toBe(decimals);
        expect(a.display).toBe(formatAmount(value, decimals));
      }),
      { numRuns: 2000 },
    );
  });

  it('survives spaces injected after separators, also with a unit or %', () => {
    fc.assert(
      fc.property(
        printed.chain((p) => fc.tuple(fc.constant(p), spacesAfterSeparators(formatAmount(p.value, p.decimals)), fc.constantFrom('', '万元', '元', '%'))),
        ([{ value, decimals }, damaged, suffix]) => {
          const a = parsedValue(damaged + suffix, { expectDecimals: decimals });
          expect(a.value.equals(value)).toBe(true);
          expect(a.decimals).toBe(decimals);
          expect(a.display).toBe(formatAmount(value, decimals) + (suffix === '%' ? '%' : ''));
          expect(a.percent).toBe(suffix === '%');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads a last comma before 2 digits as the decimal point (10, 312, 28)', () => {
    fc.assert(
      fc.property(
        printed.filter((p) => p.decimals === 2 && p.value.abs().gte(1000)),
        ({ value }) => {
          const commaDecimal = formatAmount(value, 2).replace(/\.(\d\d)$/, ', $1');
          expect(parsedValue(commaDecimal).value.equals(value)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('flags a spaced fraction that lost a digit, never guesses it', () => {
    fc.assert(
      fc.property(printed.filter((p) => p.decimals === 2), ({ value }) => {
        const lost = formatAmount(value, 2).replace(/\.(\d)\d$/, '. $1');
        expect(parseAmount(lost, { expectDecimals: 2 }).kind).toBe('damaged');
      }),
      { numRuns: 500 },
    );
  });

  it('the scanner finds the same figures inside a sentence', () => {
    fc.assert(
      fc.property(
        printed.filter((p) => !p.value.isNeg()).chain((p) => fc.tuple(fc.constant(p), spacesAfterSeparators(formatAmount(p.value, p.decimals)))),
        ([{ value, decimals }, damaged]) => {
          const s = `2024年部门支出总预算${damaged}万元，同比下降${damaged}%。`;
          const ts = scanNumbers(s, { expectDecimals: decimals });
          expect(ts.map((t) => t.kind)).toEqual(['year', 'amount', 'percent']);
          for (const t of ts.slice(1)) {
            expect(t.amount!.value.equals(value)).toBe(true);
            expect(t.amount!.decimals).toBe(decimals);
            expect(s.slice(t.start, t.end)).toBe(t.text);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('junk is rejected', () => {
  it('years with 年 / 年度', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), fc.constantFrom('年', '年度', ' 年'), (y, w) => {
        expect(parseAmount(`${y}${w}`).kind).toBe('junk');
        const [t] = scanNumbers(`比${y}${w}预算增加`);
        expect(t!.kind).toBe('year');
      }),
    );
  });
  it('phone numbers', () => {
    const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 999 }), fc.integer({ min: 7, max: 8 }).chain(digits), (area, local) => {
        const landline = `0${area}-${local}`; // 010-…, 0772-…
        expect(parseAmount(landline).kind).toBe('junk');
        expect(scanNumbers(`联系电话：${landline}`)[0]!.kind).toBe('phone');
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...'3456789'), digits(9), (second, rest) => {
        const mobile = `1${second}${rest}`;
        expect(parseAmount(mobile).kind).toBe('junk');
        expect(scanNumbers(`联系电话： ${mobile}`)[0]!.kind).toBe('phone');
      }),
    );
  });
  it('3/5/6/7-digit codes under expectDecimals', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(3, 5, 6, 7).chain((n) => fc.bigInt({ min: 10n ** BigInt(n - 1), max: 10n ** BigInt(n) - 1n })),
        fc.integer({ min: 1, max: 4 }),
        (code, d) => {
          expect(parseAmount(String(code), { expectDecimals: d }).kind).toBe('junk');
        },
      ),
    );
  });
});
