// Key figures of a checked report, for saving and comparing. Tables first (they carry the
// document's own totals); the narrative only fills what no table gave. Every value stays the
// printed decimal with its displayed precision.
import { Decimal, parseAmount } from '../amount/index';
import type { KeyFigure } from '../library/snapshot';
import type { MoneyUnit, Report, Row, Statement, Table } from '../report/schema';
import { titleKey } from '../text/matchKey';
import { classKey, FIXED_FIGURES, figureOrder, functionClassName, incomeKey, stripOrdinal } from './figureCatalog';

interface Printed {
  value: string;
  decimals: number;
}

export function printedOf(text: string | null | undefined): Printed | null {
  if (!text) return null;
  const o = parseAmount(text);
  if (o.kind !== 'amount' || o.amount.percent) return null;
  return { value: o.amount.value.toFixed(o.amount.decimals), decimals: o.amount.decimals };
}

const n = (s: string): string => titleKey(s);
const segments = (column: string): string[] => column.split('/').map(n);

function tablesOf(report: Report, kinds: string[], part?: string): Table[] {
  return report.tables.filter((t) => kinds.includes(t.kind) && (part === undefined || t.part === part));
}

/** The table's 合计 / 总计 row (not a note row that an extractor marked 'total'). */
function totalRow(t: Table): number {
  const byLabel = t.rows.findIndex((r) => /^(合计|总计)$/.test(n(r.label)));
  if (byLabel >= 0) return byLabel;
  const byLevel = t.rows.findIndex((r) => r.level === 'total' && r.cells.some((c) => printedOf(c)));
  if (byLevel >= 0) return byLevel;
  // A table of one data row (公开09 of a one-unit department) is its own total.
  return t.rows.length === 1 ? 0 : -1;
}

function findColumn(t: Table, test: (segs: string[]) => boolean, among?: number[]): number {
  const cols = among ?? t.columns.map((_, i) => i);
  for (const i of cols) if (test(segments(t.columns[i]!))) return i;
  return -1;
}

const last = (segs: string[]): string => segs[segs.length - 1] ?? '';

class Collector {
  readonly figures = new Map<string, KeyFigure>();
  constructor(
    private readonly unit: MoneyUnit | null,
    /** Final-account tables print zero as a blank cell (docs/domain.md). */
    private readonly blankIsZero: boolean,
  ) {}

  has(key: string): boolean {
    return this.figures.has(key);
  }

  fromCell(key: string, label: string, t: Table, row: number, col: number): boolean {
    if (this.figures.has(key) || row < 0 || col < 0) return false;
    const r = t.rows[row];
    let p = printedOf(r?.cells[col]);
    if (!p && r && this.blankIsZero && !(r.cells[col] ?? '').trim()) {
      const decimals = r.cells.map((x) => printedOf(x)?.decimals ?? 0).reduce((a, b) => Math.max(a, b), 0);
      p = { value: new Decimal(0).toFixed(decimals), decimals };
    }
    if (!p) return false;
    this.add(key, label, p, { kind: 'table', table: t.id, row, col, text: null }, t.unit ?? this.unit);
    return true;
  }

  /** First amount cell of a row (for label/value tables like 公开10). */
  fromRow(key: string, label: string, t: Table, row: number): boolean {
    const r = t.rows[row];
    if (!r) return false;
    const col = r.cells.findIndex((c, i) => !/行次|栏次/.test(t.columns[i] ?? '') && printedOf(c) !== null);
    return this.fromCell(key, label, t, row, col);
  }

  add(key: string, label: string, p: Printed, from: KeyFigure['from'], unit: MoneyUnit | null): void {
    if (this.figures.has(key)) return;
    const fixed = FIXED_FIGURES.find((f) => f.key === key);
    const group = fixed?.group ?? (key.startsWith('class:') ? 'functionClass' : 'income');
    this.figures.set(key, { key, label, group, value: p.value, decimals: p.decimals, unit, from });
  }
}

const isFinal = (r: Report) => r.kind === 'final';

function overview(report: Report, c: Collector): void {
  for (const t of tablesOf(report, ['budget.overview', 'final.overview'])) {
    const side = t.part ?? '';
    t.rows.forEach((r, i) => {
      const label = n(r.label);
      const col = amountColumn(t, r);
      if (col < 0) return;
      if (side !== 'expense' && /^(收入总计|总计)$/.test(label)) c.fromCell('total', '收支总计', t, i, col);
      if (side === 'expense' && /^支出总计$/.test(label) && !c.has('total')) c.fromCell('total', '收支总计', t, i, col);
      if (side === 'income' && /^[一二三四五六七八九十]+、|^(上年结转结余|年初结转和结余|使用非财政拨款结余)/.test(label)) {
        const key = incomeKey(label);
        if (key) c.fromCell(key, stripOrdinal(label), t, i, col);
      }
      if (side === 'expense') {
        const cls = functionClassName(r.label);
        if (cls) c.fromCell(classKey(cls), cls, t, i, col);
      }
    });
  }
}

/** First amount column of a row, skipping line numbers (行次). */
function amountColumn(t: Table, r: Row): number {
  return r.cells.findIndex((cell, i) => !/行次|栏次/.test(t.columns[i] ?? '') && printedOf(cell) !== null);
}

function expenseTypes(report: Report, c: Collector): void {
  for (const t of tablesOf(report, ['budget.expense', 'final.expense'])) {
    const row = totalRow(t);
    c.fromCell('expense.basic', '基本支出', t, row, findColumn(t, (s) => last(s) === '基本支出'));
    c.fromCell('expense.project', '项目支出', t, row, findColumn(t, (s) => last(s) === '项目支出'));
    // Function classes when 表1 gave none: the 3-digit class rows of the expense table.
    t.rows.forEach((r, i) => {
      if (r.code && /^\d{3}$/.test(r.code) && (r.level === 'class' || r.level === undefined)) {
        const cls = functionClassName(r.label);
        const col = findColumn(t, (s) => /^(合计|支出合计|本年支出合计)$/.test(last(s)));
        if (cls) c.fromCell(classKey(cls), cls, t, i, col);
      }
    });
  }
}

function basicParts(report: Report, c: Collector): void {
  for (const t of tablesOf(report, ['budget.generalBasic'])) {
    const row = totalRow(t);
    c.fromCell('basic.personnel', '人员经费', t, row, findColumn(t, (s) => last(s) === '人员经费'));
    c.fromCell('basic.public', '公用经费', t, row, findColumn(t, (s) => last(s) === '公用经费'));
  }
  for (const t of tablesOf(report, ['final.generalBasic'])) {
    t.rows.forEach((r, i) => {
      const label = n(r.label);
      if (label === '人员经费合计') c.fromRow('basic.personnel', '人员经费', t, i);
      if (label === '公用经费合计') c.fromRow('basic.public', '公用经费', t, i);
    });
  }
}

function threePublic(report: Report, c: Collector): void {
  for (const t of tablesOf(report, ['budget.threePublic', 'final.threePublic'])) {
    const row = totalRow(t);
    let cols = t.columns.map((_, i) => i);
    // 公开09 prints 预算数 and 决算数 side by side: a final account's figure is the 决算数.
    if (isFinal(report)) {
      const actual = cols.filter((i) => segments(t.columns[i]!).some((s) => s.includes('决算')));
      if (actual.length) cols = actual;
    }
    const notOther = (s: string[]) => !s.some((x) => /会议|培训/.test(x));
    const take = (key: string, test: (s: string[]) => boolean) => {
      const f = FIXED_FIGURES.find((x) => x.key === key)!;
      c.fromCell(key, f.label, t, row, findColumn(t, (s) => notOther(s) && test(s), cols));
    };
    // "“三公”经费/合计", or one header cell "“三公”经费合计".
    take('threePublic.total', (s) => (/^(合计|小计)$/.test(last(s)) || /三公"?经费(合计|小计)?$/.test(last(s))) && !s.some((x) => /公务用车|出国|接待/.test(x)));
    take('threePublic.abroad', (s) => s.some((x) => x.includes('因公出国')));
    take('threePublic.cars', (s) => s.some((x) => x.includes('购置及运行')) && (last(s) === '小计' || last(s).includes('购置及运行')));
    take('threePublic.carPurchase', (s) => last(s).includes('购置费') && !last(s).includes('及'));
    take('threePublic.carRunning', (s) => last(s).includes('运行维护费') && !last(s).includes('购置及'));
    take('threePublic.reception', (s) => s.some((x) => x.includes('公务接待')));
  }
}

function procurement(report: Report, c: Collector): void {
  for (const t of tablesOf(report, ['budget.procurement'])) {
    const row = totalRow(t);
    // 资金类型/合计: the 项目类型/合计 column is the one the Liuzhou budgets misprint (docs/domain.md).
    c.fromCell('procurement.total', '政府采购', t, row, findColumn(t, (s) => s.some((x) => x.includes('资金')) && last(s) === '合计'));
    c.fromCell('procurement.central', '集中采购', t, row, findColumn(t, (s) => s.some((x) => x.includes('集中采购')) && last(s) === '小计'));
    c.fromCell('procurement.dispersed', '分散采购', t, row, findColumn(t, (s) => s.some((x) => x.includes('分散采购')) && last(s) === '小计'));
    const r = t.rows[row];
    if (!r) continue;
    for (const [key, label, word] of [
      ['procurement.goods', '货物类采购', '货物'],
      ['procurement.works', '工程类采购', '工程'],
      ['procurement.services', '服务类采购', '服务'],
    ] as const) {
      // 货物 = 集中采购货物 + 分散采购货物: an exact sum of printed cells.
      const cols = t.columns.map((col, i) => ({ s: segments(col), i })).filter(({ s }) => s.some((x) => /采购/.test(x)) && last(s).startsWith(word));
      const parts = cols.map(({ i }) => printedOf(r.cells[i])).filter((p): p is Printed => p !== null);
      if (!parts.length || c.has(key)) continue;
      const decimals = Math.max(...parts.map((p) => p.decimals));
      const sum = parts.reduce((acc, p) => acc.plus(p.value), new Decimal(0));
      c.add(key, label, { value: sum.toFixed(decimals), decimals }, { kind: 'table', table: t.id, row, col: cols[0]!.i, text: null }, t.unit ?? report.unit ?? null);
    }
  }
  for (const t of tablesOf(report, ['final.info'])) {
    // 公开10: "一、政府采购情况" heads rows 合计 / 货物 / 工程 / 服务.
    sectionRows(t, /采购/).forEach((i) => {
      const label = n(t.rows[i]!.label);
      if (/^(合计|总计)$|总额/.test(label)) c.fromRow('procurement.total', '政府采购', t, i);
      else if (label.includes('货物')) c.fromRow('procurement.goods', '货物类采购', t, i);
      else if (label.includes('工程')) c.fromRow('procurement.works', '工程类采购', t, i);
      else if (label.includes('服务')) c.fromRow('procurement.services', '服务类采购', t, i);
    });
  }
}

/** Rows of the 公开10 section whose heading ("一、…") matches, heading excluded. */
function sectionRows(t: Table, heading: RegExp): number[] {
  const out: number[] = [];
  let inside = false;
  t.rows.forEach((r, i) => {
    const label = n(r.label);
    if (/^[一二三四五六七八九十]+、/.test(label)) {
      inside = heading.test(label);
      return;
    }
    if (inside) out.push(i);
  });
  return out;
}

function purchaseService(report: Report, c: Collector): void {
  for (const t of tablesOf(report, ['budget.purchaseService'])) {
    c.fromCell('purchaseService', '政府购买服务', t, totalRow(t), findColumn(t, (s) => last(s) === '合计'));
  }
}

function operations(report: Report, c: Collector): void {
  for (const t of tablesOf(report, ['final.info'])) {
    const own = t.rows.findIndex((r) => n(r.label).includes('机关运行经费'));
    if (own >= 0 && c.fromRow('operations', '机关运行经费', t, own)) continue;
    // Split by unit type ((一)行政单位, (二)参照公务员法管理事业单位): the figure is their sum.
    const rows = sectionRows(t, /机关运行经费/);
    const parts = rows.map((i) => t.rows[i]!.cells.find((x, k) => !/行次|栏次/.test(t.columns[k] ?? '') && printedOf(x)) ?? null);
    const printed = parts.map((x) => printedOf(x)).filter((p): p is Printed => p !== null);
    if (!printed.length || c.has('operations')) continue;
    const decimals = Math.max(...printed.map((p) => p.decimals));
    const sum = printed.reduce((a, p) => a.plus(p.value), new Decimal(0));
    c.add('operations', '机关运行经费', { value: sum.toFixed(decimals), decimals }, { kind: 'table', table: t.id, row: rows[0]!, col: null, text: null }, t.unit ?? report.unit ?? null);
  }
}

/** Narrative subject → figure key. Subjects come normalised by the narrative parser ("三公经费"). */
export function keyForSubject(subject: string): string | null {
  const s = n(subject).replace(/\(类\)$/, '');
  const cls = functionClassName(s);
  if (cls) return classKey(cls);
  const table: [RegExp, string][] = [
    // Not 财政拨款收支总计: a narrower scope whenever other funds exist.
    [/^(部门)?(收支|收入|支出)总(预算|计)$/, 'total'],
    [/^基本支出(预算)?$/, 'expense.basic'],
    [/^项目支出(预算)?$/, 'expense.project'],
    [/^人员经费$/, 'basic.personnel'],
    [/^公用经费$/, 'basic.public'],
    [/^"?三公"?经费$/, 'threePublic.total'],
    [/^因公出国\(境\)(经)?费$/, 'threePublic.abroad'],
    [/^公务用车购置及运行(维护)?(经)?费$/, 'threePublic.cars'],
    [/^公务用车购置(经)?费$/, 'threePublic.carPurchase'],
    [/^公务用车运行(维护)?(经)?费$/, 'threePublic.carRunning'],
    [/^公务接待(经)?费$/, 'threePublic.reception'],
    [/^机关运行经费$/, 'operations'],
    [/^政府采购(预算)?$/, 'procurement.total'],
    [/^(政府)?集中采购(预算)?$/, 'procurement.central'],
    [/^分散采购(预算)?$/, 'procurement.dispersed'],
    [/^货物类?采购(预算)?$/, 'procurement.goods'],
    [/^工程类?采购(预算)?$/, 'procurement.works'],
    [/^服务类?采购(预算)?$/, 'procurement.services'],
    [/^政府购买服务(预算)?(支出)?$/, 'purchaseService'],
  ];
  for (const [re, key] of table) if (re.test(s)) return key;
  const income = /拨款(收入)?$|^上年结转|^单位资金/.test(s) ? incomeKey(s) : null;
  return income;
}

function narrativeFallback(report: Report, c: Collector): void {
  const statements = report.narrative?.statements ?? [];
  for (const st of statements) {
    const key = keyForSubject(st.subject);
    if (!key || c.has(key)) continue;
    const fig = st.figures.find((f) => f.role === 'amount');
    const p = printedOf(fig?.value ?? fig?.text);
    if (!fig || !p) continue;
    const label = FIXED_FIGURES.find((f) => f.key === key)?.label ?? stripOrdinal(n(st.subject));
    const unit = (fig.unit === '元' || fig.unit === '万元' || fig.unit === '亿元' ? fig.unit : null) ?? report.unit ?? null;
    c.add(key, label, p, { kind: 'narrative', table: null, row: null, col: null, text: sentenceOf(report, st) }, unit);
  }
}

/** 项目个数: the narrative's count ("涉及柳州市本级项目33个") — 表12 leaves out 涉密 projects, so its row count is not it. */
function projectCount(report: Report, c: Collector): void {
  for (const st of report.narrative?.statements ?? []) {
    const fig = st.figures.find((f) => f.role === 'count');
    if (!fig?.value || !/^\d+$/.test(fig.value)) continue;
    const text = sentenceOf(report, st);
    const before = text.slice(0, Math.max(0, fig.start - st.start));
    const subject = n(st.subject);
    // "涉及柳州市本级项目33个": the subject is 项目 (short — not a table row the parser ran together).
    if (!(/项目$/.test(subject) && subject.length <= 12) && !/项目$/.test(before.replace(/\s/g, ''))) continue;
    c.add('projects', '项目个数', { value: fig.value, decimals: 0 }, { kind: 'narrative', table: null, row: null, col: null, text }, null);
    return;
  }
}

export function sentenceOf(report: Report, st: Statement): string {
  return report.narrative ? report.narrative.text.slice(st.start, st.end) : '';
}

export function keyFigures(report: Report): KeyFigure[] {
  const c = new Collector(report.unit ?? null, report.kind === 'final');
  overview(report, c);
  expenseTypes(report, c);
  basicParts(report, c);
  threePublic(report, c);
  procurement(report, c);
  purchaseService(report, c);
  operations(report, c);
  narrativeFallback(report, c);
  projectCount(report, c);
  // Zero function classes (20-odd of 26 in most documents) are left out to keep snapshots small;
  // comparisons read a missing class as zero when the document has any class at all.
  return [...c.figures.values()]
    .filter((f) => !(f.group === 'functionClass' && new Decimal(f.value).isZero()))
    .sort((a, b) => figureOrder(a.key, a.group) - figureOrder(b.key, b.group));
}
