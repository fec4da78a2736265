// Level and parent of each row, in one pass (maps of the latest row per code / numbering depth):
// 合计/总计 → total; 本年收入合计, 小计 … → subtotal; 3-digit code in a unit list → department,
// 6-digit → unit (parent: its department); 功能/经济分类 codes → class/section/item with the parent
// found by code prefix inside the current unit block (表3/表5 repeat 项 under each unit), else the
// unit row itself; numbered items (一、（一）1、) of two-sided tables → line under their heading.
import type { RowLevel } from '../../report/schema';
import { fold, isSubtotalLabel, isTotalLabel } from './textForms';

export interface RowShape {
  code: string | null;
  codeFromUnitColumn: boolean;
  label: string;
}

export interface RowPlace {
  level: RowLevel;
  parent: number | null;
}

function numberingDepth(label: string): number | null {
  const t = fold(label);
  if (/^[一二三四五六七八九十]+、/.test(t)) return 1;
  if (/^\([一二三四五六七八九十]+\)/.test(t)) return 2;
  if (/^[0-9]+[、.．](?![0-9])/.test(t)) return 3;
  return null;
}

export function rowStructure(rows: RowShape[]): RowPlace[] {
  const out: RowPlace[] = [];
  const hasUnitCodes = rows.some((r) => r.code && /^[0-9]{6}$/.test(r.code));
  let department: { code: string; index: number } | null = null;
  let unit: { code: string; index: number } | null = null;
  // latest subject row per code, reset at each unit block
  let byCode = new Map<string, number>();
  const byDepth: (number | null)[] = [null, null, null, null];
  rows.forEach((r, i) => {
    const code = r.code;
    if (!code) {
      if (isTotalLabel(r.label)) return out.push({ level: 'total', parent: null });
      if (isSubtotalLabel(r.label)) return out.push({ level: 'subtotal', parent: null });
      const depth = numberingDepth(r.label);
      if (depth) {
        let parent: number | null = null;
        for (let d = depth - 1; d >= 1 && parent === null; d--) parent = byDepth[d] ?? null;
        byDepth[depth] = i;
        for (let d = depth + 1; d < byDepth.length; d++) byDepth[d] = null;
        return out.push({ level: 'line', parent });
      }
      return out.push({ level: 'line', parent: null });
    }
    const unitList = r.codeFromUnitColumn || (hasUnitCodes && code.length === 6);
    if (unitList && code.length === 3) {
      department = { code, index: i };
      unit = null;
      byCode = new Map();
      return out.push({ level: 'department', parent: null });
    }
    if (unitList && code.length === 6) {
      const parent = department && code.startsWith(department.code) ? department.index : null;
      unit = { code, index: i };
      byCode = new Map();
      return out.push({ level: 'unit', parent });
    }
    const level: RowLevel = code.length === 3 ? 'class' : code.length === 5 ? 'section' : code.length === 7 ? 'item' : 'line';
    let parent: number | null = null;
    if (code.length === 7) parent = byCode.get(code.slice(0, 5)) ?? byCode.get(code.slice(0, 3)) ?? null;
    else if (code.length === 5) parent = byCode.get(code.slice(0, 3)) ?? null;
    if (parent === null && unit) parent = unit.index;
    else if (parent === null && department && code.length !== 3) parent = department.index;
    byCode.set(code, i);
    return out.push({ level, parent });
  });
  return out;
}
