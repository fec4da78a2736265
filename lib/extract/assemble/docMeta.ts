// Document-level facts: budget or final accounts, department, year, title, default unit and
// the tables the document announces (its 目录 / 报表 list).
import type { MoneyUnit } from '../../report/schema';
import { fold } from './textForms';

export interface DocMeta {
  kind: 'budget' | 'final' | 'unknown';
  department: string | null;
  year: number | null;
  title: string | null;
}

const TITLE = /(部门|单位)?(预算|决算)(公开|说明|报告)|[0-9]{4}年度?(部门|单位)(预算|决算)/;

export function readDocMeta(texts: string[], tableTitles: string[], tableDepartments: (string | null)[]): DocMeta {
  let title: string | null = null;
  const head = texts.slice(0, 30);
  for (let i = 0; i < head.length; i++) {
    const t = fold(head[i]!);
    if (TITLE.test(t) && t.length <= 60) {
      title = head[i]!.trim();
      // "朔州市科学技术局" on the line above "2024年度部门决算公开": one title over two lines
      const prev = i > 0 ? fold(head[i - 1]!) : '';
      if (/^[0-9]{4}/.test(t) && /(局|委|办|厅|院|中心|部|会|所|站|馆|队)$/.test(prev)) title = head[i - 1]!.trim() + title;
      break;
    }
  }
  const all = [title ?? '', ...tableTitles].map(fold).join('|');
  const budget = (all.match(/预算/g) ?? []).length;
  const final = (all.match(/决算/g) ?? []).length;
  const kind = title && /决算/.test(title) ? 'final' : title && /预算/.test(title) ? 'budget' : final > budget ? 'final' : budget > 0 ? 'budget' : 'unknown';
  let year: number | null = null;
  const y = /([0-9]{4})\s*年/.exec(title ?? '') ?? texts.slice(0, 60).map((t) => /([0-9]{4})\s*年度?(部门|单位)?(预算|决算)/.exec(t)).find((m) => m) ?? null;
  if (y) year = Number(y[1]);
  let department: string | null = tableDepartments.find((d) => d) ?? null;
  if (!department && title) {
    const m = /^(.*?)(?:[0-9]{4}年)/.exec(title);
    if (m && m[1]) department = m[1];
  }
  if (!department) {
    // "第一部分 405柳州市科学技术局概况", "株洲市芦淞区科技和工业信息化局单位概况"
    for (const t of texts.slice(0, 40)) {
      const m = /^(?:第[一二三四五]部分\s*)?(.+?(?:局|委员会|委|办公室|办|厅|院|中心|部|所|站|馆|队|处))(?:单位|部门)?概况$/.exec(t.trim());
      if (m) {
        department = m[1]!;
        break;
      }
    }
  }
  if (department) department = department.replace(/^[0-9]{3,6}/, '').trim() || null;
  return { kind, department, year, title };
}

/** Tables named in the document's own list (目录 lines, "一、部门收支总体情况表（表1）"). */
export function announcedTables(lines: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    let t = line.trim().replace(/\s+[0-9]{1,3}$/, '');
    if (/^第[一二三四五六七八九十]+部分/.test(t)) continue;
    t = t.replace(/^[-*]\s*/, '').replace(/^[一二三四五六七八九十]+、\s*/, '');
    t = t.replace(/[（(]表\s*[0-9]+[)）]$/, '').trim();
    if (!/表$/.test(t) || /报表$/.test(t) || t.length > 40) continue;
    if (!seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  return out;
}

export function mostCommonUnit(units: (MoneyUnit | null | undefined)[]): MoneyUnit | null {
  const n = new Map<MoneyUnit, number>();
  for (const u of units) if (u) n.set(u, (n.get(u) ?? 0) + 1);
  let best: MoneyUnit | null = null;
  for (const [u, c] of n) if (!best || c > n.get(best)!) best = u;
  return best;
}
