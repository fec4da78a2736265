// Completeness (issue 4, family 7; warnings and info, never arithmetic): every table the document
// announces (目录) is there, and an empty table says "本表无数据" (财预〔2016〕143号 requires it).
import type { DocModel, Finding, Table } from '../report/schema';
import { TABLE_KIND_TITLES } from '../tables/kinds';
import type { Rule, RuleContext } from './rule';
import { cellsOf } from './cells';
import { isAmountColumnName, norm } from './names';

const NO_DATA_NOTE = /无数据|没有.*(支出|收入|预算|决算|数据)|不涉及|无此项|为空/;

function kindOfTitle(title: string): string | null {
  const t = norm(title);
  let best: string | null = null;
  let len = 0;
  for (const [kind, name] of Object.entries(TABLE_KIND_TITLES)) {
    const n = norm(name);
    if ((t === n || t.endsWith(n)) && n.length > len) {
      best = kind;
      len = n.length;
    }
  }
  return best;
}

function finding(rule: string, key: string, severity: 'warning' | 'info', message: string, messageEn: string, t?: Table): Finding {
  return {
    id: `${rule}:${key}`,
    rule,
    status: 'fail',
    severity,
    message,
    messageEn,
    expected: null,
    actual: null,
    difference: null,
    refs: [{ table: t?.id ?? null, row: null, col: null, page: t?.page ?? null, text: t?.title ?? null, value: null }],
  };
}

/** A table with no amount but 0 / blank anywhere. */
function isEmpty(doc: DocModel, t: Table): boolean {
  const cells = cellsOf(doc);
  for (let r = 0; r < t.rows.length; r++)
    for (let c = 0; c < t.columns.length; c++) {
      if (!isAmountColumnName(t.columns[c] ?? '')) continue;
      const x = cells.read(t, r, c);
      if (x.kind === 'amount' && !x.value.isZero()) return false;
    }
  return true;
}

export function completenessFindings(doc: DocModel): Finding[] {
  const out: Finding[] = [];
  const present = new Set(doc.tables.map((t) => t.kind));
  const unclassified = doc.tables.some((t) => t.kind === 'other');
  for (const title of doc.announcedTables ?? []) {
    const kind = kindOfTitle(title);
    if (!kind || present.has(kind)) continue;
    out.push(
      unclassified
        ? finding('completeness.missing', kind, 'info', `目录列出《${title}》，正文中未识别出该表（文中有未能识别的表格，可能是它）`, `"${title}" is announced but was not recognised among the tables`)
        : finding('completeness.missing', kind, 'warning', `目录列出《${title}》，正文中未找到该表（缺失，或为无法读取的图片）`, `"${title}" is announced but missing`),
    );
  }
  for (const t of doc.tables) {
    if (t.kind === 'other' || /performance|info/.test(t.kind) || t.part) continue;
    const noted = (t.notes ?? []).some((n) => NO_DATA_NOTE.test(norm(n)));
    if (!noted && isEmpty(doc, t))
      out.push(finding('completeness.emptyWithoutNote', t.id, 'warning', `《${t.title}》没有数据，却未注明“本表无数据”`, `"${t.title}" is empty without the required "本表无数据" note`, t));
  }
  return out;
}

export const completeness: Rule = {
  id: 'completeness',
  family: 'completeness',
  title: { zh: '报表是否齐全', en: 'All announced tables are present' },
  run(doc: DocModel, _ctx: RuleContext): Finding[] {
    return completenessFindings(doc);
  },
};
