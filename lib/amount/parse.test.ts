import { describe, expect, it } from 'vitest';
import { groupThousands, parseAmount, type ParseOptions } from './index';

function amount(text: string, options?: ParseOptions) {
  const o = parseAmount(text, options);
  if (o.kind !== 'amount') throw new Error(`${JSON.stringify(text)} parsed as ${o.kind}`);
  return o.amount;
}
const kind = (text: string, options?: ParseOptions) => parseAmount(text, options).kind;

describe('parseAmount: number forms of the seeds', () => {
  it.each([
    // text, value, decimals, display
    ['30,688.06', '30688.06', 2, '30,688.06'],
    ['10, 312. 28', '10312.28', 2, '10,312.28'], // 000 表1 支出总计, PDF spaces
    ['547. 82', '547.82', 2, '547.82'],
    ['0. 00', '0', 2, '0.00'],
    ['10, 312, 28', '10312.28', 2, '10,312.28'], // 000 表1: last comma was the decimal point
    ['9, 430. 73', '9430.73', 2, '9,430.73'],
    ['7000', '7000', 0, '7000'],
    ['7764.53', '7764.53', 2, '7764.53'], // 000 narrative: 4 digits . 2 digits is an amount, not a year-month
    ['1057.5', '1057.5', 1, '1057.5'],
    ['0.57', '0.57', 2, '0.57'],
    ['1,451.29', '1451.29', 2, '1,451.29'],
    ['１２３．４５', '123.45', 2, '123.45'],
    ['１，２３４．５０', '1234.5', 2, '1,234.50'],
  ])('%s → %s (%i decimals, display %s)', (text, value, decimals, display) => {
    const a = amount(text);
    expect(a.value.toString()).toBe(value);
    expect(a.decimals).toBe(decimals);
    expect(a.display).toBe(display);
    expect(a.text).toBe(text);
    expect(a.percent).toBe(false);
  });

  it.each(['-3.2', '−3.2', '－3.2', '（3.2）', '(3.2)', '△3.2', '- 3.2'])('negative %s → -3.2', (text) => {
    const a = amount(text);
    expect(a.value.toString()).toBe('-3.2');
    expect(a.display).toBe('-3.2');
    expect(a.decimals).toBe(1);
  });

  it('percentages keep their printed value and precision', () => {
    const a = amount('23.06%');
    expect([a.value.toString(), a.decimals, a.percent, a.unit, a.display]).toEqual(['23.06', 2, true, null, '23.06%']);
    expect(amount('9.98％').value.toString()).toBe('9.98');
    expect(amount('5. 31%').value.toString()).toBe('5.31');
    expect(amount('-12.5%').value.toString()).toBe('-12.5');
  });

  it('units are recorded, the value stays as printed', () => {
    expect(amount('9,430.73万元')).toMatchObject({ unit: '万元', decimals: 2, display: '9,430.73' });
    expect(amount('9,430.73万元').value.toString()).toBe('9430.73');
    expect(amount('12元')).toMatchObject({ unit: '元', decimals: 0 });
    expect(amount('1.2亿元')).toMatchObject({ unit: '亿元', decimals: 1 });
    expect(amount('0.00', { unit: '万元' }).unit).toBe('万元');
    expect(amount('12元', { unit: '万元' }).unit).toBe('元'); // the text's own unit wins
  });

  it('blanks and dashes', () => {
    for (const t of ['', ' ', '\t', '　']) expect(kind(t)).toBe('blank');
    for (const t of ['-', '—', '——', '———', '－', '–', '— —']) expect(kind(t)).toBe('dash');
  });
});

describe('parseAmount: damage is flagged, never guessed', () => {
  it('a spaced fraction shorter than the column\'s decimals lost a digit (000 表1 住房保障支出 "172. 4")', () => {
    const o = parseAmount('172. 4', { expectDecimals: 2 });
    expect(o.kind).toBe('damaged');
    // Without knowing the column's precision, 172.4 is a legitimate 1-decimal figure.
    expect(amount('172. 4').value.toString()).toBe('172.4');
    // An unspaced short fraction is a printed precision, not extraction damage.
    expect(amount('172.4', { expectDecimals: 2 }).decimals).toBe(1);
  });
  it.each(['312,28', '1,23.45', '10,3122.28', '1.234.56', '12.', '.50', '1 234', '10,312.2,8', '0,123'])(
    '%s is damaged',
    (t) => expect(kind(t)).toBe('damaged'),
  );
});

describe('parseAmount: junk is not an amount', () => {
  it.each(['2024年', '2024年度', '2023年度', '2024-01-01', '2024/1/1', '2024.01.01', '2024-01', '0772-2801234', '13812345678', 'abc', '12a', '约3万元', '3.2%万元', '0772', '（一）', '第1'])(
    '%s is junk',
    (t) => expect(kind(t)).toBe('junk'),
  );
  it('codes are junk in a column of amounts shown with decimals', () => {
    for (const code of ['2080505', '405001', '30101', '405', '20601']) {
      expect(kind(code, { expectDecimals: 2 })).toBe('junk');
      // Without the option a bare integer may be a whole-yuan amount.
      expect(kind(code)).toBe('amount');
    }
    expect(kind('7000', { expectDecimals: 2 })).toBe('amount'); // 4 digits: never a code length
    expect(kind('405.00', { expectDecimals: 2 })).toBe('amount');
  });
});

describe('parseAmount: longer than any amount is text', () => {
  it('the national budget in 元 (14 integer digits) is an amount; an account number or a 1 MB run is not', () => {
    expect(amount('99,999,999,999,999.99元').display).toBe('99,999,999,999,999.99');
    expect(amount('1234567890123456').value.toString()).toBe('1234567890123456');
    expect(kind('12345678901234567')).toBe('junk'); // 17 integer digits
    expect(kind('1.2345678')).toBe('junk'); // 7 decimals
    expect(kind('9'.repeat(1_000_000))).toBe('junk');
    expect(kind(`${'1,234'.repeat(100_000)}.00`)).toBe('junk');
  });
});

describe('groupThousands', () => {
  it('groups from the right, every length', () => {
    expect(['1', '12', '123', '1234', '12345', '123456', '1234567'].map(groupThousands)).toEqual([
      '1', '12', '123', '1,234', '12,345', '123,456', '1,234,567',
    ]);
    const big = groupThousands('9'.repeat(1_000_000)); // the old lookahead regex: hours
    expect(big.length).toBe(1_000_000 + 333_333);
    expect(big.startsWith('9,999,')).toBe(true);
  });
});
