// One root cause, one group: when several failing identities share a cell, that cell is the
// likely culprit (one wrong 0.00 in 表10 breaks its row sum, the equality with 资金类型合计 and
// the column sum). The same defect repeated down one column is named as a pattern.
import type { Finding, Ref } from '../report/schema';
import { refKey } from './identity';

/** Cells and narrative figures identify a place; a ref with neither (a whole table) does not. */
function placeKey(r: Ref): string | null {
  if (r.figure) return refKey(r);
  return r.table != null && r.row != null && r.col != null ? refKey(r) : null;
}

export function groupFindings(findings: Finding[]): Finding[] {
  const fails = findings.filter((f) => f.status === 'fail');
  const count = new Map<string, number>();
  for (const f of fails) {
    for (const k of new Set(f.refs.map(placeKey))) if (k) count.set(k, (count.get(k) ?? 0) + 1);
  }
  const culprits = new Map<Finding, { key: string; index: number }>();
  for (const f of fails) {
    let best = -1;
    let bestN = 1;
    f.refs.forEach((r, i) => {
      const k = placeKey(r);
      const n = k ? (count.get(k) ?? 0) : 0;
      if (n > bestN) {
        best = i;
        bestN = n;
      }
    });
    if (best >= 0) culprits.set(f, { key: refKey(f.refs[best]!), index: best });
  }
  // Culprit cells repeated down one column with one printed value: a pattern.
  const byColumn = new Map<string, Set<string>>();
  for (const [f, c] of culprits) {
    const r = f.refs[c.index]!;
    if (r.table == null || r.col == null) continue;
    const k = `${r.table}:${r.col}:${r.value ?? ''}`;
    const set = byColumn.get(k) ?? new Set<string>();
    set.add(c.key);
    byColumn.set(k, set);
  }
  return findings.map((f) => {
    const c = culprits.get(f);
    if (!c) return f;
    const r = f.refs[c.index]!;
    const same = r.table != null && r.col != null ? byColumn.get(`${r.table}:${r.col}:${r.value ?? ''}`) : undefined;
    const n = count.get(c.key) ?? 0;
    const what = r.figure ? `说明中的数字 ${r.text ?? r.value ?? ''}` : `该单元格 ${r.value ?? ''}`;
    let message = `${f.message}；${what} 同时使 ${n} 项核对不成立，疑为此处有误`;
    let messageEn = `${f.messageEn ?? f.message}; this ${r.figure ? 'figure' : 'cell'} (${r.value ?? ''}) breaks ${n} checks and is the likely culprit`;
    if (same && same.size > 1) {
      message += `（同列 ${same.size} 个单元格均印为 ${r.value}，疑为同一制表缺陷）`;
      messageEn += ` (the same value ${r.value} is printed in ${same.size} cells of this column: a repeated defect)`;
    }
    return { ...f, group: `cell:${c.key}`, culprit: c.index, message, messageEn };
  });
}
