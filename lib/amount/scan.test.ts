import { describe, expect, it } from 'vitest';
import { scanNumbers, type NumberToken } from './scan';

const brief = (t: NumberToken) => [t.kind, t.text, t.amount?.display ?? null];
const scan = (s: string) => scanNumbers(s, { expectDecimals: 2 }).map(brief);

describe('scanNumbers on the seeds\' sentences', () => {
  it('joins PDF-damaged pieces with their unit and %', () => {
    const s = '社会保障和就业支出547. 82万元，占支出总预算5. 31%';
    const ts = scanNumbers(s);
    expect(ts.map(brief)).toEqual([
      ['amount', '547. 82万元', '547.82'],
      ['percent', '5. 31%', '5.31%'],
    ]);
    expect(ts[0]!.amount!.value.toString()).toBe('547.82');
    expect(ts[0]!.unit).toBe('万元');
    expect(s.slice(ts[1]!.start, ts[1]!.end)).toBe('5. 31%');
    expect(ts[1]!.amount!.value.toString()).toBe('5.31');
  });

  it('tells a year from the amount after it', () => {
    expect(scan('比2023年预算15.91万元')).toEqual([
      ['year', '2023年', null],
      ['amount', '15.91万元', '15.91'],
    ]);
    expect(scan('2023年度财政拨款收、支总计1,451.29万元，与上年相比，增加131.77万元，增长9.98%')).toEqual([
      ['year', '2023年度', null],
      ['amount', '1,451.29万元', '1,451.29'],
      ['amount', '131.77万元', '131.77'],
      ['percent', '9.98%', '9.98%'],
    ]);
  });

  it('list markers are ordinals, not amounts', () => {
    expect(scan('1、一般公共服务（类）政府办公厅（室）')).toEqual([['ordinal', '1、', null]]);
    expect(scan('- 1. 行政单位1个, 柳州市科学技术局;')).toEqual([
      ['ordinal', '1.', null],
      ['count', '1个', '1'],
    ]);
    expect(scan('（一） 一般公共预算拨款收入10,228.08万元')[0]).toEqual(['ordinal', '（一）', null]);
    expect(scan('一、部门收支预算情况说明')).toEqual([['ordinal', '一、', null]]);
    expect(scan('。3.合理利用资源。4.加强科室间')).toEqual([
      ['ordinal', '3.', null],
      ['ordinal', '4.', null],
    ]);
    expect(scan('1. 2024年预算')).toEqual([
      ['ordinal', '1.', null],
      ['year', '2024年', null],
    ]);
    // 000 line 183: "经济效益指标1.2022年全社会研发投入总额≥60亿"
    expect(scan('经济效益指标1.2022年全社会研发投入总额≥60亿')).toEqual([
      ['ordinal', '1.', null],
      ['year', '2022年', null],
      ['amount', '60亿', '60'],
    ]);
    expect(scan('部门收支总体情况表（表1）')).toEqual([['ordinal', '1', null]]);
    expect(scan('公开01表')).toEqual([['ordinal', '01', null]]);
  });

  it('counts, codes, dates, document numbers, phones', () => {
    expect(scan('共接待来访团组22个、来宾264人次')).toEqual([
      ['count', '22个', '22'],
      ['count', '264人次', '264'],
    ]);
    expect(scan('公务用车保有量为0.00辆')).toEqual([['count', '0.00辆', '0.00']]);
    expect(scan('单位价值100万元以上设备（不含车辆）0.00台（套）')).toEqual([
      ['amount', '100万元', '100'],
      ['count', '0.00台（套）', '0.00'],
    ]);
    expect(scan('服务企业3万人次')).toEqual([['count', '3万人次', '3']]);
    expect(scan('405柳州市科学技术局')).toEqual([['code', '405', null]]);
    expect(scan('2080505 职业年金')).toEqual([['code', '2080505', null]]);
    expect(scan('截止2023年12月31日')).toEqual([
      ['year', '2023年', null],
      ['date', '12月', null],
      ['date', '31日', null],
    ]);
    expect(scan('2022年1-9月基础绩效').map((t) => t[0])).toEqual(['year', 'date', 'date']);
    expect(scan('柳财预(2022)568号文件')).toEqual([
      ['year', '2022', null],
      ['docno', '568号', null],
    ]);
    expect(scan('财预〔2016〕143号').map((t) => t[0])).toEqual(['year', 'docno']);
    expect(scan('电话：0772-2801234，13812345678').map((t) => t[0])).toEqual(['phone', 'phone']);
  });

  it('repairs the decimal comma and flags the lost digit (000 表1)', () => {
    expect(scan('支出总计10, 312, 28万元')).toEqual([['amount', '10, 312, 28万元', '10,312.28']]);
    const [t] = scanNumbers('十九、住房保障支出172. 4万元', { expectDecimals: 2 }).filter((x) => x.kind !== 'ordinal');
    expect(t!.kind).toBe('damaged');
    expect(t!.reason).toMatch(/digit lost/);
  });

  it('a bare 万 or 亿 is still money; full-width forms keep their offsets', () => {
    expect(scan('职业年金缴费7.96万、退休费21.39万元')).toEqual([
      ['amount', '7.96万', '7.96'],
      ['amount', '21.39万元', '21.39'],
    ]);
    expect(scanNumbers('缴费7.96万')[0]!.unit).toBe('万元');
    const s = '增长－3.2％，１，２３４．５６万元，１２个';
    const ts = scanNumbers(s);
    expect(ts.map(brief)).toEqual([
      ['percent', '－3.2％', '-3.2%'],
      ['amount', '１，２３４．５６万元', '1,234.56'],
      ['count', '１２个', '12'],
    ]);
    for (const t of ts) expect(s.slice(t.start, t.end)).toBe(t.text);
  });

  it('marks bounds and estimates (performance targets, thresholds)', () => {
    // 001 line 732: "拉动企业投资4000万元以上，受益企业、部门满意度在90%以上"; 000 line 183: "≥60亿"
    const q = (s: string) => scanNumbers(s).map((t) => [t.text, t.qualifier ?? null]);
    expect(q('拉动企业投资4000万元以上，受益企业、部门满意度在90%以上')).toEqual([
      ['4000万元', '以上'],
      ['90%', '以上'],
    ]);
    expect(q('全社会研发投入总额≥60亿,经济效益')).toEqual([['60亿', '≥']]);
    expect(q('单位价值100万元（含）以上设备')).toEqual([['100万元', '（含）以上']]);
    expect(q('约3.5万元，支出决算为3.63万元')).toEqual([
      ['3.5万元', '约'],
      ['3.63万元', null],
    ]);
  });

  it('a full-width comma between ordinary digits is punctuation, not a separator', () => {
    expect(scan('为0，1,451.29万元')).toEqual([
      ['number', '0', '0'],
      ['amount', '1,451.29万元', '1,451.29'],
    ]);
  });
});

describe('scanNumbers: a digit run longer than any amount', () => {
  it('is an identifier (code), not a number, and the figures around it are still read', () => {
    const text = `账号${'9'.repeat(1_000_000)}，支出合计547.82万元。`;
    const tokens = scanNumbers(text);
    expect(tokens.map((t) => t.kind)).toEqual(['code', 'amount']);
    expect(tokens[1]!.amount!.value.toString()).toBe('547.82');
  });
});
