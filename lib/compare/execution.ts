// Budget against final accounts: the same department and year, 决算 / 预算 per key figure.
import type { Snapshot } from '../library/snapshot';
import { departmentKey } from '../library/snapshot';
import { figureOrder } from './figureCatalog';
import { display, figureValue, pctDisplay, percentOf } from './figureValue';

export interface ExecutionRow {
  key: string;
  label: string;
  budget: string;
  final: string;
  /** 决算/预算 in %, two decimals; '—' when the budget is zero. */
  rate: string;
}

export function isBudgetFinalPair(a: Snapshot, b: Snapshot): boolean {
  return (
    departmentKey(a.department) !== '' &&
    departmentKey(a.department) === departmentKey(b.department) &&
    a.year !== null &&
    a.year === b.year &&
    ((a.kind === 'budget' && b.kind === 'final') || (a.kind === 'final' && b.kind === 'budget'))
  );
}

export function execution(a: Snapshot, b: Snapshot): { budget: Snapshot; final: Snapshot; rows: ExecutionRow[] } {
  const [budget, final] = a.kind === 'budget' ? [a, b] : [b, a];
  const unit = budget.unit ?? final.unit;
  const rows: ExecutionRow[] = [];
  for (const bf of budget.figures) {
    const ff = final.figures.find((f) => f.key === bf.key);
    if (!ff) continue;
    const bv = figureValue(bf, bf.unit ? unit : null);
    const fv = figureValue(ff, ff.unit ? unit : null);
    if (bv.value.isZero() && fv.value.isZero()) continue;
    rows.push({ key: bf.key, label: bf.label, budget: display(bv), final: display(fv), rate: pctDisplay(percentOf(fv.value, bv.value), false) });
  }
  rows.sort((x, y) => figureOrder(x.key, budget.figures.find((f) => f.key === x.key)!.group) - figureOrder(y.key, budget.figures.find((f) => f.key === y.key)!.group));
  return { budget, final, rows };
}
