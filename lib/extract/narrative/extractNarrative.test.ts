// The narrative extractor on the seeds' own sentences (tests/fixtures/narrative/: excerpts of
// the five seeds' 情况说明, copied as extracted, PDF damage included).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../tests/shared';
import { Decimal } from '../../amount/index';
import { addIntervals, overlaps, roundingInterval, type Interval } from '../../amount/interval';
import { NarrativeSchema } from '../../report/schema';
import { extractNarrative, type NarrativeResult, type NarrativeStatement } from './index';

const FIXTURES = {
  '000': '000-liuzhou-science-2024-budget.txt',
  '001': '001-liuzhou-industry-2025-budget.txt',
  '002': '002-zhuzhou-lusong-2023-final.txt',
  '003': '003-liuzhou-bigdata-2025-budget.txt',
  '004': '004-shuozhou-2024-final.txt',
} as const;
type Seed = keyof typeof FIXTURES;

const cache = new Map<Seed, NarrativeResult>();
function narrative(seed: Seed): NarrativeResult {
  let n = cache.get(seed);
  if (!n) {
    n = extractNarrative(readFileSync(fixturePath('narrative', FIXTURES[seed]), 'utf8'));
    cache.set(seed, n);
  }
  return n;
}

/** The statements about `subject` whose own amount (or count) is `value` (in a section starting with `section`). */
function find(n: NarrativeResult, subject: string, value?: string, section?: string): NarrativeStatement[] {
  return n.statements.filter(
    (s) =>
      s.subject === subject &&
      !s.derivedFrom &&
      (section === undefined || (s.section ?? '').startsWith(section)) &&
      (value === undefined || s.figures.some((f) => (f.role === 'amount' || f.role === 'count') && f.value === value)),
  );
}
function one(n: NarrativeResult, subject: string, value?: string, section?: string): NarrativeStatement {
  const found = find(n, subject, value, section);
  expect(found, `${subject} ${value ?? ''}`).toHaveLength(1);
  return found[0]!;
}
const fig = (s: NarrativeStatement, role: string) => s.figures.filter((f) => f.role === role);
const only = (s: NarrativeStatement, role: string) => {
  const f = fig(s, role);
  expect(f, `${s.subject} ${role}`).toHaveLength(1);
  return f[0]!;
};
const printed = (n: NarrativeResult, f: { start: number; end: number }) => n.text.slice(f.start, f.end);
const interval = (v: string): Interval => roundingInterval(new Decimal(v), (v.split('.')[1] ?? '').length);
const ownValue = (s: NarrativeStatement) => s.figures.find((f) => f.role === 'amount' || f.role === 'count')?.value ?? null;
const components = (n: NarrativeResult, s: NarrativeStatement) =>
  (s.components ?? []).map((id) => n.statements.find((x) => x.id === id)!);

describe('extractNarrative — every seed excerpt', () => {
  for (const seed of Object.keys(FIXTURES) as Seed[]) {
    it(`${seed}: fits the report contract, and every figure points at its printed number`, () => {
      const n = narrative(seed);
      expect(NarrativeSchema.safeParse(n).success).toBe(true);
      expect(n.statements.length).toBeGreaterThan(seed === '003' ? 15 : 60);
      const ids = new Set<string>();
      for (const s of n.statements) {
        expect(s.start).toBeLessThan(s.end);
        for (const f of s.figures) {
          expect(ids.has(f.id)).toBe(false);
          ids.add(f.id);
          expect(printed(n, f)).toBe(f.text);
          // The repaired value is the printed digits without separators or PDF spaces.
          expect(f.value).toBe(f.text.replace(/[\s,，]/g, ''));
        }
      }
    });

    it(`${seed}: every component list adds up within rounding (except 004's known 人员经费 error)`, () => {
      const n = narrative(seed);
      const failing: string[] = [];
      let lists = 0;
      for (const s of n.statements) {
        if (!s.components?.length) continue;
        lists++;
        const parts = components(n, s).map(ownValue);
        const total = ownValue(s);
        expect(total).not.toBeNull();
        expect(parts.every((p) => p !== null)).toBe(true);
        if (!overlaps(addIntervals(...parts.map((p) => interval(p!))), interval(total!))) failing.push(`${s.subject} ${total}`);
      }
      expect(lists).toBeGreaterThanOrEqual(seed === '003' ? 4 : 6);
      expect(failing).toEqual(seed === '004' ? ['人员经费 372.99'] : []);
    });
  }
});

describe('000 (Liuzhou science bureau, 2024 budget)', () => {
  it('reads the opening total with its change, subject normalised and years stripped', () => {
    const n = narrative('000');
    const s = n.statements[0]!;
    expect(s.subject).toBe('收支总计');
    expect(s.subjectText).toBe('2024年部门收支总预算');
    expect(s.year).toBe(2024);
    expect(s.section).toBe('一、部门收支预算情况说明');
    expect(only(s, 'amount').value).toBe('10312.28');
    expect(printed(n, only(s, 'amount'))).toBe('10,312.28');
    expect(only(s, 'delta')).toMatchObject({ value: '3090.19', direction: 'down', directionWord: '减少', unit: '万元' });
    expect(only(s, 'changePct')).toMatchObject({ value: '23.06', direction: 'down', directionWord: '下降', unit: '%' });
  });

  it('splits 收入包括 / 支出包括 into two lists on the same total', () => {
    const n = narrative('000');
    const income = n.statements.find((s) => s.subject === '收入总计' && s.derivedFrom === n.statements[0]!.id)!;
    const spending = n.statements.find((s) => s.subject === '支出总计' && s.derivedFrom === n.statements[0]!.id)!;
    expect(components(n, income).map((c) => [c.subject, ownValue(c)])).toEqual([
      ['一般公共预算拨款', '10228.08'],
      ['单位资金', '84.20'],
    ]);
    expect(components(n, spending).map((c) => c.subject)).toEqual(['科学技术支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出']);
    expect(only(income, 'amount').start).toBe(only(n.statements[0]!, 'amount').start);
  });

  it('repairs PDF-damaged numbers but marks them as printed ("547. 82万元", "5. 31%")', () => {
    const n = narrative('000');
    const s = one(n, '社会保障和就业支出', '547.82', '三、');
    expect(s.figures.map((f) => [f.role, f.text, f.value])).toEqual([
      ['amount', '547. 82', '547.82'],
      ['share', '5. 31', '5.31'],
      ['delta', '38. 40', '38.40'],
      ['changePct', '7. 54', '7.54'],
    ]);
    expect(s.shareOf).toBe('支出总计');
    expect(only(s, 'delta').direction).toBe('up');
    // The cause clause is kept, not read as the direction.
    expect(s.cause?.text.startsWith('增加的主要原因是')).toBe(true);
  });

  it('joins a sentence broken over two lines ("同比\\n\\n- 下降1.52%")', () => {
    const n = narrative('000');
    const s = n.statements.find((x) => x.subject === '基本支出' && x.section === '三、部门支出预算情况说明')!;
    expect(s.figures.map((f) => f.role)).toEqual(['amount', 'share', 'delta', 'changePct']);
    expect(only(s, 'changePct')).toMatchObject({ value: '1.52', direction: 'down' });
  });

  it('lists the four classes and the 基本/项目 split as components of 支出总计', () => {
    const n = narrative('000');
    const lists = n.statements.filter((s) => s.subject === '支出总计' && s.components && s.section?.startsWith('三、'));
    expect(lists.map((s) => components(n, s).map((c) => c.subject))).toEqual([
      ['科学技术支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出'],
      ['基本支出', '项目支出'],
    ]);
  });

  it('reads 类/款/项 paths and 全部为基本支出', () => {
    const n = narrative('000');
    const s = one(n, '行政运行', '468.48');
    expect(s.path).toEqual(['科学技术支出', '科学技术管理事务', '行政运行']);
    expect(s.entirely).toBe('基本支出');
    // A path broken over two lines by the PDF ("其他应用研究支\n\n出(项)").
    expect(one(n, '其他应用研究支出', '40.10').path).toEqual(['科学技术支出', '应用研究', '其他应用研究支出']);
    const spending = n.statements.find((x) => x.subject === '一般公共预算支出' && x.derivedFrom)!;
    expect(components(n, spending)).toHaveLength(16);
    expect(components(n, spending).every((c) => c.path?.length === 3)).toBe(true);
  });

  it('reads 三公: the base year, 与上年持平, and the nested 公务用车 list', () => {
    const n = narrative('000');
    const s = one(n, '三公经费', '12.56');
    expect(only(s, 'previous')).toMatchObject({ value: '15.91', year: 2023 });
    expect(only(s, 'delta')).toMatchObject({ value: '3.35', direction: 'down' });
    expect(components(n, s).map((c) => c.subject)).toEqual(['因公出国(境)费', '公务接待费', '公务用车购置及运行维护费']);
    expect(one(n, '因公出国(境)费').flat).toBe(true);
    expect(one(n, '公务接待费').flat).toBe(false);
    const car = one(n, '公务用车购置及运行维护费');
    expect(components(n, car).map((c) => c.subject)).toEqual(['公务用车购置费', '公务用车运行维护费']);
    expect(one(n, '公务用车购置费').flat).toBe(true);
  });

  it('reads 政府采购 with its three lists (集中/分散, 项目类型, 资金来源) and shares of it', () => {
    const n = narrative('000');
    const lists = n.statements.filter((s) => s.subject === '政府采购' && s.components);
    expect(lists.map((s) => components(n, s).map((c) => c.subject))).toEqual([
      ['集中采购', '分散采购'],
      ['货物类', '工程类', '服务类'],
      ['一般公共预算安排采购支出', '单位资金安排采购支出'],
    ]);
    expect(one(n, '集中采购')).toMatchObject({ shareOf: '政府采购' });
    expect(only(one(n, '集中采购'), 'share').value).toBe('11.35');
  });

  it('keeps the project count of 绩效目标 and nothing else from that section', () => {
    const n = narrative('000');
    const perf = n.statements.filter((s) => s.section?.includes('绩效'));
    expect(perf).toHaveLength(1);
    expect(perf[0]!.subject).toBe('项目');
    expect(perf[0]!.figures.map((f) => [f.role, f.value, f.unit])).toEqual([['count', '21', '个']]);
    const values = n.statements.flatMap((s) => s.figures.map((f) => f.value));
    expect(values).not.toContain('21000');
    expect(values).not.toContain('567.94');
  });

  it('takes no year, document number or list marker for a figure', () => {
    const n = narrative('000');
    const values = new Set(n.statements.flatMap((s) => s.figures.map((f) => f.value)));
    for (const v of ['2024', '2023', '2022', '568', '1', '4']) expect(values.has(v), v).toBe(false);
  });

  it('reads 机关运行经费 (printed 行政运行经费) and the vehicle count by 用途', () => {
    const n = narrative('000');
    expect(only(one(n, '机关运行经费'), 'amount').value).toBe('238.04');
    const cars = one(n, '车辆');
    expect(only(cars, 'count')).toMatchObject({ value: '5', unit: '辆' });
    expect(components(n, cars).map((c) => c.subject)).toEqual(['用途一用车']);
  });
});

describe('001 (Liuzhou industry bureau, 2025 budget)', () => {
  it('records both words when the cause contradicts the direction (资源勘探工业信息等支出)', () => {
    const n = narrative('001');
    const s = one(n, '资源勘探工业信息等支出', '23978.19', '三、');
    expect(only(s, 'delta')).toMatchObject({ value: '2252.89', direction: 'up', directionWord: '增加' });
    expect(s.cause?.text).toMatch(/^增加的主要原因是.*减少。$/);
  });

  it('reads paths whose names the PDF broke over lines, and 其中：基本支出…项目支出', () => {
    const n = narrative('001');
    const s = one(n, '行政运行', '1173.40');
    expect(s.path).toEqual(['资源勘探工业信息等支出', '制造业', '行政运行']);
    expect(components(n, s).map((c) => [c.subject, ownValue(c)])).toEqual([
      ['基本支出', '1162.32'],
      ['项目支出', '11.08'],
    ]);
    expect(one(n, '机关事业单位基本养老保险缴费支出', '243.12').path?.[1]).toBe('行政事业单位养老支出');
  });

  it('reads 四、: 一般公共预算 (no 拨款) as 一般公共预算拨款 under 财政拨款收入总计', () => {
    const n = narrative('001');
    const income = n.statements.find((s) => s.subject === '财政拨款收入总计')!;
    expect(components(n, income).map((c) => c.subject)).toEqual(['一般公共预算拨款']);
    expect(n.statements.find((s) => s.subject === '财政拨款支出总计')!.components).toHaveLength(6);
  });

  it('reads 与上年持平 on the whole 公务用车 line and its two items', () => {
    const n = narrative('001');
    for (const subject of ['公务用车购置及运行维护费', '公务用车购置费', '公务用车运行维护费']) {
      expect(one(n, subject).flat, subject).toBe(true);
    }
    expect(one(n, '公务接待费').flat).toBe(false);
  });

  it('lists vehicles by 用途 and ignores the 编制 count', () => {
    const n = narrative('001');
    const cars = one(n, '车辆');
    expect(components(n, cars)).toHaveLength(7);
    expect(n.statements.some((s) => /编制/.test(s.subjectText))).toBe(false);
  });
});

describe('002 (Zhuzhou Lusong, 2023 final accounts)', () => {
  it('reads the known wrong percentage sentence as printed (增加131.77万元，增长9.98%)', () => {
    const n = narrative('002');
    const s = one(n, '财政拨款收支总计', '1451.29');
    expect(s.section).toBe('四、财政拨款收入支出决算总体情况说明');
    expect(only(s, 'delta')).toMatchObject({ value: '131.77', direction: 'up', directionWord: '增加' });
    expect(only(s, 'changePct')).toMatchObject({ value: '9.98', direction: 'up', directionWord: '增长' });
    expect(printed(n, only(s, 'changePct'))).toBe('9.98');
    // "收、支总计" is one subject.
    expect(one(n, '收支总计', '1452.61').subjectText).toBe('2023年度收、支总计');
  });

  it('keeps mixed direction words as printed (增加1.07万元，减少增长41.84%)', () => {
    const n = narrative('002');
    const s = n.statements.find((x) => x.subject === '三公经费')!;
    expect(only(s, 'previous').value).toBe('3.63');
    expect(only(s, 'amount').value).toBe('3.63');
    expect(only(s, 'rate').value).toBe('100.00');
    expect(only(s, 'changePct')).toMatchObject({ value: '41.84', directionWord: '减少增长', direction: 'up' });
    // "决算数与预算数持平" compares budget and outturn, not years.
    expect(s.flat).toBe(false);
    expect(components(n, s).map((c) => c.subject)).toEqual(['因公出国(境)费', '公务接待费', '公务用车购置费', '公务用车运行维护费']);
    expect(find(n, '因公出国(境)费')[0]!.flat).toBe(true); // 与上年相比无变化
  });

  it('carries a 类/款/项 line to the figures on the next line, and lists the 13 items', () => {
    const n = narrative('002');
    const s = one(n, '行政运行', '65.02');
    expect(s.path).toEqual(['一般公共服务支出', '政府办公厅(室)及相关机构事务', '行政运行']);
    expect(only(s, 'previous').value).toBe('0.0');
    const total = n.statements.find((x) => x.subject === '财政拨款支出' && fig(x, 'rate').length)!;
    expect(only(total, 'previous').value).toBe('192.31');
    expect(only(total, 'rate').value).toBe('754.66');
    expect(components(n, total)).toHaveLength(13);
    expect(only(one(n, '行政运行', '46.41'), 'rate').value).toBe('163.36');
  });

  it('records the words comparing outturn and budget ("决算数小于年初预算数"), as printed', () => {
    const n = narrative('002');
    const s = one(n, '行政运行', '154.80');
    expect(s.versusBudget).toMatchObject({ relation: 'less', text: '决算数小于年初预算数' });
    expect(printed(n, s.versusBudget!)).toBe('决算数小于年初预算数');
    expect(one(n, '行政运行', '46.41').versusBudget?.relation).toBe('greater');
    expect(n.statements.find((x) => x.subject === '三公经费')!.versusBudget?.relation).toBe('equal');
  });

  it('takes "占100.00%" as a share of the list parent, and "占本年支出合计的" by name', () => {
    const n = narrative('002');
    expect(one(n, '财政拨款收入').shareOf).toBe('收入合计');
    expect(one(n, '人员经费').shareOf).toBe('基本支出');
    expect(find(n, '财政拨款支出', '1451.29').find((s) => fig(s, 'share').length)!.shareOf).toBe('支出合计');
    expect(one(n, '一般公共服务支出').shareOf).toBe('财政拨款支出');
    // "2023年度“三公”经费财政拨款支出决算中，公务接待费支出决算3.63万元，占100.00%".
    expect(find(n, '公务接待费', '3.63', '（二）').find((s) => fig(s, 'share').length)!.shareOf).toBe('三公经费');
  });

  it('takes one item under 其中 as a part, not a decomposition, and mixes no counts into money', () => {
    const n = narrative('002');
    // "…支出决算为0.00万元，其中：公务用车购置费0.00万元，单位本级更新公务用车0.00辆。公务用车运行维护费…"
    const car = find(n, '公务用车购置及运行维护费', '0.00', '（二）');
    expect(car.length).toBeGreaterThan(0);
    expect(car.every((s) => s.components === undefined)).toBe(true);
    // "授予中小企业合同金额97.68万元…其中：授予小微企业合同金额97.68万元": of which, not a sum.
    expect(one(n, '授予中小企业合同金额').components).toBeUndefined();
    expect(only(one(n, '车辆'), 'count')).toMatchObject({ value: '0.00', unit: '辆' });
  });
});

describe('003 (Liuzhou big-data bureau, 2025 budget)', () => {
  it('reads 机关运行经费 292.90 and 公用经费 138.70 (the warning pair)', () => {
    const n = narrative('003');
    expect(only(one(n, '机关运行经费'), 'amount').value).toBe('292.90');
    expect(only(one(n, '公用经费'), 'amount').value).toBe('138.70');
    expect(components(n, one(n, '基本支出', '980.63')).map((c) => c.subject)).toEqual(['人员经费', '公用经费']);
  });
});

describe('004 (Shuozhou, 2024 final accounts)', () => {
  it('reads the 人员经费 list (the known error: 13 items add up to 401.24, not 372.99)', () => {
    const n = narrative('004');
    const s = one(n, '人员经费', '372.99');
    const items = components(n, s);
    expect(items).toHaveLength(13);
    expect(items.map((c) => c.subject)).toContain('商品和服务支出');
    const sum = items.reduce((a, c) => a.plus(ownValue(c)!), new Decimal(0));
    expect(sum.toFixed(2)).toBe('401.24');
    expect(components(n, one(n, '公用经费', '28.25'))).toHaveLength(5);
  });

  it('reads budget, outturn and 完成年初预算的118.66%', () => {
    const n = narrative('004');
    const s = n.statements.find((x) => fig(x, 'rate').some((f) => f.value === '118.66'))!;
    expect(s.subject).toBe('一般公共预算支出');
    expect(only(s, 'previous').value).toBe('432.31');
    expect(only(s, 'amount').value).toBe('512.98');
    expect(components(n, s).map((c) => c.subject)).toEqual([
      '一般公共服务支出', '科学技术支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出', '其他支出',
    ]);
  });

  it('attaches "较上年决算减少95.46万元" to 科学技术支出, not to its last listed item', () => {
    const n = narrative('004');
    const s = find(n, '科学技术支出', '356.13').find((x) => fig(x, 'rate').length)!;
    expect(only(s, 'delta')).toMatchObject({ value: '95.46', direction: 'down' });
    expect(only(s, 'changePct').value).toBe('21.14');
    const items = components(n, s);
    expect(items[0]).toMatchObject({ subject: '人员基本工资' });
    expect(ownValue(items[0]!)).toBe('118.06');
    // Figures inside the cause clause are not figures of the statement.
    expect(n.statements.flatMap((x) => x.figures).some((f) => f.value === '19.12')).toBe(false);
  });

  it('attaches "与上年相比，收入总计增加…，支出总计增加…" by subject', () => {
    const n = narrative('004');
    for (const subject of ['收入总计', '支出总计', '财政拨款收入总计', '财政拨款支出总计']) {
      const s = one(n, subject);
      expect(fig(s, 'amount'), subject).toHaveLength(1);
      expect(fig(s, 'delta'), subject).toHaveLength(1);
      expect(only(s, 'delta').direction).toBe('up');
    }
    expect(only(one(n, '收入总计'), 'changePct').value).toBe('0.7');
  });

  it('reads 与上年…相同 as flat, on the 三公 total and its items', () => {
    const n = narrative('004');
    const total = n.statements.find((s) => s.subject === '三公经费' && s.components)!;
    expect(total.flat).toBe(true);
    expect(components(n, total).map((c) => [c.subject, ownValue(c), c.flat])).toEqual([
      ['因公出国(境)费', '0', true],
      ['公务用车购置费', '0', true],
      ['公务用车运行维护费', '4.20', true],
      ['公务接待费', '0', true],
    ]);
  });

  it('reads the share 78.06% of 基本支出 in 支出合计 and the class shares', () => {
    const n = narrative('004');
    const s = one(n, '基本支出', '401.24', '三、');
    expect(s.section).toBe('三、支出决算情况说明');
    expect(s).toMatchObject({ shareOf: '支出合计' });
    expect(only(s, 'share').value).toBe('78.06');
    // "科学技术支出(类)356.13万元": a class-level path.
    expect(find(n, '科学技术支出', '356.13').find((x) => fig(x, 'share').length)!.path).toEqual(['科学技术支出']);
  });
});

describe('the same sentences laid out as an HTML page would (one paragraph per section)', () => {
  it('finds the same statements and lists when list items share one paragraph', () => {
    const text = readFileSync(fixturePath('narrative', FIXTURES['000']), 'utf8');
    // Each section's body on one line: "…。其中:（一）…。（二）…。（三）…。其中:1. …2. …".
    const oneLine = text
      .split(/\n(?=[一二三四五六七八九十]+、)/)
      .map((section) => {
        const [heading, ...body] = section.split('\n');
        return `${heading}\n${body.map((l) => l.trim().replace(/^- /, '')).join('')}`;
      })
      .join('\n');
    expect(oneLine.split('\n').length).toBeLessThan(30);
    const a = narrative('000');
    const b = extractNarrative(oneLine);
    const shape = (n: NarrativeResult) =>
      n.statements
        .filter((s) => s.section?.startsWith('七、') || s.section?.startsWith('二、'))
        .map((s) => `${s.subject} ${s.figures.map((f) => `${f.role}=${f.value}`).join(',')} [${components(n, s).map((c) => c.subject).join('+')}]${s.flat ? ' flat' : ''}`);
    expect(shape(b)).toEqual(shape(a));
    expect(shape(a).some((x) => x.startsWith('三公经费') && x.includes('[因公出国(境)费+公务接待费+公务用车购置及运行维护费]'))).toBe(true);
    for (const s of b.statements) for (const f of s.figures) expect(oneLine.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('any cut of the text', () => {
  it('never throws and keeps every figure on its printed text (slices of all five excerpts)', () => {
    // A fixed pseudo-random sequence, so a failure can be reproduced.
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (const file of Object.values(FIXTURES)) {
      const text = readFileSync(fixturePath('narrative', file), 'utf8');
      for (let k = 0; k < 40; k++) {
        const a = rand(text.length);
        const b = a + rand(text.length - a + 1);
        const part = text.slice(a, b);
        const n = extractNarrative(part);
        for (const st of n.statements) {
          for (const f of st.figures) expect(part.slice(f.start, f.end)).toBe(f.text);
          for (const id of st.components ?? []) expect(n.statements.some((x) => x.id === id)).toBe(true);
        }
      }
    }
    expect(extractNarrative('').statements).toEqual([]);
  });
});

