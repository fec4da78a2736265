// The engine on real final accounts not made by us (../shared/real, Shanghai Putuo 2024), read
// by the project's PDF extractor, with the narrative from pdftotext. Skips, saying so, without
// ../shared/real or poppler. What it asserts was checked by hand against the pages.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../tests/shared';
import { extractPdfNode } from '../extract/pdf/loadNode';
import { extractNarrative } from '../extract/narrative/index';
import type { DocModel } from '../report/schema';
import { runChecks } from './registry';

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    console.warn('[skip] pdftotext is not installed');
    return false;
  }
}

async function load(name: string): Promise<DocModel | null> {
  const p = sharedPath('real', name);
  if (!p || !hasPdftotext()) return null;
  const doc = (await extractPdfNode(new Uint8Array(readFileSync(p)), name)).doc;
  const text = execFileSync('pdftotext', [p, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return { ...doc, narrative: extractNarrative(text) };
}

const fails = (doc: DocModel) =>
  runChecks(doc)
    .findings.filter((f) => f.status === 'fail')
    .map((f) => `${f.rule}|${f.severity}|${f.message}`);

describe('real Putuo final accounts', () => {
  it('original: 一般公共服务支出 "占71.73%" is 2106.66 / 2940.05 = 71.65%, and 财政拨款收入支出总计 "0.3万元" is not 公开04 总计', async () => {
    const doc = await load('putuo-finance-bureau-2024-final.pdf');
    if (!doc) return;
    const f = fails(doc).sort();
    expect(f).toHaveLength(3);
    expect(f[0]).toMatch(/^narrative\.share\|error\|说明“一般公共服务支出” 占一般公共预算支出 71\.73% ≠ .* = 71\.65%/);
    expect(f[1]).toMatch(/^narrative\.table\|error\|.*说明“财政拨款收支总计” 0\.3万元 ≠ 公开04（收入） 总计 2,961\.68/);
    // Page 14 holds only the empty last row of the table on page 13 (looked at on the page).
    expect(f[2]).toMatch(/^text\.emptyPage\|warning\|第14页是空白页.*位于表格“财政拨款收入支出决算总表”之后/);
  }, 60_000);

  it('altered: "收入支出总计0万元" is caught against 公开01 and its own 1.87%; the emptied 三公 table has no note', async () => {
    const doc = await load('putuo-finance-bureau-2024-final-altered.pdf');
    if (!doc) return;
    const f = fails(doc);
    expect(f.some((x) => /^narrative\.table\|error\|说明与表格： 说明“收支总计” 0万元 ≠ 公开01（收入） 总计 2,995\.39/.test(x))).toBe(true);
    expect(f.some((x) => /^narrative\.changePct\|error\|说明“收支总计” 下降 1\.87%/.test(x))).toBe(true);
    expect(f.some((x) => /^completeness\.emptyWithoutNote\|warning\|《财政拨款“三公”经费支出决算表》/.test(x))).toBe(true);
    // The three comparison words the altered copy changed (the original says 小于 / 小于 / 小于).
    const words = f.filter((x) => x.startsWith('narrative.versusBudget|error|'));
    expect(words).toHaveLength(3);
    expect(words.join('\n')).toMatch(/行政运行.*大于预算数.*1511\.89万元 < 预算数 1560\.05万元/);
    expect(words.join('\n')).toMatch(/职业年金缴费支出.*大于预算数.*80\.38万元 < 预算数 80\.81万元/);
    expect(words.join('\n')).toMatch(/行政单位医疗.*等于预算数.*60\.99万元 < 预算数 62\.29万元/);
  }, 60_000);
});
