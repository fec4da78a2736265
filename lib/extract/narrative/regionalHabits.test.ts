// Sentence habits of other regions that broke the extractor (metamorphic round 3): each with a
// sentence that used to break it and one that did not, read through extraction and the checks the
// narrative makes on itself, so the test says what a reader of the report would see.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../checks/registry';
import { narrativeSelf } from '../../checks/narrativeSelf';
import { narrativeCoverage } from '../../checks/narrativeCoverage';
import { docOf } from '../../../tests/support/tables';
import { extractNarrative } from './index';
import { loadSeed } from '../../../tests/support/seedModels';

function read(text: string, kind: 'budget' | 'final' = 'budget') {
  const narrative = extractNarrative(text);
  const doc = docOf(kind, [], { narrative });
  const { findings } = runChecks(doc, {}, [narrativeSelf]);
  const figs = narrative.statements.map((s) => `${s.subject}: ${s.figures.map((f) => `${f.role}=${f.value}`).join(' ')}`);
  return { narrative, findings, figs, coverage: narrativeCoverage(doc, findings), verdicts: findings.map((f) => `${f.rule} ${f.status}`) };
}

describe('the change printed before the figure', () => {
  it('"…比上年减少20.00万元，下降8.00%。基本支出预算为230.00万元。": the next sentence’s amount completes the change', () => {
    const r = read('2024年基本支出较上年减少20.00万元，下降8.00%。基本支出预算为230.00万元。');
    expect(r.figs).toEqual(['基本支出: delta=20.00 changePct=8.00 amount=230.00']);
    expect(r.verdicts).toEqual(['narrative.changePct pass']);
  });
  it('a wrong rate printed that way is still found', () => {
    const r = read('2024年基本支出较上年减少20.00万元，下降9.00%。基本支出预算为230.00万元。');
    expect(r.verdicts).toEqual(['narrative.changePct fail']);
  });
  it('the figure first, as before, reads the same', () => {
    expect(read('2024年基本支出预算为230.00万元，较2023年减少20.00万元，下降8.00%。').verdicts).toEqual(['narrative.changePct pass']);
  });
  it('another subject, another year, or a sentence with its own change: no merge', () => {
    expect(read('2024年基本支出较上年减少20.00万元，下降8.00%。项目支出预算为230.00万元。').figs).toHaveLength(2);
    expect(read('2024年基本支出较上年减少20.00万元，下降8.00%。2022年基本支出为230.00万元。').figs).toHaveLength(2);
    const own = read('2024年基本支出较上年减少20.00万元，下降8.00%。基本支出预算为230.00万元，比上年增加5.00万元。');
    expect(own.figs).toEqual(['基本支出: delta=20.00 changePct=8.00', '基本支出: amount=230.00 delta=5.00']);
  });
});

describe('决算 sentences: the rate of execution in other words', () => {
  it('"决算数为年初预算数的92.00%" is a rate of the budget, checked against it', () => {
    const r = read('2023年度一般公共预算财政拨款支出年初预算为250.00万元，支出决算为230.00万元，决算数为年初预算数的92.00%。', 'final');
    expect(r.figs).toEqual(['一般公共预算支出: previous=250.00 amount=230.00 rate=92.00']);
    expect(r.verdicts).toEqual(['narrative.rate pass']);
    const wrong = read('2023年度一般公共预算财政拨款支出年初预算为250.00万元，支出决算为230.00万元，决算数为年初预算数的93.00%。', 'final');
    expect(wrong.verdicts).toEqual(['narrative.rate fail']);
  });
  it('"完成年初预算的92.00%" reads as before; a bare "占预算的" stays a share', () => {
    expect(read('2023年度一般公共预算财政拨款支出年初预算为250.00万元，支出决算为230.00万元，完成年初预算的92.00%。', 'final').verdicts).toEqual(['narrative.rate pass']);
    expect(read('2024年三公经费预算230.00万元，其中公务接待费200.00万元，占预算的86.96%。').narrative.statements[1]!.figures.map((f) => f.role)).toEqual(['amount', 'share']);
  });
});

describe('approximate figures are read but never checked', () => {
  it.each([
    '2024年三公经费预算230万余元，比上年增加20.00万元，增长10.52%。',
    '2024年三公经费预算约230万元，比上年增加约20万元，增长约10.52%。',
    '2024年三公经费预算近230万元，比上年增加20万余元，增长10.52%。',
    '2024年三公经费预算230.00万元，比上年增加近20万元，增长10.52%。',
    '2024年三公经费预算230.00万元左右，比上年增加20.00万元，增长10.52%。',
    '2024年三公经费预算230万多元，比上年增加20.00万元，增长10.52%。',
  ])('%s: no verdict, one statement, said not checked because approximate', (text) => {
    const r = read(text);
    expect(r.verdicts).toEqual([]);
    expect(r.narrative.statements).toHaveLength(1);
    expect(r.narrative.statements[0]!.subject).toBe('三公经费');
    expect(r.coverage.notChecked.map((n) => n.reason).join()).toContain('约数');
  });
  it('the same sentence with exact figures is checked (and 10.52% is wrong)', () => {
    expect(read('2024年三公经费预算230.00万元，比上年增加20.00万元，增长10.52%。').verdicts).toEqual(['narrative.changePct fail']);
    // "万元多用于…" is no "万多元"
    expect(read('2024年三公经费预算230.00万元多用于接待，比上年增加20.00万元，增长10.52%。').verdicts).toEqual(['narrative.changePct fail']);
  });
});

describe('figures broken by the PDF', () => {
  it('a line break inside a figure or between 万 and 元 keeps the figure', () => {
    const r = read('2024年三公经费预算230.\n00万元，比上年增加20.00万\n元，增长9.\n52%。');
    expect(r.figs).toEqual(['三公经费: amount=230.00 delta=20.00 changePct=9.52']);
    expect(r.verdicts).toEqual(['narrative.changePct pass']);
    for (const f of r.narrative.statements[0]!.figures) expect(r.narrative.text.slice(f.start, f.end)).toBe(f.text);
  });
  it('digits split by a space ("2 30.00万元") leave the figure unread: no false fail', () => {
    const r = read('2024年三公经费预算2 30.00万元，比上年增加20. 00万元，增长9. 52%。');
    expect(r.figs).toEqual(['三公经费: amount=null delta=20.00 changePct=9.52']);
    expect(r.verdicts).toEqual([]);
    expect(read('2024年三公经费预算230.00万元，比上年增加20. 00万元，增长9. 52%。').verdicts).toEqual(['narrative.changePct pass']);
  });
  it('full-width figures: the message shows the change as a number', () => {
    const f = read('2024年三公经费预算２３０．００万元，比上年增加２０．００万元，增长９．５２％。').findings[0]!;
    expect(f.status).toBe('pass');
    expect(f.message).toContain('= 20.00 ÷ 210.00');
  });
});

describe('list items opened by 一是 / （1）', () => {
  it('"一是基本支出…；二是项目支出…" names 基本支出 and 项目支出, not "一是基本支出"', () => {
    const r = read('2023年度一般公共预算财政拨款支出决算230.00万元，其中：一是基本支出200.00万元，占86.96%；二是项目支出30.00万元，占13.04%。', 'final');
    expect(r.narrative.statements.map((s) => s.subject)).toEqual(['一般公共预算支出', '基本支出', '项目支出']);
    expect(r.verdicts).toEqual(['narrative.components pass', 'narrative.share pass', 'narrative.share pass']);
  });
  it('"（1）基本支出…" on lines of their own, likewise; a name that merely starts with 一 keeps it', () => {
    const r = read('2024年支出预算230.00万元，其中：\n（1）基本支出200.00万元，占86.96%；\n（2）项目支出30.00万元，占13.04%。');
    expect(r.narrative.statements.map((s) => s.subject)).toEqual(['支出预算', '基本支出', '项目支出']);
    expect(read('一般公共服务支出230.00万元。').narrative.statements[0]!.subject).toBe('一般公共服务支出');
  });
});

describe('percentage points and zero bases', () => {
  it('"下降2.10个百分点" is no rate of change', () => {
    const r = read('2024年三公经费预算230.00万元，其中公务接待费200.00万元，占三公经费86.96%，比上年下降2.10个百分点。');
    expect(r.figs).toEqual(['三公经费: amount=230.00', '公务接待费: amount=200.00 share=86.96']);
    expect(r.verdicts).toEqual(['narrative.share pass']);
  });
  it('a base of 0 ("上年为0", "增长100.00%" from nothing) is never divided by, never a fail', () => {
    for (const t of ['2024年公务接待费预算5.00万元，上年为0，增加5.00万元，增长100.00%。', '2024年公务接待费预算5.00万元，比上年增加5.00万元，上年无此项支出。', '2024年公务接待费预算0.00万元，比上年减少0.00万元，下降0.00%。'])
      expect(read(t).verdicts.filter((v) => v.endsWith('fail'))).toEqual([]);
  });
});

describe('last year named on its own, and 同期', () => {
  it('"…，上年预算210.00万元，增加…" is last year’s figure of the same statement, not a subject "上年"', () => {
    const r = read('2024年三公经费预算230.00万元，上年预算210.00万元，增加20.00万元，增长9.52%。');
    expect(r.figs).toEqual(['三公经费: amount=230.00 previous=210.00 delta=20.00 changePct=9.52']);
    expect(r.verdicts.sort()).toEqual(['narrative.changePct pass', 'narrative.delta pass']);
    // the identity it states is still held to: 200 + 20 is not 230
    expect(read('2024年三公经费预算230.00万元，上年预算200.00万元，增加20.00万元，增长9.52%。').verdicts).toContain('narrative.delta fail');
    expect(read('2024年三公经费预算230.00万元，比上年的210.00万元增加20.00万元，增长9.52%。').verdicts.sort()).toEqual(['narrative.changePct pass', 'narrative.delta pass']);
  });
  it('"较上年同期增加" / "与上年同期相比增加" read as 比上年', () => {
    for (const w of ['较上年同期', '比上年同期', '与上年同期相比'])
      expect(read(`2024年三公经费预算230.00万元，${w}增加20.00万元，增长9.52%。`).figs).toEqual(['三公经费: amount=230.00 delta=20.00 changePct=9.52']);
  });
  it('last year’s outturn is never the budget a 完成预算 rate divides by', () => {
    expect(read('2023年度三公经费支出决算为230.00万元，上年决算210.00万元，完成年初预算的92.00%。', 'final').verdicts).toEqual([]);
    expect(read('2023年度三公经费年初预算为250.00万元，支出决算为230.00万元，完成年初预算的92.00%。', 'final').verdicts).toEqual(['narrative.rate pass']);
  });
});

describe('a PDF line break inside a figure, at a line end', () => {
  it('a list item ending in "…10,228.08万" is no heading: its figures go on on the next line', () => {
    const text = '2024年部门收入总预算10,312.28万元。其中:\n(一)一般公共预算拨款收入10,228.08万\n元,同比减少3,116.39万元,同比下降23.35%。\n(二)单位资金84.20万元。';
    expect(read(text).verdicts).toEqual(['narrative.components pass', 'narrative.changePct pass']);
    // the same item on one line
    expect(read(text.replace('万\n元', '万元')).verdicts).toEqual(['narrative.components pass', 'narrative.changePct pass']);
  });
  it('a repeated short line broken inside a figure ("年初预算为0.00万") is no running header', () => {
    const item = (n: number) => `${n}、科学技术支出（类）基础研究（款）自然科学基金（项）。\n年初预算为0.00万\n元，支出决算为5.00万元，决算数大于年初预算数。\n`;
    const r = read(`支出决算情况如下：\n${item(1)}${item(2)}${item(3)}`, 'final');
    expect(r.verdicts).toEqual(['narrative.versusBudget pass', 'narrative.versusBudget pass', 'narrative.versusBudget pass']);
  });
  it('"增长0.\\n7%" reads as 0.7%; "增长0. 7%" (a space: a digit may be lost) stays unread', () => {
    expect(read('收入总计513.98万元，增加3.55万元，增长0.\n7%。').verdicts).toEqual(['narrative.changePct pass']);
    expect(read('收入总计513.98万元，增加3.55万元，增长0. 7%。').verdicts).toEqual([]);
  });
  it('"1,080.00万 元，其中：" keeps 元 in the unit, so the 其中 list still follows the figure', () => {
    for (const sp of ['万 元', '万元'])
      expect(read(`2026年支出预算1,080.00${sp}，其中：基本支出780.00万元，占72.22%；项目支出300.00万元，占27.78%。`).verdicts).toEqual(['narrative.components pass', 'narrative.share pass', 'narrative.share pass']);
  });
  it('"收入、支出决算总计1,080.00万 元。与上年相比，收、支总计各增加…": the amount is found past the split unit', () => {
    for (const sp of ['万 元', '万元'])
      expect(read(`2025年度收入、支出决算总计1,080.00${sp}。与上年相比，收、支总计各增加80.00万元，增长8.00%。`, 'final').verdicts).toEqual(['narrative.changePct pass']);
  });
});

describe('a change against the budget (决算 "比年初预算减少…")', () => {
  it('is a statement of its own restating the amount: its rate is checked against amount ± change', () => {
    for (const w of ['比年初预算', '与年初预算相比', '决算数较年初预算数']) {
      const r = read(`2023年度三公经费支出决算230.00万元，${w}减少20.00万元，下降8.00%。`, 'final');
      expect(r.figs).toEqual(['三公经费: amount=230.00', '三公经费: amount=230.00 delta=20.00 changePct=8.00']);
      expect(r.narrative.statements[1]!.derivedFrom).toBe(r.narrative.statements[0]!.id);
      expect(r.verdicts).toEqual(['narrative.changePct pass']);
    }
    expect(read('2023年度三公经费支出决算230.00万元，比年初预算减少20.00万元，下降9.00%。', 'final').verdicts).toEqual(['narrative.changePct fail']);
  });
  it('keeps apart from a change against last year in the same sentence, in either order', () => {
    for (const t of [
      '2023年度三公经费支出决算230.00万元，比年初预算减少20.00万元，下降8.00%；比上年增加10.00万元，增长4.55%。',
      '2023年度三公经费支出决算230.00万元，比上年增加10.00万元，增长4.55%；比年初预算减少20.00万元，下降8.00%。',
    ]) {
      const r = read(t, 'final');
      expect(r.figs.sort()).toEqual(['三公经费: amount=230.00 delta=10.00 changePct=4.55', '三公经费: amount=230.00 delta=20.00 changePct=8.00']);
      expect(r.verdicts).toEqual(['narrative.changePct pass', 'narrative.changePct pass']);
    }
  });
  it('with no amount before it, nothing takes its figures', () => {
    const r = read('2023年度三公经费比年初预算减少20.00万元，下降8.00%。', 'final');
    expect(r.verdicts).toEqual([]);
    expect(r.narrative.statements.flatMap((s) => s.figures)).toEqual([]);
  });
  it('"增加20.00万元（增长9.52%）": the bracketed rate belongs to the statement', () => {
    expect(read('2024年三公经费预算230.00万元，比上年增加20.00万元（增长9.52%）。').figs).toEqual(['三公经费: amount=230.00 delta=20.00 changePct=9.52']);
  });
});

describe('coverage of a change against a budget of 0', () => {
  it('"比年初预算数增加1668.14万元，增长0%" (no budget): not checked, and said so — not counted as checked with its amount', () => {
    const r = read('2019年度支出决算1668.14万元，其中：一般公共预算财政拨款支出1668.14万元，比年初预算数增加1668.14万元，增长0%；主要是因为新成立单位。', 'final');
    expect(r.verdicts.filter((v) => v.endsWith('fail'))).toEqual([]);
    const changed = r.narrative.statements.find((s) => s.derivedFrom && s.figures.some((f) => f.role === 'changePct'))!;
    expect(r.coverage.skippedIds).toContain(changed.id);
    expect(r.coverage.notChecked.map((n) => n.reason).join()).toContain('基数');
  });
});

describe('"分别为": names and figures paired by position', () => {
  it('"因公出国（境）费、公务接待费、公务用车购置及运行维护费分别为0.00万元、30.00万元、200.00万元" gives each its own figure (was: 0.00 read as 公务用车…)', () => {
    const r = read('2024年三公经费预算230.00万元，其中：因公出国（境）费、公务接待费、公务用车购置及运行维护费分别为0.00万元、30.00万元、200.00万元。');
    expect(r.figs).toEqual(['三公经费: amount=230.00', '因公出国(境)费: amount=0.00', '公务接待费: amount=30.00', '公务用车购置及运行维护费: amount=200.00']);
    expect(r.verdicts).toEqual(['narrative.components pass']);
  });
  it('"基本支出和项目支出分别为200.00万元和30.00万元，分别占86.96%和13.04%": amounts and shares, as if printed one by one', () => {
    const r = read('2024年支出预算230.00万元，其中基本支出和项目支出分别为200.00万元和30.00万元，分别占86.96%和13.04%。');
    const oneByOne = read('2024年支出预算230.00万元，其中基本支出200.00万元，占86.96%；项目支出30.00万元，占13.04%。');
    expect(r.figs).toEqual(oneByOne.figs);
    expect(r.verdicts).toEqual(oneByOne.verdicts);
    expect(r.verdicts).toEqual(['narrative.components pass', 'narrative.share pass', 'narrative.share pass']);
  });
  it('names and figures that do not pair up: nothing attributed, listed as not checked', () => {
    const r = read('2024年收入预算230.00万元，支出预算230.00万元，分别比上年增加20.00万元、20.00万元，分别增长9.52%、9.52%。');
    expect(r.verdicts).toEqual([]);
    expect(r.coverage.notChecked.map((n) => n.reason).join()).toContain('分别为');
    const three = read('2024年三公经费预算230.00万元，其中：公务接待费、公务用车购置及运行维护费分别为0.00万元、30.00万元、200.00万元。');
    expect(three.figs).toEqual(['三公经费: amount=230.00', ': amount=null amount=null amount=null']);
  });
});

describe('"分别为" against the tables (seed 000, its 三公 table)', () => {
  const seed = loadSeed('000');
  it.skipIf(!seed)('each 三公 part meets its own table cell: no fail', () => {
    const text = '七、“三公”经费支出预算情况说明\n2024年“三公”经费预算12.56万元，其中：因公出国（境）费、公务接待费、公务用车购置及运行维护费分别为0.00万元、4.56万元、8.00万元。';
    const doc = { ...seed!, narrative: extractNarrative(text) };
    const fs = runChecks(doc).findings.filter((f) => f.rule.startsWith('narrative'));
    expect(fs.filter((f) => f.status === 'fail')).toEqual([]);
    expect(fs.filter((f) => f.rule === 'narrative.table' && f.status === 'pass').length).toBeGreaterThanOrEqual(3);
  });
});
