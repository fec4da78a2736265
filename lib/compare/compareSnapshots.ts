// Side-by-side comparison of 2–4 saved documents: key figures aligned by key, each column's
// difference from the first column and the change in %.
import { Decimal } from '../amount/index';
import type { FigureGroup, KeyFigure, Snapshot } from '../library/snapshot';
import type { MoneyUnit } from '../report/schema';
import { figureOrder } from './figureCatalog';
import { display, figureValue, pctDisplay, percentOf, signedDisplay, type Valued } from './figureValue';

export interface CompareColumn {
  id: string;
  title: string | null;
  department: string | null;
  year: number | null;
  kind: Snapshot['kind'];
  url: string;
}

export interface CompareCell {
  /** Null when the document has no such figure. */
  value: Valued | null;
  display: string;
  /** Against the first column (null for the first column and where either side is missing). */
  difference: string | null;
  changePct: string | null;
}

export interface CompareRow {
  key: string;
  label: string;
  group: FigureGroup;
  cells: CompareCell[];
}

export interface Comparison {
  columns: CompareColumn[];
  /** Money unit of every amount shown (the first document's). */
  unit: MoneyUnit | null;
  rows: CompareRow[];
}

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

export function columnTitle(c: Pick<CompareColumn, 'department' | 'year' | 'kind' | 'title' | 'url'>): string {
  const kind = c.kind === 'budget' ? '预算' : c.kind === 'final' ? '决算' : '';
  const dept = (c.department ?? '').replace(/^\d+/, '');
  const head = [dept, c.year ? `${c.year}年` : '', kind].join('');
  return head || c.title || c.url;
}

export function compareSnapshots(snapshots: Snapshot[]): Comparison {
  if (snapshots.length < MIN_COMPARE || snapshots.length > MAX_COMPARE) {
    throw new RangeError(`compare ${MIN_COMPARE}–${MAX_COMPARE} documents, not ${snapshots.length}`);
  }
  const unit = snapshots.find((s) => s.unit)?.unit ?? null;
  const keys = new Map<string, KeyFigure>();
  for (const s of snapshots) for (const f of s.figures) if (!keys.has(f.key)) keys.set(f.key, f);
  const ordered = [...keys.values()]
    .map((f) => ({ f, order: figureOrder(f.key, f.group) }))
    .sort((a, b) => a.order - b.order)
    .map((x) => x.f);

  // One lookup per document and key (the first figure of a key, as before): scanning the figures
  // for every key was quadratic — 4 × 20,000 crafted figures froze the popup for a minute.
  const byKey = snapshots.map((s) => {
    const m = new Map<string, KeyFigure>();
    for (const f of s.figures) if (!m.has(f.key)) m.set(f.key, f);
    return m;
  });
  const firstClass = snapshots.map((s) => s.figures.find((x) => x.group === 'functionClass'));

  const rows: CompareRow[] = [];
  for (const k of ordered) {
    const values = snapshots.map((s, i): Valued | null => {
      const f = byKey[i]!.get(k.key);
      if (f) return figureValue(f, f.unit ? unit : null);
      // Snapshots leave zero function classes out (keyFigures): present classes imply the rest are 0.
      const sibling = k.group === 'functionClass' ? firstClass[i] : undefined;
      return sibling ? { value: new Decimal(0), decimals: figureValue(sibling, sibling.unit ? unit : null).decimals } : null;
    });
    // Rows that are zero (or absent) everywhere say nothing: the 20-odd empty function classes.
    if (values.every((v) => v === null || v.value.isZero())) continue;
    const base = values[0] ?? null;
    rows.push({
      key: k.key,
      label: k.label,
      group: k.group,
      cells: values.map((v, i) => {
        if (!v) return { value: null, display: '—', difference: null, changePct: null };
        if (i === 0 || !base) return { value: v, display: display(v), difference: null, changePct: null };
        const diff = v.value.minus(base.value);
        return {
          value: v,
          display: display(v),
          difference: signedDisplay(diff, Math.max(v.decimals, base.decimals)),
          changePct: pctDisplay(percentOf(diff, base.value)),
        };
      }),
    });
  }
  return {
    columns: snapshots.map((s) => ({ id: s.id, title: s.title, department: s.department, year: s.year, kind: s.kind, url: s.url })),
    unit,
    rows,
  };
}

export interface CompositionPart {
  label: string;
  value: Decimal;
  /** Share of the document's total of the parts, 0–1 (for drawing only). */
  share: number;
}

/** Parts of one group for one column (function classes; basic vs project), largest first. */
export function composition(c: Comparison, column: number, group: FigureGroup): CompositionPart[] {
  const parts = c.rows
    .filter((r) => r.group === group)
    .map((r) => ({ label: r.label, value: r.cells[column]?.value?.value ?? new Decimal(0) }))
    .filter((p) => p.value.gt(0));
  const total = parts.reduce((a, p) => a.plus(p.value), new Decimal(0));
  return parts
    .map((p) => ({ ...p, share: total.isZero() ? 0 : p.value.div(total).toNumber() }))
    .sort((a, b) => b.value.comparedTo(a.value));
}
