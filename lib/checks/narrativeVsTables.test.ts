import { describe, expect, it } from 'vitest';
import { narrativeVsTables, partsWithinDepartment } from './narrativeVsTables';
import { docOf, narrativeOf, tableFrom, type StatementSpec } from '../../tests/support/tables';
import { expense004 } from '../../tests/support/finalTables';
import { loadSeed } from '../../tests/support/seedModels';
import { extractNarrative } from '../extract/narrative/index';

const basic = (v: string): StatementSpec => ({
  id: 's6',
  subject: '基本支出',
  shareOf: '支出合计',
  section: '三、支出决算情况说明',
  sentence: `基本支出${v}万元，占78.06%`,
  figures: [{ role: 'amount', text: v }],
});

describe('narrativeVsTables', () => {
  it('004: 基本支出 401.24 (of 支出合计) equals 公开03 合计 基本支出; 410.24 does not', () => {
    const ok = narrativeVsTables.run(docOf('final', [expense004()], { narrative: narrativeOf([basic('401.24')]) }), {});
    expect(ok).toHaveLength(1);
    expect(ok[0]).toMatchObject({ status: 'pass', refs: [{ figure: 's6.f1' }, { table: 't3', row: 0, col: 1, value: '401.24' }] });
    const bad = narrativeVsTables.run(docOf('final', [expense004()], { narrative: narrativeOf([basic('410.24')]) }), {});
    expect(bad[0]!.status).toBe('fail');
    expect(bad[0]!.message).toContain('说明“基本支出” 410.24万元 ≠ 公开03 合计 基本支出 401.24');
  });

  it('the 基本支出 of one 项 ("行政运行…其中：基本支出…") is not the department 基本支出', () => {
    const specs: StatementSpec[] = [
      { id: 'a', subject: '行政运行', path: ['科学技术支出', '科学技术管理事务', '行政运行'], sentence: '行政运行202.99万元，其中：', figures: [{ role: 'amount', text: '202.99' }], components: ['s6'] },
      basic('202.99'),
    ];
    expect(narrativeVsTables.run(docOf('final', [expense004()], { narrative: narrativeOf(specs) }), {})).toEqual([]);
  });

  const doc = loadSeed('003');
  it.skipIf(!doc)('003: 三公 1.47 equals 表7; 机关运行经费 292.90 vs 公用经费 138.70 is a warning', () => {
    const specs: StatementSpec[] = [
      { id: 'g', subject: '三公经费', section: '七、一般公共预算"三公"经费情况说明', sentence: '2025年“三公”经费预算数为1.47万元', figures: [{ role: 'amount', text: '1.47' }] },
      { id: 'j', subject: '机关运行经费', section: '(一) 机关运行经费安排情况说明', sentence: '2025年机关运行经费预算292.90万元', figures: [{ role: 'amount', text: '292.90' }] },
    ];
    const fs = narrativeVsTables.run({ ...doc!, narrative: narrativeOf(specs) }, {});
    expect(fs.map((f) => [f.status, f.severity])).toEqual([
      ['pass', 'info'],
      ['fail', 'warning'],
    ]);
    expect(fs[1]!.message).toContain('不一定是错误');
    specs[0]!.sentence = '2025年“三公”经费预算数为1.74万元';
    specs[0]!.figures[0]!.text = '1.74';
    const g = narrativeVsTables.run({ ...doc!, narrative: narrativeOf(specs) }, {})[0]!;
    expect([g.status, g.severity]).toEqual(['fail', 'error']);
  });

  // 004 公开10 as printed (行次, 统计数; blank = 0).
  const info004 = () =>
    tableFrom('t9', 'final.info', ['行次', '统计数'], `
\t一、政府采购情况\t\t
\t合计\t1\t6.19
\t货物\t2\t1.30
\t工程\t3\t
\t服务\t4\t4.89
\t二、机关运行经费\t\t
\t（一）行政单位\t5\t28.25
\t（二）参照公务员法管理事业单位\t6\t
\t三、国有资产占用情况\t\t`);
  const info = (subject: string, section: string, v: string): StatementSpec => ({ id: 'x', subject, section, sentence: `${subject}${v}万元`, figures: [{ role: 'amount', text: v }] });

  it('004: 政府采购 and its kinds, and 机关运行经费, are 公开10 rows — the same figures, so a difference is an error', () => {
    const run = (spec: StatementSpec) => narrativeVsTables.run(docOf('final', [info004()], { narrative: narrativeOf([spec]) }), {});
    expect(run(info('政府采购', '（二）政府采购情况说明', '6.19')).map((f) => f.status)).toEqual(['pass']);
    expect(run(info('货物类', '（二）政府采购情况说明', '1.30'))[0]!.refs[1]).toMatchObject({ table: 't9', row: 2, col: 1 });
    expect(run(info('服务类', '（二）政府采购情况说明', '4.98')).map((f) => [f.status, f.severity])).toEqual([['fail', 'error']]);
    const run2 = run(info('机关运行经费', '（一）机关运行经费支出情况说明', '28.25'));
    expect(run2.map((f) => f.status)).toEqual(['pass']);
    expect(run2[0]!.refs).toHaveLength(3); // the figure, 行政单位 and the blank 参公 row
    expect(run(info('机关运行经费', '（一）机关运行经费支出情况说明', '28.52')).map((f) => [f.status, f.severity])).toEqual([['fail', 'error']]);
  });

  const doc000 = loadSeed('000');
  it.skipIf(!doc000)('000: 财政拨款收支总预算 is 表4 总计 and 一般公共预算拨款支出 is 表5 合计', () => {
    const specs = (v: string): StatementSpec[] => [
      { id: 'a', subject: '财政拨款收支总计', section: '四、财政拨款收支预算情况说明', sentence: `2024年部门财政拨款收支总预算${v}万元`, figures: [{ role: 'amount', text: v }] },
      { id: 'b', subject: '一般公共预算支出', section: '五、一般公共预算支出情况说明', sentence: `2024年部门一般公共预算拨款支出${v}万元`, figures: [{ role: 'amount', text: v }] },
    ];
    const ok = narrativeVsTables.run({ ...doc000!, narrative: narrativeOf(specs('10,228.08')) }, {});
    expect(ok.map((f) => [f.status, f.message.split('= ')[1]?.split(' ')[0]])).toEqual([
      ['pass', '表4（收入）'],
      ['pass', '表5'],
    ]);
    const bad = narrativeVsTables.run({ ...doc000!, narrative: narrativeOf(specs('10,228.80')) }, {});
    expect(bad.map((f) => f.status)).toEqual(['fail', 'fail']);
  });

  it.skipIf(!doc000)('000: 项目21个 is the number of 表12 project rows (exact; a warning when it differs)', () => {
    const spec = (n: string): StatementSpec[] => [
      { id: 'p', subject: '项目', section: '十二、项目预算绩效目标情况说明', sentence: `涉及柳州市本级项目${n}个,预算资金7764.53万元。`, figures: [{ role: 'count', text: n, unit: '个' }] },
    ];
    const ok = narrativeVsTables.run({ ...doc000!, narrative: narrativeOf(spec('21')) }, {});
    expect(ok.map((f) => [f.status, f.message])).toEqual([['pass', '说明与表格： 说明“项目” 21个 = 表12 项目行数 21 = 21']]);
    const bad = narrativeVsTables.run({ ...doc000!, narrative: narrativeOf(spec('22')) }, {});
    expect(bad.map((f) => [f.status, f.severity])).toEqual([['fail', 'warning']]);
  });

  it('Putuo 2024: 财政拨款收入支出总计 is 公开04 总计 (the real PDF prints 0.3万元 against 2,961.68)', () => {
    const f4i = tableFrom('t6.income', 'final.fiscalOverview', ['决算数'], `
\t一、一般公共预算财政拨款\t2,940.05
\t本年收入合计\t2,940.05
\t年初财政拨款结转和结余\t21.63
\t总计\t2,961.68`, { part: 'income', group: 't6' });
    const spec = (v: string): StatementSpec[] => [
      { id: 'z', subject: '财政拨款收支总计', section: '四、财政拨款收入支出决算总体情况说明', sentence: `2024年度财政拨款收入支出总计${v}万元。`, figures: [{ role: 'amount', text: v }] },
    ];
    expect(narrativeVsTables.run(docOf('final', [f4i], { narrative: narrativeOf(spec('2,961.68')) }), {}).map((f) => f.status)).toEqual(['pass']);
    const bad = narrativeVsTables.run(docOf('final', [f4i], { narrative: narrativeOf(spec('0.3')) }), {});
    expect(bad.map((f) => [f.status, f.severity])).toEqual([['fail', 'error']]);
    expect(bad[0]!.refs.map((r) => r.value)).toEqual(['0.3', '2,961.68']);
  });

  it('004: 车辆2辆 is 公开10 车辆数合计; counts are exact, so 3辆 fails', () => {
    const t = info004();
    t.rows.push({ code: null, label: '（一）车辆数合计（辆）', cells: ['7', '2'] });
    const spec = (n: string): StatementSpec[] => [
      { id: 'v', subject: '车辆', section: '（三）国有资产占用情况说明', sentence: `截至2024年12月31日，本部门（单位）共有车辆${n}辆。`, figures: [{ role: 'count', text: n, unit: '辆' }] },
    ];
    expect(narrativeVsTables.run(docOf('final', [t], { narrative: narrativeOf(spec('2')) }), {}).map((f) => f.status)).toEqual(['pass']);
    expect(narrativeVsTables.run(docOf('final', [t], { narrative: narrativeOf(spec('3')) }), {}).map((f) => [f.status, f.severity])).toEqual([['fail', 'error']]);
  });

  const doc001 = loadSeed('001');
  it.skipIf(!doc001)('001: a 项 name two codes share (2150202 / 2150502 一般行政管理事务) is compared with the nearer one', () => {
    const spec = (v: string): StatementSpec[] => [
      {
        id: 'i',
        subject: '一般行政管理事务',
        section: '五、一般公共预算支出情况说明',
        path: ['资源勘探工业信息等支出', '工业和信息产业', '一般行政管理事务'],
        sentence: `资源勘探工业信息等支出（类）工业和信息产业（款）一般行政管理事务（项）支出${v}万元，全部为项目支出。`,
        figures: [{ role: 'amount', text: v }],
      },
    ];
    const ok = narrativeVsTables.run({ ...doc001!, narrative: narrativeOf(spec('4,579.11')) }, {});
    expect(ok.map((f) => [f.status, f.message])).toEqual([['pass', '说明与表格： 说明“一般行政管理事务” 4,579.11万元 = 表5 2150502 一般行政管理事务 合计 4,579.11 = 4,579.11万元']]);
    const bad = narrativeVsTables.run({ ...doc001!, narrative: narrativeOf(spec('4,578.74')) }, {});
    expect(bad.map((f) => f.status)).toEqual(['fail']);
    expect(bad[0]!.message).toContain('2 个同名的“一般行政管理事务”项，取合计最接近的 2150502');
  });

  it('two 项 sharing a name, the table in 元 and the narrative in 万元: the nearer one is chosen in the table\'s unit', () => {
    const t5 = tableFrom('t5', 'budget.generalExpense', ['合计'], `
206\t科学技术支出\t12,000,000.00
2060301\t机构运行\t7,362,000.00
2060501\t机构运行\t4,638,000.00`, { unit: '元' });
    const spec: StatementSpec[] = [{
      id: 'i', subject: '机构运行', section: '五、一般公共预算支出情况说明', path: ['科学技术支出', '应用研究', '机构运行'],
      sentence: '科学技术支出（类）应用研究（款）机构运行（项）支出736.20万元。', figures: [{ role: 'amount', text: '736.20' }],
    }];
    const fs = narrativeVsTables.run(docOf('budget', [t5], { unit: '元', narrative: narrativeOf(spec) }), {});
    expect(fs.map((f) => f.status)).toEqual(['pass']);
    expect(fs[0]!.refs.some((r) => r.value === '7,362,000.00')).toBe(true);
  });

  it('004: one class\'s 人员基本工资 118.06 exceeds the department\'s whole 30101 基本工资 113.20 (warning); 56.92 of 56.92 津贴补贴 is fine', () => {
    const t6 = tableFrom('t6.personnel', 'final.generalBasic', ['决算数'], `
301\t工资福利支出\t351.53
30101\t基本工资\t113.20
30102\t津贴补贴\t56.92
\t人员经费合计\t372.99`, { part: 'personnel', group: 't6' });
    const specs = (wage: string): StatementSpec[] => [
      { id: 'k', subject: '科学技术支出', section: '（三）一般公共预算财政拨款支出决算具体情况', sentence: '科学技术支出年初预算323.84万元，支出决算356.13万元，用于主要用于', figures: [{ role: 'amount', text: '356.13' }], components: ['w', 'a'] },
      { id: 'w', subject: '人员基本工资', sentence: `人员基本工资${wage}万元、`, figures: [{ role: 'amount', text: wage }] },
      { id: 'a', subject: '津贴补贴', sentence: '津贴补贴56.92万元。', figures: [{ role: 'amount', text: '56.92' }] },
    ];
    const bad = partsWithinDepartment(docOf('final', [t6], { narrative: narrativeOf(specs('118.06')) }));
    expect(bad.map((f) => [f.status, f.severity])).toEqual([['fail', 'warning'], ['pass', 'info']]);
    expect(bad[0]!.refs.map((r) => r.value)).toEqual(['118.06', '113.20']);
    const ok = partsWithinDepartment(docOf('final', [t6], { narrative: narrativeOf(specs('98.06')) }));
    expect(ok.map((f) => f.status)).toEqual(['pass', 'pass']);
  });

  it.skipIf(!doc000)('000 政府采购: by fund source (一般公共预算拨款 177.30, 单位资金 0.14) and by kind (货物 = 集中 + 分散 货物类) are 表10 合计 cells', () => {
    const sec = '十、政府采购预算情况说明';
    const specs = (goods: string): StatementSpec[] => [
      { id: 'a', subject: '一般公共预算安排采购支出', section: sec, sentence: '一般公共预算安排采购支出预算177.30万元,', figures: [{ role: 'amount', text: '177.30' }] },
      { id: 'b', subject: '单位资金安排采购支出', section: sec, sentence: '单位资金安排采购支出预算0.14万元。', figures: [{ role: 'amount', text: '0.14' }] },
      { id: 'c', subject: '货物类', section: sec, sentence: `货物类采购预算${goods}万元,`, figures: [{ role: 'amount', text: goods }] },
    ];
    const ok = narrativeVsTables.run({ ...doc000!, narrative: narrativeOf(specs('8.66')) }, {});
    expect(ok.map((f) => [f.status, f.refs.length])).toEqual([['pass', 2], ['pass', 2], ['pass', 3]]);
    expect(ok[2]!.message).toContain('集中采购/货物类 8.66 + 表10 合计 政府采购项目类型/分散采购/货物类 0.00');
    const bad = narrativeVsTables.run({ ...doc000!, narrative: narrativeOf(specs('6.86')) }, {});
    expect(bad.map((f) => f.status)).toEqual(['pass', 'pass', 'fail']);
  });

  const doc004 = loadSeed('004');
  it.skipIf(!doc004)('004: a 三公 part restated in the 具体情况 section is 公开09 决算数 too (4.20 passes, 4.02 fails)', () => {
    const spec = (v: string): StatementSpec[] => [
      { id: 'c', subject: '公务用车运行维护费', section: '（二）“三公”经费财政拨款支出决算具体情况说明', sentence: `公务用车运行维护费支出${v}万元，使用财政拨款负担的公务用车保有量共2辆`, figures: [{ role: 'amount', text: v }] },
    ];
    expect(narrativeVsTables.run({ ...doc004!, narrative: narrativeOf(spec('4.20')) }, {}).map((f) => f.status)).toEqual(['pass']);
    expect(narrativeVsTables.run({ ...doc004!, narrative: narrativeOf(spec('4.02')) }, {}).map((f) => f.status)).toEqual(['fail']);
  });

  it.skipIf(!doc000)('000: 财政拨款 section 一般公共预算拨款 → 表4 本年收入 一般公共预算; 一般公共预算安排购买服务支出 → 表11 资金类型', () => {
    const specs = (v: string): StatementSpec[] => [
      { id: 'a', subject: '一般公共预算拨款', section: '四、财政拨款收支预算情况说明', sentence: `收入包括: 一般公共预算拨款${v}万元;`, figures: [{ role: 'amount', text: v }] },
      { id: 'b', subject: '一般公共预算安排购买服务支出', section: '十一、政府购买服务预算情况说明', sentence: '其中:通过一般公共预算安排购买服务支出预算162.78万元。', figures: [{ role: 'amount', text: '162.78' }] },
    ];
    const ok = narrativeVsTables.run({ ...doc000!, narrative: narrativeOf(specs('10,228.08')) }, {});
    expect(ok.map((f) => [f.status, f.refs[1]!.table])).toEqual([['pass', 't4.income'], ['pass', 't11']]);
    const bad = narrativeVsTables.run({ ...doc000!, narrative: narrativeOf(specs('10,229.08')) }, {});
    expect(bad.map((f) => f.status)).toEqual(['fail', 'pass']);
  });
});

describe('shares whose base is only in a table (issue 10)', () => {
  // Jiangsu-shaped: the 三公 total is printed in the table only.
  const text = '七、“三公”经费预算情况说明\n2018年度一般公共预算拨款安排的“三公”经费预算支出中，因公出国（境）费支出180万元，占“三公”经费的26.86%；公务用车购置及运行费支出304.4万元，占“三公”经费的45.43%；公务接待费支出185.72万元，占“三公”经费的27.71%。';
  const t7 = () =>
    tableFrom('t7', 'budget.threePublic', ['“三公”经费/合计', '“三公”经费/因公出国(境)费', '“三公”经费/公务用车购置及运行维护费/小计', '“三公”经费/公务接待费'], '\t合计\t670.12\t180.00\t304.40\t185.72');
  const shares = (doc: ReturnType<typeof docOf>) => narrativeVsTables.run(doc, {}).filter((f) => /基数取自表格/.test(f.message));

  it('each share against the table’s 三公 total: pass; a share copied from the line above fails', () => {
    const ok = shares(docOf('budget', [t7()], { narrative: extractNarrative(text) }));
    expect(ok.map((f) => f.status)).toEqual(['pass', 'rounding', 'pass']); // 304.4 ÷ 670.12 = 45.42…, 304.4 has one decimal
    const bad = shares(docOf('budget', [t7()], { narrative: extractNarrative(text.replace('占“三公”经费的45.43%', '占“三公”经费的26.86%')) }));
    expect(bad.map((f) => f.status)).toEqual(['pass', 'fail', 'pass']);
  });
});

// 000's 政府采购预算表 (表10) as a PDF printed without vertical rules would give it: which columns
// 集中采购 spans is inferred from where its title sits, so its 小计 is not read for the narrative.
describe('narrativeVsTables: a column named by an inferred header group', () => {
  const central = (v: string): StatementSpec => ({ id: 'p', subject: '集中采购', section: '八、政府采购情况说明', sentence: `集中采购${v}万元`, figures: [{ role: 'amount', text: v }] });
  const t10 = (aligned: boolean) =>
    tableFrom('t10', 'budget.procurement', ['项目名称', '政府采购资金类型/合计', '政府采购项目类型/合计', '政府采购项目类型/集中采购/小计', '政府采购项目类型/集中采购/货物类', '政府采购项目类型/分散采购/小计'],
      '\t合计\t\t177.44\t177.44\t20.14\t20.14\t157.30', { number: '表10', ...(aligned ? { aligned: true as const } : {}) });
  const run = (aligned: boolean, v: string) => narrativeVsTables.run(docOf('budget', [t10(aligned)], { narrative: narrativeOf([central(v)]) }), {});
  it('ruled: 集中采购 21.14 ≠ 表10 集中采购/小计 20.14 fails', () => {
    expect(run(false, '21.14').map((f) => f.status)).toEqual(['fail']);
  });
  it('aligned: not checked', () => {
    expect(run(true, '21.14')).toEqual([]);
  });
});
