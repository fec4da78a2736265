// The reviewer's inspection sheet (issue 15): a checked report → one row per inspection item in the
// layout district finance bureaus fill in by hand ("部门预算公开情况检查表": 检查内容, 项目, 符合要求,
// 问题说明). Findings go to the item they concern — table findings to their table, narrative ones to
// the section their sentence sits in, completeness ones to 目录 or the table. An item the tool
// cannot judge is 未核对, never 是. Pure: no DOM, no file system.
import type { Finding, Report, Table } from '../report/schema';
import { titleKey } from '../checks/completeness';

export type Verdict = '是' | '否' | '未核对';

export interface SheetRow {
  /** 检查内容: 及时性 or 内容规范性. */
  group: string;
  /** 项目: the section or the table, by its name. */
  item: string;
  verdict: Verdict;
  /** 问题说明: one sentence per problem (否), or why it was not judged (未核对). */
  notes: string[];
}

export interface InspectionSheet {
  /** "2026年度部门预算公开情况检查表". */
  title: string;
  source: string;
  department: string | null;
  year: number | null;
  kind: Report['kind'];
  rows: SheetRow[];
}

type SectionKey = '主要职能' | '机构设置' | '名词解释' | '编制说明' | '其他相关说明' | '项目经费情况说明';

/** Section headings, most specific first ("…其他重要事项情况说明" is not the 编制说明). */
const SECTION_HEADINGS: [SectionKey, RegExp][] = [
  ['项目经费情况说明', /项目(经费)?情况说明$|项目经费/],
  ['其他相关说明', /其他(相关|重要事项)(的)?(情况)?说明|其他相关情况/],
  ['名词解释', /名词解释/],
  ['机构设置', /机构设置/],
  ['主要职能', /主要职能|主要职责|职能职责|(部门|单位|\))职责$/],
  ['编制说明', /(部门|单位)(预算|决算)(编制)?(情况)?说明|(预算|决算)编制说明|^第[一二三四五六七八九十]+部分.*情况说明$/],
];

interface Section {
  key: SectionKey;
  start: number;
  /** Characters of text under the heading (to the next heading). */
  body: number;
}

/** Headings of the narrative, in order; the 目录's lines (leader dots) are not headings. */
export function sectionsOf(text: string): Section[] {
  const out: Section[] = [];
  let pos = 0;
  const lines = text.split('\n');
  const fold = (line: string) => line.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
  // Headings are short, unpunctuated, numbered in Chinese or not at all ("1.核心职能" is a list item).
  const headingKey = (l: string) =>
    l.length > 0 && l.length <= 40 && !/[。，；:：]|…|\.{3}/.test(l) && !/^\d{1,2}[.、．]/.test(l) ? SECTION_HEADINGS.find(([, re]) => re.test(l))?.[0] : undefined;
  lines.forEach((line, i) => {
    const l = fold(line);
    // A heading wrapped before its last characters ("…2024年度部门决算情况" / "说明"): read with its tail.
    const tail = fold(lines[i + 1] ?? '');
    const key = headingKey(l) ?? (tail.length > 0 && tail.length <= 4 && !/[。，；:：]/.test(tail) ? headingKey(l + tail) : undefined);
    if (key) out.push({ key, start: pos, body: 0 });
    pos += line.length + 1;
  });
  out.forEach((s, i) => {
    const end = out[i + 1]?.start ?? text.length;
    s.body = text.slice(s.start, end).split('\n').slice(1).join('').replace(/\s/g, '').length;
  });
  return out;
}

function sectionAt(sections: Section[], at: number): SectionKey | null {
  let key: SectionKey | null = null;
  for (const s of sections) if (s.start <= at) key = s.key;
  return key;
}

/** Where in the narrative a finding's sentence is: by figure id, else by its quoted text. */
function narrativeOffset(report: Report, f: Finding): number | null {
  const n = report.narrative;
  if (!n) return null;
  for (const r of f.refs) {
    if (r.figure) {
      const st = n.statements.find((s) => s.figures.some((g) => g.id === r.figure));
      if (st) return st.start;
    }
  }
  for (const r of f.refs) {
    if (r.table == null && r.text) {
      const at = n.text.indexOf(r.text);
      if (at >= 0) return at;
    }
  }
  return null;
}

function statementSection(report: Report, f: Finding): SectionKey | null {
  for (const r of f.refs) {
    const st = r.figure ? report.narrative?.statements.find((s) => s.figures.some((g) => g.id === r.figure)) : undefined;
    const hit = st?.section ? SECTION_HEADINGS.find(([, re]) => re.test(st.section!)) : undefined;
    if (hit) return hit[0];
  }
  return null;
}

const isNarrative = (f: Finding) => f.rule.startsWith('narrative') || f.rule.startsWith('text.') || f.refs.some((r) => r.figure);

/** One sentence: its page when known, the message (which carries the printed and computed figures). */
function problem(f: Finding): string {
  // A narrative finding's page is its sentence's, not the page of the table it was compared with.
  const page = f.refs.find((r) => r.page != null && (!isNarrative(f) || r.table == null))?.page;
  const msg = f.message.trim().replace(/[。；;]$/, '');
  return `${page != null && !msg.startsWith(`第${page}页`) ? `第${page}页：` : ''}${msg}。`;
}

/** The table's own name without numbering and year ("1. 2026年部门财务收支预算总表" → 部门财务收支预算总表). */
export function tableItemName(title: string): string {
  return title
    .replace(/^\s*((附表|表|公开|预算)\s*[0-9０-９]{1,2}\s*表?|[0-9０-９]{1,2}\s*[、.．:：]|[一二三四五六七八九十]+\s*、)\s*/, '')
    .replace(/^\s*\d{4}\s*年度?\s*/, '')
    .replace(/\s+/g, '')
    .trim();
}

interface TableItem {
  name: string;
  tables: Table[];
}

/** The tables as the document lists them: its 目录 when it has one, else the tables found (two-sided parts together). */
function tableItems(report: Report): { items: TableItem[]; unmatched: string[] } {
  const groups: TableItem[] = [];
  const byGroup = new Map<string, TableItem>();
  for (const t of report.tables) {
    const g = t.group ?? t.id;
    let item = byGroup.get(g);
    if (!item) {
      item = { name: tableItemName(t.title) || `第${t.page ?? '?'}页的表格`, tables: [] };
      byGroup.set(g, item);
      groups.push(item);
    }
    item.tables.push(t);
  }
  const announced = report.announcedTables ?? [];
  if (!announced.length) return { items: groups, unmatched: [] };
  const items: TableItem[] = [];
  const used = new Set<TableItem>();
  const unmatched: string[] = [];
  for (const line of announced) {
    // "五、单位预算表" heads the tables' part of the 目录: not a table.
    if (/^(部门|单位)?(预算|决算)(报)?表$/.test(tableItemName(line))) continue;
    const key = titleKey(line);
    const hit = groups.find((g) => !used.has(g) && g.tables.some((t) => titleKey(t.title) === key));
    if (hit) used.add(hit);
    else unmatched.push(line);
    items.push({ name: tableItemName(line), tables: hit?.tables ?? [] });
  }
  // Tables found that the 目录 does not list still get their row.
  for (const g of groups) if (!used.has(g)) items.push(g);
  return { items, unmatched };
}

/**
 * 封面: a file with pages (PDF, Word) whose text before its 目录 names the department, the year and
 * 预算/决算 has a cover that says what it is: 是. Anything else is not judged (a web page has no
 * cover; a cover that abbreviates the name may still be right): 未核对, never 否.
 */
function coverVerdict(report: Report, text: string, toc: RegExpExecArray | null, docWord: string): Pick<SheetRow, 'verdict' | 'notes'> {
  if (report.format !== 'pdf' && report.format !== 'docx') return { verdict: '未核对', notes: ['网页或表格文件没有封面，未核对。'] };
  const cover = (toc ? text.slice(0, toc.index) : '').replace(/\s+/g, '');
  const department = (report.department ?? '').replace(/\s+/g, '');
  if (cover && cover.length <= 200 && department && cover.includes(department) && report.year != null && cover.includes(String(report.year)) && cover.includes(docWord))
    return { verdict: '是', notes: [] };
  return { verdict: '未核对', notes: ['未找到写明部门、年度与“' + docWord + '”的封面，未核对。'] };
}

function verdictOf(problems: Finding[], judged: boolean, whyNot: string): Pick<SheetRow, 'verdict' | 'notes'> {
  if (problems.length) return { verdict: '否', notes: problems.map(problem) };
  return judged ? { verdict: '是', notes: [] } : { verdict: '未核对', notes: [whyNot] };
}

export function inspectionSheet(report: Report): InspectionSheet {
  const docWord = report.kind === 'final' ? '决算' : '预算';
  const scope = /单位(预算|决算)/.test((report.title ?? '') + (report.narrative?.text.slice(0, 200) ?? '')) && !/部门(预算|决算)/.test(report.title ?? '') ? '单位' : '部门';
  const text = report.narrative?.text ?? '';
  /** The 目录's own line: where the cover ends, and whether the document has a 目录 at all. */
  const toc = /(^|\n)\s*目\s*录\s*(\n|$)/.exec(text);
  const sections = sectionsOf(text);
  const problems = report.findings.filter((f) => f.status === 'fail' && f.severity !== 'info');

  const bySection = new Map<SectionKey | '目录' | '未定位', Finding[]>();
  const byTable = new Map<string, Finding[]>();
  const push = <K>(m: Map<K, Finding[]>, k: K, f: Finding) => (m.get(k) ?? m.set(k, []).get(k)!).push(f);
  for (const f of problems) {
    if (f.rule === 'text.emptyPage') {
      // The page belongs to what it follows: the 目录, a table, or a section by its heading.
      const ref = f.refs[0];
      const table = ref?.table ? report.tables.find((t) => t.id === ref.table) : undefined;
      if (table) for (const t of report.tables.filter((t) => (t.group ?? t.id) === (table.group ?? table.id))) push(byTable, t.id, f);
      else if (ref?.text === '目录') push(bySection, '目录', f);
      else push(bySection, SECTION_HEADINGS.find(([, re]) => re.test((ref?.text ?? '').replace(/\s+/g, '')))?.[0] ?? '未定位', f);
    } else if (f.rule.startsWith('completeness') && !f.refs.some((r) => r.table)) {
      push(bySection, '目录', f);
    } else if (isNarrative(f)) {
      const at = narrativeOffset(report, f);
      const key = (at != null ? sectionAt(sections, at) : null) ?? statementSection(report, f);
      push(bySection, key ?? '未定位', f);
    } else {
      // A cross-table disagreement is the culprit's table's; otherwise every table it cites.
      const culprit = f.culprit != null ? f.refs[f.culprit]?.table : null;
      const ids = new Set(culprit ? [culprit] : f.refs.map((r) => r.table).filter((t): t is string => t != null));
      for (const id of ids) push(byTable, id, f);
    }
  }

  const rows: SheetRow[] = [];
  rows.push({ group: '及时性', item: `及时公开${scope}${docWord}`, verdict: '未核对', notes: ['没有公开日期与时限，未核对是否及时公开。'] });
  rows.push({ group: '内容规范性', item: '封面', ...coverVerdict(report, text, toc, docWord) });

  const { items, unmatched } = tableItems(report);
  const hasToc = toc !== null;
  const tocProblems = bySection.get('目录') ?? [];
  rows.push({
    group: '内容规范性',
    item: '目录',
    ...(tocProblems.length
      ? verdictOf(tocProblems, true, '')
      : verdictOf([], hasToc && (report.announcedTables ?? []).length > 0 && !unmatched.length, hasToc ? '目录所列表格未能逐项解析，未核对。' : '未找到目录，未核对。')),
  });

  const sectionRow = (key: SectionKey, name: string) => {
    const found = sections.filter((s) => s.key === key);
    const present = found.some((s) => s.body >= 2);
    rows.push({ group: '内容规范性', item: name, ...verdictOf(bySection.get(key) ?? [], present, found.length ? '该部分没有正文，未核对。' : '未找到该部分（标题可能不同），未核对。') });
  };
  sectionRow('主要职能', '主要职能');
  sectionRow('机构设置', '机构设置');
  sectionRow('名词解释', '名词解释');
  sectionRow('编制说明', report.kind === 'final' ? `${scope}决算情况说明` : `${docWord}编制说明`);

  for (const item of items) {
    const found = item.tables.length > 0;
    const fs = item.tables.flatMap((t) => byTable.get(t.id) ?? []);
    const unique = [...new Map(fs.map((f) => [f.id, f])).values()];
    // An empty table that says so ("本表为空表", "无…预算") is what the rules ask for (财预〔2016〕143号).
    const emptyWithNote = found && item.tables.every((t) => (t.coverage?.cells ?? 1) === 0 && (t.notes ?? []).some((n) => /无|空表|不涉及/.test(n)));
    const checked = emptyWithNote || item.tables.some((t) => (t.coverage?.checked ?? 0) > 0);
    const why = !found
      ? '目录列出此表，但文中未找到，未核对。'
      : item.tables.every((t) => t.recognisedBy === 'none')
        ? '表格未能识别，未核对。'
        : '表中数字没有可核对的关系（或为空表），未核对。';
    rows.push({ group: '内容规范性', item: `《${item.name}》`, ...verdictOf(unique, found && checked, why) });
  }

  sectionRow('其他相关说明', '其他相关说明');
  sectionRow('项目经费情况说明', '项目经费情况说明');
  const stray = bySection.get('未定位') ?? [];
  if (stray.length) rows.push({ group: '内容规范性', item: '说明（未能定位章节）', verdict: '否', notes: stray.map(problem) });

  const year = report.year;
  return {
    title: `${year != null ? `${year}年度` : ''}${scope}${docWord}公开情况检查表`,
    source: report.source,
    department: report.department,
    year,
    kind: report.kind,
    rows,
  };
}
