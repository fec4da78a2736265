// Completeness (issue 10, warnings and info, never arithmetic) — what a reviewer checks first:
// every table the 目录 lists is there; without a 目录, the standard tables of the document's kind
// are there; an empty table says "本表无数据" (财预〔2016〕143号 requires it); a file that holds only
// tables or only the narrative says so once.
// Tables are matched to 目录 lines by title first (titles vary by region: numbering, year,
// department, 部门/单位 are dropped), then by kind. A listed table that matches nothing is
// missing for certain only when no unrecognised table sits where the 目录 puts it (between the
// tables listed before and after it); otherwise it may be one of those, and that is said once.
import { noteFinding, textRef } from './noteFinding';
import type { DocModel, Finding, Table } from '../report/schema';
import { TABLE_KIND_TITLES } from '../tables/kinds';
import { roleByTitle, tableDocKind } from '../tables/roles';
import type { Rule, RuleContext } from './rule';
import { cellsOf } from './cells';
import { isAmountColumnName, norm } from './names';

const NO_DATA_NOTE = /无数据|没有.*(支出|收入|预算|决算|数据)|不涉及|无此项|为空|无发生额|未发生/;

/** Core tables every department / unit budget or final account publishes, by kind. */
const STANDARD: Record<'budget' | 'final', string[]> = {
  budget: ['budget.overview', 'budget.income', 'budget.expense', 'budget.fiscalOverview', 'budget.generalExpense', 'budget.generalBasic', 'budget.threePublic', 'budget.govFund'],
  final: ['final.overview', 'final.income', 'final.expense', 'final.fiscalOverview', 'final.generalExpense', 'final.generalBasic', 'final.threePublic', 'final.govFund'],
};

/** Words that make one table title a different table, not a prefix: "一般公共预算财政拨款支出决算表" is not "支出决算表". */
const QUALIFIER = /财政拨款|一般公共预算|基本支出|项目支出|政府性基金|国有资本|三公|收入|支出|收支|决算|预算|采购|购买服务|绩效|机关运行|结转/;

/** A title without what regions add around it: numbering (表1, 公开01表, 附表3, 预算01表, 一、), years, 部门/单位, quotes. */
export function titleKey(title: string): string {
  let s = norm(title).replace(/[“”"'‘’「」《》]/g, '');
  for (let k = 0; k < 3; k++) {
    const before = s;
    s = s
      .replace(/^(附件\d*[:：]?)/, '')
      .replace(/^(附)?(表|公开|预算|决算)?[0-9一二三四五六七八九十]+(表)?(-\d+)?[、.:：\-—]?/, '')
      .replace(/^\([一二三四五六七八九十\d]+\)/, '')
      .replace(/(公开|预算|决算)?\d{1,2}表$/, '')
      .replace(/\d{4}年度?/g, '');
    if (s === before) break;
  }
  return s.replace(/部门|单位|情况/g, '').replace(/[()]/g, '');
}

/** Whether a printed table title is the 目录 line's table: equal keys, or one key is the other
 * behind a prefix that names no table (a department name). */
function sameTitle(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.endsWith(short) && !QUALIFIER.test(long.slice(0, long.length - short.length));
}

/** The kind a 目录 line names, by the same role profiles that recognise printed titles (lib/tables/roles.ts). */
function kindOfTitle(title: string, docKind: DocModel['kind']): string | null {
  const role = roleByTitle(title);
  if (role) return `${tableDocKind(title, docKind)}.${role}`;
  const key = titleKey(title);
  for (const [kind, name] of Object.entries(TABLE_KIND_TITLES)) if (sameTitle(key, titleKey(name))) return kind;
  return null;
}

function finding(rule: string, key: string, severity: 'warning' | 'info', message: string, messageEn: string, t?: Table, text?: string, status: 'fail' | 'pass' = 'fail'): Finding {
  return noteFinding({ id: `${rule}:${key}`, rule, status, severity, message, messageEn, refs: [textRef(text ?? t?.title ?? null, { table: t?.id, page: t?.page })] });
}

/** A blank table: no amount but 0 anywhere, and no item row printing its 0 (a table listing its
 * items with 0.00 shows data; one with empty cells, or a lone 合计 of 0, shows none). */
function isBlank(doc: DocModel, t: Table): boolean {
  const cells = cellsOf(doc);
  for (let r = 0; r < t.rows.length; r++) {
    const row = t.rows[r]!;
    const itemRow = row.level !== 'total' && row.level !== 'subtotal' && !/^(合计|总计|小计)$/.test(norm(row.label));
    for (let c = 0; c < t.columns.length; c++) {
      if (!isAmountColumnName(t.columns[c] ?? '')) continue;
      const x = cells.read(t, r, c);
      if (x.kind === 'amount' && (!x.value.isZero() || itemRow)) return false;
    }
  }
  return true;
}

/** One entry per printed table: the parts of a two-sided table are one table. */
interface Printed {
  key: string;
  tables: Table[];
  title: string;
  kind: string;
}

function printedTables(doc: DocModel): Printed[] {
  const out: Printed[] = [];
  const byKey = new Map<string, Printed>();
  for (const t of doc.tables) {
    const key = t.group ?? t.id.replace(/\.[^.]+$/, '');
    const hit = byKey.get(key);
    if (hit) hit.tables.push(t);
    else {
      const p = { key, tables: [t], title: t.title, kind: t.kind };
      byKey.set(key, p);
      out.push(p);
    }
  }
  return out;
}

function hasNumbers(t: Table): boolean {
  return t.rows.some((r) => r.cells.some((c) => c != null && /\d/.test(c)));
}

/** The 目录 against the tables. */
/** 目录 lines as read may hold two entries run together ("…支出预算表十二、政府采购支出预算表"). */
export function announcedLines(doc: DocModel): string[] {
  return (doc.announcedTables ?? []).flatMap((l) =>
    l
      .split(/(?<=.表)(?=[(（]?[一二三四五六七八九十]+[、)）]|\d{1,2}[、.])/)
      .map((x) => x.replace(/^[(（]?[一二三四五六七八九十\d]+[、)）.]/, '').trim())
      .filter(Boolean),
  );
}

function announced(doc: DocModel, printed: Printed[]): Finding[] {
  const list = announcedLines(doc);
  if (!list.length) return [];
  const matchedAt: (number | null)[] = list.map(() => null);
  const used = new Set<number>();
  // Titles first, in order; then kinds, for tables whose title was not read.
  list.forEach((line, i) => {
    const key = titleKey(line);
    const j = printed.findIndex((p, k) => !used.has(k) && sameTitle(titleKey(p.title), key));
    if (j >= 0) {
      matchedAt[i] = j;
      used.add(j);
    }
  });
  list.forEach((line, i) => {
    if (matchedAt[i] != null) return;
    const kind = kindOfTitle(line, doc.kind);
    const j = kind ? printed.findIndex((p, k) => !used.has(k) && p.kind === kind) : -1;
    if (j >= 0) {
      matchedAt[i] = j;
      used.add(j);
    }
  });
  const out: Finding[] = [];
  const maybe: string[] = [];
  list.forEach((line, i) => {
    if (matchedAt[i] != null) return;
    // Where the 目录 puts it: after the table matched to the line before, before the one matched to the line after.
    let lo = -1;
    for (let k = i - 1; k >= 0; k--) if (matchedAt[k] != null) { lo = matchedAt[k]!; break; }
    let hi = printed.length;
    for (let k = i + 1; k < list.length; k++) if (matchedAt[k] != null) { hi = matchedAt[k]!; break; }
    const between = printed.slice(lo + 1, Math.max(lo + 1, hi)).filter((p, k) => !used.has(lo + 1 + k) && p.tables.some((t) => t.rows.length > 0));
    if (between.length === 0) {
      out.push(
        finding(
          'completeness.missing',
          titleKey(line) || String(i),
          'warning',
          `目录第 ${i + 1} 项列出《${line}》，正文中没有这张表（被删去、漏印，或为无法读取的图片）`,
          `The table of contents lists "${line}" (item ${i + 1}); the document has no such table`,
          undefined,
          line,
        ),
      );
    } else maybe.push(line);
  });
  if (maybe.length) {
    out.push(
      finding(
        'completeness.unmatched',
        'announced',
        'info',
        `目录列出的 ${maybe.length} 张表未能与正文中的表格对上：${maybe.map((l) => `《${l}》`).join('、')}；文中另有未能识别的表格，可能就是它们，未据此判定缺表`,
        `${maybe.length} table(s) listed in the table of contents could not be matched to a table; unrecognised tables may be them, so none is reported missing`,
        undefined,
        maybe.join('；'),
      ),
    );
  }
  return out;
}

/** Without a 目录: the standard tables of the document's kind. Only when every table was recognised
 * (an unrecognised one may be the missing table). */
function standard(doc: DocModel, printed: Printed[]): Finding[] {
  // Only an extracted document (it carries its text) is held to the standard set; models built
  // from a few tables are not documents.
  // A web page may carry part of the disclosure and link the rest: only a PDF file is held to the
  // whole set, and only when it evidently is a standard set (half of it recognised).
  if ((doc.announcedTables ?? []).length || (doc.kind !== 'budget' && doc.kind !== 'final') || doc.narrative === undefined || doc.format !== 'pdf') return [];
  if (printed.some((p) => p.kind === 'other' && p.tables.some((t) => t.rows.length > 0))) return [];
  const present = new Set(doc.tables.map((t) => t.kind));
  if (STANDARD[doc.kind].filter((k) => present.has(k)).length < STANDARD[doc.kind].length / 2) return [];
  return STANDARD[doc.kind]
    .filter((k) => !present.has(k))
    .map((k) => {
      const name = TABLE_KIND_TITLES[k as keyof typeof TABLE_KIND_TITLES];
      return finding(
        'completeness.standardMissing',
        k,
        'warning',
        `${doc.kind === 'budget' ? '部门预算' : '部门决算'}应公开的《${name}》在文中没有找到`,
        `The standard table "${name}" of a ${doc.kind === 'budget' ? 'budget' : 'final account'} disclosure is absent`,
        undefined,
        name,
      );
    });
}

/** A file with only one half of the disclosure says so once: a fact about the file, not a defect
 * (status pass, severity info), so a narrative-only page is not counted as failing. */
function halves(doc: DocModel, printed: Printed[]): { finding: Finding | null; tablesOnly: boolean; narrativeOnly: boolean } {
  const withNumbers = printed.filter((p) => p.tables.some(hasNumbers));
  const statements = doc.narrative?.statements.length ?? 0;
  const narrativeOnly = withNumbers.length === 0 && statements > 0;
  // Only a document read with its text can be said to lack a narrative (test models carry none).
  const tablesOnly = withNumbers.length > 0 && statements === 0 && doc.narrative !== undefined;
  if (narrativeOnly)
    return {
      narrativeOnly,
      tablesOnly,
      finding: finding('completeness.narrativeOnly', 'doc', 'info', '本文件只有说明文字，没有报表（报表可能另行发布）：说明中的数字未能与表格核对', 'This file holds the narrative only (the tables may be published separately): its figures were not compared with tables', undefined, undefined, 'pass'),
    };
  if (tablesOnly)
    return {
      narrativeOnly,
      tablesOnly,
      finding: finding('completeness.tablesOnly', 'doc', 'info', '本文件只有报表，没有情况说明（说明可能另行发布）', 'This file holds the tables only (the narrative may be published separately)', undefined, undefined, 'pass'),
    };
  return { narrativeOnly, tablesOnly, finding: null };
}

/** Empty tables without the note. Unrecognised tables count when their header shows money columns. */
function emptyWithoutNote(doc: DocModel): Finding[] {
  const out: Finding[] = [];
  for (const t of doc.tables) {
    if (/performance|info/.test(t.kind) || t.part) continue;
    // An unrecognised table counts when its printed title names a standard table.
    if (t.kind === 'other' && !(t.title && kindOfTitle(t.title, doc.kind))) continue;
    const noted = (t.notes ?? []).some((n) => NO_DATA_NOTE.test(norm(n)));
    if (!noted && isBlank(doc, t))
      out.push(finding('completeness.emptyWithoutNote', t.id, 'warning', `《${t.title || t.id}》没有数据，却未注明“本表无数据”`, `"${t.title || t.id}" is empty without the required "本表无数据" note`, t));
  }
  return out;
}

export function completenessFindings(doc: DocModel): Finding[] {
  const printed = printedTables(doc);
  const half = halves(doc, printed);
  const out: Finding[] = [];
  if (half.finding) out.push(half.finding);
  // A narrative-only file announces tables published elsewhere: nothing to look for here.
  if (!half.narrativeOnly) out.push(...announced(doc, printed), ...standard(doc, printed));
  out.push(...emptyWithoutNote(doc));
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
