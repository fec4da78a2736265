// Random cuts of real-shaped paragraphs (per-item budget sentences, parallel lists, page numbers
// inside a sentence, 口径 restatements, codes in names) never throw, in the extractor or in the
// checks, and every figure still points at its own text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractNarrative } from './index';
import { runChecks } from '../../checks/registry';
import { docOf, tableFrom } from '../../../tests/support/tables';

const PARAGRAPHS = [
  '财政拨款支出主要内容如下：\n1、公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元。主要用于：行政单位的基本支出。2025年当年预算执行数为\n1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%。主要原因是：部分人员退休。',
  '10. “科学技术支出（类）科学技术普及（款）科普活动（项）”10.00万元，主要用于科普活动。2023年当年预算执行数为10.00万元，2024年预算安排10.00万元，比2023年预算执行数持平。主要原因是：科普活动经费保持不变。',
  '江苏省高级人民法院2017年度一般公共预算拨款安排的“三公”经费预算支出中，因公出国（境）费支出180万元，占“三公”经费的26.86%；公务用车购置及运行费支出304.4万元，占“三公”经费的45.43%；公务接待费支出185.72万元，占“三公”经费的27.71%。具体情况如下：\n1．因公出国（境）费预算支出180万元，本年数与上年数持平，零增长。',
  '2026年收入预算99,230.46万元，比上年执行数增加\n3\n7,331.92万元，增长8.0%，主要原因是本年度北郊监狱改扩建工程项目预算增加。\n其中：一般公共预算拨款收入91,495.48万元，占92.2%；其他收入7,387.66万元，占7.4%；上年结转结余347.32万元，占0.4%。',
  '2017年本部门一般公共预算机关运行经费预算支出9193.40万元，比2016年增加5503.07万元，增长149.12%。主要原因是本年机关运行经费统计口径与上年不一致。\n按与上年统计口径一致相比，本年比上年减少161.96万元，下降了4.39%，主要原因为在编人员减少。',
  '“三公”经费财政拨款支出决算数比2023年度减少0.15万元，下降27.78%，其中：因公出国（境）费支出与上一年度持平；公务用车购置及运行维护费支出与上一年度持平；公务接待费支出决算减少0.15万元，下降27.78%。',
];

const tables = () => [
  tableFrom('t5', 'budget.fiscalExpense', ['财政拨款支出/合计'], '2040601\t行政运行\t16726725.44\n\t合计\t16726725.44', { unit: '元' }),
  tableFrom('t7', 'budget.threePublic', ['“三公”经费预算数/合计', '机关运行经费预算数'], '\t合计\t670.12\t9193.40'),
];

describe('random cuts of real-shaped paragraphs', () => {
  it('never throw, and figures keep pointing at their text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: PARAGRAPHS.length - 1 }),
        fc.nat(),
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 3 }),
        (k, a, b, breaks) => {
          const p = PARAGRAPHS[k]!;
          const [from, to] = [a % (p.length + 1), b % (p.length + 1)].sort((x, y) => x - y) as [number, number];
          let text = p.slice(from, to);
          // Line breaks where a PDF might put them.
          for (const at of breaks) {
            const i = at % (text.length + 1);
            text = `${text.slice(0, i)}\n${text.slice(i)}`;
          }
          const n = extractNarrative(text);
          for (const s of n.statements) for (const f of s.figures) expect(n.text.slice(f.start, f.end)).toBe(f.text);
          runChecks(docOf('budget', tables(), { narrative: n }));
        },
      ),
      { numRuns: 400, seed: 20261203 },
    );
  });
});
