// The narrative extractor on real Shanghai final accounts (../shared/real/, not in a user's clone),
// their text taken with poppler's pdftotext: a different region, producer and layout than the seeds
// (units on the next line, "（一）" alone on a line, lists running over line breaks).
// Skipped, saying so, when the PDFs or pdftotext are absent.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../tests/shared';
import { Decimal } from '../../amount/index';
import { addIntervals, overlaps, roundingInterval } from '../../amount/interval';
import { extractNarrative, type NarrativeResult } from './index';

function pdfText(path: string): string | null {
  try {
    return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    console.warn('[skip] pdftotext (poppler-utils) is not available');
    return null;
  }
}

/** From the last "第三部分…情况说明" to "第四部分". */
function narrativePart(text: string): string {
  const start = text.lastIndexOf('第三部分');
  const end = text.indexOf('第四部分', start);
  return text.slice(start, end < 0 ? undefined : end);
}

const original = sharedPath('real', 'putuo-finance-bureau-2024-final.pdf');
const altered = sharedPath('real', 'putuo-finance-bureau-2024-final-altered.pdf');
const interval = (v: string) => roundingInterval(new Decimal(v), (v.split('.')[1] ?? '').length);

function listsThatDoNotAddUp(n: NarrativeResult): string[] {
  const byId = new Map(n.statements.map((s) => [s.id, s]));
  const own = (id: string) => byId.get(id)!.figures.find((f) => f.role === 'amount' || f.role === 'count')?.value ?? null;
  const out: string[] = [];
  for (const s of n.statements) {
    if (!s.components?.length) continue;
    const parts = s.components.map(own);
    const total = own(s.id);
    if (!total || parts.some((p) => p === null)) out.push(`${s.subject}: missing`);
    else if (!overlaps(addIntervals(...parts.map((p) => interval(p!))), interval(total))) out.push(s.subject);
  }
  return out;
}

describe.skipIf(!original || !altered)('extractNarrative on the Putuo final accounts (../shared/real)', () => {
  const texts = new Map<string, string | null>();
  const narrativeOf = (path: string): NarrativeResult | null => {
    if (!texts.has(path)) texts.set(path, pdfText(path));
    const t = texts.get(path);
    return t ? extractNarrative(narrativePart(t)) : null;
  };

  it('reads the structure of the original: lists add up, 11 items under 完成年初预算的98.20%', () => {
    const n = narrativeOf(original!);
    if (!n) return;
    expect(listsThatDoNotAddUp(n)).toEqual([]);
    for (const s of n.statements) for (const f of s.figures) expect(n.text.slice(f.start, f.end)).toBe(f.text);
    expect(n.statements.filter((s) => s.versusBudget).length).toBe(13);
    const total = n.statements.find((s) => s.figures.some((f) => f.role === 'rate' && f.value === '98.20'))!;
    expect(total.subject).toBe('一般公共预算支出');
    expect(total.figures.find((f) => f.role === 'previous')!.value).toBe('2993.92');
    expect(total.components).toHaveLength(11);
    const classes = n.statements.find((s) => s.subject === '一般公共预算支出' && s.components?.length === 4)!;
    expect(classes.components!.map((id) => n.statements.find((s) => s.id === id)!.subject)).toEqual([
      '一般公共服务支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出',
    ]);
    const first = n.statements[0]!;
    expect(first.subject).toBe('收支总计');
    expect(first.figures.map((f) => [f.role, f.value, f.direction])).toEqual([
      ['amount', '2995.39', null],
      ['delta', '56.95', 'down'],
      ['changePct', '1.87', 'down'],
    ]);
  });

  it('reads the altered copy the same way, with its changed totals as printed', () => {
    const n = narrativeOf(altered!);
    if (!n) return;
    expect(listsThatDoNotAddUp(n)).toEqual([]);
    // "收入支出总计 0 万元" and "财政拨款收入支出总计 2961.68 万元" in the altered copy.
    expect(n.statements[0]!.figures[0]).toMatchObject({ role: 'amount', value: '0' });
    const grant = n.statements.find((s) => s.subject === '财政拨款收支总计')!;
    expect(grant.figures.find((f) => f.role === 'amount')!.value).toBe('2961.68');
    // "住房保障支出（类）445.69\n万元，占 15.16%": the unit on the next line.
    const housing = n.statements.find((s) => s.subject === '住房保障支出' && s.path?.length === 1)!;
    expect(housing.figures.map((f) => [f.role, f.value])).toEqual([
      ['amount', '445.69'],
      ['share', '15.16'],
    ]);
    // Words that contradict the figures ("决算数大于预算数" for 1511.89 against 1560.05) are recorded for the checks.
    const contradicted = n.statements
      .filter((s) => s.versusBudget)
      .filter((s) => {
        const budget = new Decimal(s.figures.find((f) => f.role === 'previous')!.value!);
        const outturn = new Decimal(s.figures.find((f) => f.role === 'amount')!.value!);
        const actual = outturn.gt(budget) ? 'greater' : outturn.lt(budget) ? 'less' : 'equal';
        return actual !== s.versusBudget!.relation;
      })
      .map((s) => `${s.subject} ${s.versusBudget!.relation}`);
    expect(contradicted).toEqual(['行政运行 greater', '机关事业单位职业年金缴费支出 greater', '行政单位医疗 equal']);
  });
});
