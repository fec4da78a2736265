// Names (issue 10): a 类/款/项 the narrative names with its code ("医疗卫生与计划生育支出（210类）")
// where a table row of that code carries another name (卫生健康支出) — an old or wrong name copied
// into the text. A warning citing both; never arithmetic. Only codes printed in the sentence are
// used, and only a code whose table rows all carry one name (split code columns not yet joined
// give one 类 code to many rows: not compared).
import { noteFinding, textRef } from './noteFinding';
import type { DocModel, Finding, Table } from '../report/schema';
import type { Rule, RuleContext } from './rule';
import { norm, tableShortName } from './names';

const RULE = 'narrative.names';

/** "name（204类）name（06款）name（01项）": names with their own codes, in one path. */
const PART = /([^()。;,:、“”"'\s\d]{2,40}?)\((\d{2,3})(类|款|项)\)/g;

export interface NamedCode {
  code: string;
  name: string;
  level: '类' | '款' | '项';
  start: number;
  end: number;
}

/** Clause openers that are not part of a name ("主要用于公共安全支出（204类）"). */
const OPENER = /^.*(用于|包括|其中|为|是|对|的)/;

export function namedCodes(text: string): NamedCode[] {
  const out: NamedCode[] = [];
  // Compact by hand keeping offsets: full-width brackets to ASCII, whitespace dropped.
  let s = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let ch = text[i]!;
    if (/\s/.test(ch)) continue;
    if (ch === '（') ch = '(';
    else if (ch === '）') ch = ')';
    s += ch;
    map.push(i);
  }
  let cls: string | null = null;
  let kuan: string | null = null;
  let lastEnd = -1;
  for (const m of s.matchAll(PART)) {
    const [, rawName, digits, level] = m;
    // A path continues only when its parts touch ("…(204类)司法(06款)…").
    const touching = m.index === lastEnd;
    const name = rawName!.replace(/^\d+[、.]/, '').replace(OPENER, '');
    let code: string | null = null;
    if (level === '类' && digits!.length === 3) [cls, kuan, code] = [digits!, null, digits!];
    else if (level === '款' && digits!.length === 2 && touching && cls) [kuan, code] = [cls + digits, cls + digits];
    else if (level === '项' && digits!.length === 2 && touching && kuan) code = kuan + digits;
    else [cls, kuan] = [null, null];
    lastEnd = m.index! + m[0].length;
    if (code && name.length >= 2) out.push({ code, name, level: level as NamedCode['level'], start: map[m.index!]!, end: map[lastEnd - 1]! + 1 });
  }
  return out;
}

function rowsByCode(doc: DocModel): Map<string, { t: Table; row: number; label: string }[]> {
  const out = new Map<string, { t: Table; row: number; label: string }[]>();
  for (const t of doc.tables)
    t.rows.forEach((r, i) => {
      const code = r.code?.trim();
      if (!code || !/^\d{3}(\d{2}){0,2}$/.test(code)) return;
      (out.get(code) ?? out.set(code, []).get(code)!).push({ t, row: i, label: r.label });
    });
  return out;
}

/** Same name when one ends with the other (a clause may run into the name: "安排住房保障支出"). */
function sameName(a: string, b: string): boolean {
  const x = norm(a).replace(/[()]/g, '');
  const y = norm(b).replace(/[()]/g, '').replace(/^\d+/, '');
  return x === y || x.endsWith(y) || y.endsWith(x);
}

export function narrativeNamesFindings(doc: DocModel): Finding[] {
  const text = doc.narrative?.text;
  if (!text || !doc.tables.length) return [];
  const rows = rowsByCode(doc);
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const n of namedCodes(text)) {
    const hits = rows.get(n.code);
    if (!hits?.length) continue;
    const labels = new Set(hits.map((h) => norm(h.label)));
    if (labels.size !== 1) continue;
    const hit = hits[0]!;
    const key = `${n.code}:${norm(n.name)}`;
    if (sameName(n.name, hit.label) || seen.has(key)) continue;
    seen.add(key);
    out.push(noteFinding({
      id: `${RULE}:${key}`,
      rule: RULE,
      severity: 'warning',
      message: `说明称“${n.name}（${n.code}${n.level}）”，而${tableShortName(hit.t)}中 ${n.code} 为“${hit.label.replace(/\s+/g, '')}”：科目名称不一致`,
      messageEn: `The narrative names ${n.code} "${n.name}", the table calls it "${hit.label.replace(/\s+/g, '')}"`,
      expected: hit.label.replace(/\s+/g, ''),
      actual: n.name,
      refs: [textRef(text.slice(n.start, n.end)), { table: hit.t.id, row: hit.row, col: null, page: hit.t.page ?? null, text: hit.label, value: null }],
    }));
  }
  return out;
}

export const narrativeNames: Rule = {
  id: RULE,
  family: 'narrativeNames',
  title: { zh: '说明中的科目名称与表格一致', en: 'Classification names in the narrative match the tables' },
  run(doc: DocModel, _ctx: RuleContext): Finding[] {
    return narrativeNamesFindings(doc);
  },
};
