import { describe, expect, it } from 'vitest';
import { narrativeVsTables } from './narrativeVsTables';
import { docOf, narrativeOf, type StatementSpec } from './testTables';
import { expense004 } from './finalTables.test-data';
import { loadSeed } from './testSeeds';

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
});
