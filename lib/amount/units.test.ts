import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { amountOrNull, convertAmount, formatAmount, intervalOfAmount, valueIn, type Amount } from './index';

const a = (text: string): Amount => {
  const x = amountOrNull(text);
  if (!x) throw new Error(`not an amount: ${text}`);
  return x;
};

describe('formatAmount', () => {
  it.each([
    ['10312.28', 2, '10,312.28'],
    ['30688.06', 2, '30,688.06'],
    ['0', 2, '0.00'],
    ['7000', 0, '7,000'],
    ['-3090.19', 2, '-3,090.19'],
    ['1234567.891', 2, '1,234,567.89'],
    ['0.125', 2, '0.13'], // half up
    ['-0.125', 2, '-0.13'], // half away from zero
    ['-0.001', 2, '0.00'], // never "-0.00"
    ['123.4', 2, '123.40'],
    ['12000', -3, '12,000'],
  ])('%s with %i decimals → %s', (v, d, out) => {
    expect(formatAmount(new Decimal(v), d)).toBe(out);
  });
  it('can leave out grouping', () => {
    expect(formatAmount(new Decimal('10312.28'), 2, { grouping: false })).toBe('10312.28');
  });
});

describe('convertAmount / valueIn', () => {
  it('元 → 万元 is exact and keeps the precision in money terms', () => {
    const c = convertAmount(a('12,345.67元'), '万元');
    expect(c.value.toString()).toBe('1.234567');
    expect(c.decimals).toBe(6);
    expect(c.unit).toBe('万元');
    expect(c.display).toBe('1.234567');
    expect(c.text).toBe('12,345.67元');
  });
  it('万元 → 元 and 亿元 → 万元', () => {
    const y = convertAmount(a('10, 312. 28万元'), '元');
    expect([y.value.toString(), y.decimals, y.display]).toEqual(['103122800', -2, '103,122,800']);
    const w = convertAmount(a('1.2亿元'), '万元');
    expect([w.value.toString(), w.decimals]).toEqual(['12000', -3]);
    // 1.2亿元 means 1.15–1.25亿元: 11500–12500万元, not 11999.5–12000.5.
    const i = intervalOfAmount(w);
    expect([i.lo.toString(), i.hi.toString()]).toEqual(['11500', '12500']);
  });
  it('round trip is the identity, and intervals convert with the value', () => {
    const orig = a('9,430.73万元');
    const back = convertAmount(convertAmount(orig, '元'), '万元');
    expect(back.value.equals(orig.value)).toBe(true);
    expect(back.decimals).toBe(orig.decimals);
    const iy = intervalOfAmount(convertAmount(orig, '元'));
    expect([iy.lo.toString(), iy.hi.toString()]).toEqual(['94307250', '94307350']);
    expect(valueIn(orig, '亿元').toString()).toBe('0.943073');
  });
  it('refuses percentages and amounts without a unit', () => {
    expect(() => convertAmount(a('23.06%'), '元')).toThrow(/percentage/);
    expect(() => convertAmount(a('547.82'), '元')).toThrow(/no unit/);
    expect(convertAmount(amountOrNull('547.82', { unit: '万元' })!, '元').value.toString()).toBe('5478200');
  });
});

describe('intervalOfAmount', () => {
  it('follows the printed precision', () => {
    const i = intervalOfAmount(a('547. 82'));
    expect([i.lo.toString(), i.hi.toString()]).toEqual(['547.815', '547.825']);
    const j = intervalOfAmount(a('7000'));
    expect([j.lo.toString(), j.hi.toString()]).toEqual(['6999.5', '7000.5']);
    const p = intervalOfAmount(a('9.98%'));
    expect([p.lo.toString(), p.hi.toString()]).toEqual(['9.975', '9.985']);
  });
});
