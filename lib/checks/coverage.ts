// What the checks read and what they did not (未识别 / 未核对): a reader must know what was NOT
// checked as surely as what failed. A cell counts as checked when any finding (pass included)
// refers to it; a statement when any finding refers to one of its figures. Tables the extractor
// could not recognise, and recognised tables no identity reached, are listed with the reason.
import type { DocModel, Finding, Report, Table } from '../report/schema';
import { groupsInferred } from './headerTree';
import { isAmountColumnName } from './names';
import { isPartialListing } from './partialListing';
import { narrativeCoverage } from './narrativeCoverage';
import type { RuleContext } from './rule';
import { PART_NAMES } from '../tables/shortName';

export type Coverage = NonNullable<Report['coverage']>;

const NUMERIC = /[0-9]/;

function numericCells(t: Table): [number, number][] {
  const out: [number, number][] = [];
  t.rows.forEach((r, ri) =>
    r.cells.forEach((c, ci) => {
      if (c != null && NUMERIC.test(c) && isAmountColumnName(t.columns[ci] ?? '')) out.push([ri, ci]);
    }),
  );
  return out;
}

function tableLabel(t: Table): string {
  return t.title ? `《${t.title}》${t.part ? `（${PART_NAMES[t.part] ?? t.part}）` : ''}` : t.page != null ? `第${t.page}页的无标题表格` : `无标题表格（${t.id}）`;
}

/** Per-table coverage (set on each table) and the document's coverage summary. */
export function coverageOf(doc: DocModel, findings: Finding[], ctx: RuleContext = {}): { tables: Map<string, { cells: number; checked: number }>; coverage: Coverage } {
  const used = new Set<string>();
  for (const f of findings) {
    for (const r of f.refs) {
      if (r.figure) continue;
      if (r.table != null && r.row != null && r.col != null) used.add(`${r.table}\u0000${r.row}\u0000${r.col}`);
    }
  }
  const tables = new Map<string, { cells: number; checked: number }>();
  const notChecked: Coverage['notChecked'] = [];
  let cells = 0;
  let checkedCells = 0;
  const groupsSeen = new Set<string>();
  for (const t of doc.tables) {
    const list = numericCells(t);
    const checked = list.filter(([r, c]) => used.has(`${t.id}\u0000${r}\u0000${c}`)).length;
    tables.set(t.id, { cells: list.length, checked });
    cells += list.length;
    checkedCells += checked;
    const key = t.group ?? t.id;
    if (t.kind === 'other' && !groupsSeen.has(key)) {
      groupsSeen.add(key);
      notChecked.push({
        what: tableLabel({ ...t, part: undefined }),
        reason: '未识别：表格的名称和表头都不是已知的公开表，未核对（只核对结构本身确定的恒等式）',
        reasonEn: 'not recognised: neither title nor header names a known disclosure table; only identities its own structure establishes were checked',
        table: t.id,
      });
    } else if (list.length > 0 && isPartialListing(t)) {
      notChecked.push({
        what: tableLabel(t),
        reason: '未核对列内合计：表名或表注说明本表只列示部分项目或科目，所列各行之和不必等于上级行或合计',
        reasonEn: 'column sums not checked: the title or note says the table lists a selection, so its rows need not add up to their parent or total',
        table: t.id,
      });
    } else if (list.length > 0 && groupsInferred(t)) {
      notChecked.push({
        what: tableLabel(t),
        reason: '未核对表头分组的行内合计：表格没有竖线，多层表头各分组跨哪几列只能由文字位置推断，分组之和不作判断',
        reasonEn: 'row sums over header groups not checked: the table has no vertical rules, so which columns each group of its multi-level header spans is only inferred from where the text sits',
        table: t.id,
      });
    } else if (list.length > 0 && checked === 0) {
      notChecked.push({
        what: tableLabel(t),
        reason: '未核对：表中没有可由结构确定的合计、分项或科目层级关系',
        reasonEn: 'not checked: no total, partition or code hierarchy the table establishes',
        table: t.id,
      });
    }
  }
  for (const f of findings.filter((x) => x.rule === 'engine.ruleFailed'))
    notChecked.push({ what: f.message.replace(/出错.*$/, ''), reason: f.message, reasonEn: f.messageEn, table: null });
  const narrative = narrativeCoverage(doc, findings, ctx);
  notChecked.push(...narrative.notChecked.map((n) => ({ ...n, table: null })));
  const recognisedGroups = new Set(doc.tables.filter((t) => t.kind !== 'other').map((t) => t.group ?? t.id));
  const allGroups = new Set(doc.tables.map((t) => t.group ?? t.id));
  return {
    tables,
    coverage: {
      tables: allGroups.size,
      recognised: recognisedGroups.size,
      cells,
      checkedCells,
      statements: narrative.statements,
      checkedStatements: narrative.checkedStatements,
      notChecked,
    },
  };
}
