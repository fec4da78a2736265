// 公开10 部门决算公开相关信息统计表: amounts and counts in one 统计数 column, so the generic rules
// skip it. Its two identities: 政府采购 合计 = 货物 + 工程 + 服务, and 车辆数合计 = Σ vehicles by
// use. Vehicle counts are exact numbers, not rounded amounts.
import { exactInterval } from '../amount/interval';
import type { DocModel, Finding, Table } from '../report/schema';
import type { Rule, RuleContext } from './rule';
import { cellsOf, type Operand } from './cells';
import { evaluate, type Term, allBlank } from './identity';
import { norm, outlineLevel, rowName, tableShortName } from './names';

function statCol(t: Table): number {
  const i = t.columns.findIndex((c) => /统计数|金额|数量/.test(norm(c)));
  return i >= 0 ? i : t.columns.length - 1;
}

function identity(doc: DocModel, t: Table, head: number, parts: number[], exact: boolean, what: string): Finding[] {
  const cells = cellsOf(doc);
  const col = statCol(t);
  const op = (r: number): Operand | null => {
    const o = cells.operand(t, r, col, undefined, rowName(t.rows[r]!));
    return o && exact ? { ...o, interval: exactInterval(o.value) } : o;
  };
  const printed = op(head);
  if (!printed || parts.length === 0) return [];
  const terms: Term[] = [];
  for (const r of parts) {
    const o = op(r);
    if (!o) return [];
    terms.push({ op: o });
  }
  if (allBlank(printed, terms)) return [];
  return [evaluate({ rule: 'infoTable', context: `${tableShortName(t)} ${what}：`, printed, terms })];
}

export function infoTableFindings(doc: DocModel): Finding[] {
  const out: Finding[] = [];
  for (const t of doc.tables.filter((x) => x.kind === 'final.info')) {
    const labels = t.rows.map((r) => norm(r.label));
    // 政府采购: the 合计 row after the 政府采购 heading, then 货物 / 工程 / 服务.
    const proc = labels.findIndex((l) => /政府采购/.test(l));
    const total = proc >= 0 ? labels.findIndex((l, i) => i > proc && /^合计$/.test(l)) : -1;
    if (total >= 0) {
      const parts = labels.map((l, i) => (i > total && i <= total + 4 && /^(货物|工程|服务)(类)?$/.test(l) ? i : -1)).filter((i) => i >= 0);
      out.push(...identity(doc, t, total, parts, false, '政府采购'));
    }
    // 车辆数合计 = the numbered rows (1. 2. …) right below it.
    const cars = labels.findIndex((l) => /车辆数?合计/.test(l));
    if (cars >= 0) {
      const parts: number[] = [];
      for (let i = cars + 1; i < labels.length && outlineLevel(labels[i]!) === 3; i++) parts.push(i);
      out.push(...identity(doc, t, cars, parts, true, '车辆数'));
    }
  }
  return out;
}

export const infoTable: Rule = {
  id: 'infoTable',
  family: 'infoTable',
  title: { zh: '公开10 统计表合计', en: 'Totals of the 公开10 statistics table' },
  run(doc: DocModel, _ctx: RuleContext): Finding[] {
    return infoTableFindings(doc);
  },
};
